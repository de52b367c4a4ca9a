// A note's kind from evidence: what makes a session or a meeting, what keeps ordinary Markdown unknown.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { buildNote } from '../../server/src/core/model';
import { isPlaceholderLine } from '../../server/src/core/reading/placeholders';

const note = (...lines: string[]) => buildNote(lines.join('\n'));

describe('kind of note', () => {
  it('does not take numbered procedure headings for steps', () => {
    const howTo = note('# Installer le poste', '## Étape 1 : créer le compte', 'Ouvrir le portail.',
      '## Étape 2 : configurer le VPN', 'Importer le profil.', '## Step 3 – Prerequisites', 'Node 20.', '## Phase 4', 'Done.');
    assert.equal(howTo.kind, 'unknown');
    assert.deepEqual(howTo.steps, {});
    assert.ok(howTo.kindEvidence.signals.some((s) => s.family === 'procedure' && s.towards === 'against'));
    assert.ok(howTo.sections.every((s) => s.step === undefined), 'no heading is a step outside a session');
  });

  it('does not take loose step names for a session', () => {
    const review = note('# Sprint 17', '## Présentation du sprint', 'Démo du module de paiement.', '## Questions ouvertes',
      '- Faut-il migrer avant juin ?', '## Idées en vrac', '- un tableau de bord', '## Engagements de l\'équipe', '- finir la migration');
    assert.equal(review.kind, 'unknown');
  });

  it('reads a session from the six steps named in order, or from steps and the method\'s roles', () => {
    const steps = ['## Exposé', 'x', '## Questions de clarification', 'y', '## Reformulation', 'z', '## Suggestions', 'w',
      '## Plan d\'action', 'v', '## Apprentissages', 'u'];
    assert.equal(note('# Notes', 'Ma demande : comment recruter sans y passer l\'été ?', ...steps).kind, 'session');
    const guide = note('# Animer une séance de codéveloppement : le guide', '- **Les consultants** : les autres membres du groupe', ...steps);
    assert.equal(guide.kind, 'unknown', 'a guide to the method records no session');
    const numbered = note('# Jeudi', 'Etape 1', 'Client : je n\'arrive pas à déléguer.', 'Etape 2',
      'Animateur : commençons par les faits.', 'Q : Combien de clients as-tu ?', '> Douze.');
    assert.equal(numbered.kind, 'session');
    assert.ok(numbered.kindEvidence.signals.some((s) => s.family === 'roles'));
    const numbersOnly = note('# Jeudi', 'Etape 1', 'Le serveur est lent.', 'Etape 2', 'On redémarre.', 'Etape 3', 'Ça marche.');
    assert.equal(numbersOnly.kind, 'unknown', 'numbers alone never make a session');
  });

  it('reads a conference session form as no co-development session: its roles are fields, not speakers', () => {
    const summit = note('# Code organization', '', '- **Session Topic**: Code organization', '- **Topic Facilitator(s)**: jlee@',
      '- **Note-taker(s)**: mkim@', '', '## Session notes', 'Q: Will the CLI build with go get?', 'A: Not yet.', '',
      '## Suggestions', '- split the repository by area');
    assert.equal(summit.kind, 'unknown');
    assert.ok(!summit.kindEvidence.signals.some((s) => s.family === 'dialogue' && s.text.includes('Facilitator')));
  });

  it('reads minutes among colleagues as unknown, however many attendees and actions', () => {
    const minutes = note('# TSC meeting 2024-03-12', '## Attendees', '- Ana Ruiz (IBM)', '- Bo Chen, Director of Engineering',
      '- Chris Doe', '## Agenda', '- Review the proposal for RFC 42', '- Sign the CLA bot migration',
      '## Action items', '- Ana opens the PR by Thursday', '## Next meeting', 'March 19');
    assert.equal(minutes.kind, 'unknown');
    assert.deepEqual(analyze(minutes.lines.map((l) => l.text).join('\n')).findings, []);
  });

  it('reads a sales meeting from two sides and commercial objects', () => {
    const meeting = note('# Discovery call – Oakridge', '## Attendees', '- Monica Hale, IT coordinator',
      '- Me (account executive)', '## Notes', 'Monica wants a quote for 2,400 laptops.', '## Next steps', '- Send the quote by Friday');
    assert.equal(meeting.kind, 'meeting');
    const families = new Set(meeting.kindEvidence.signals.map((s) => s.family));
    assert.ok(families.has('sides') && families.has('commercial'), [...families].join(', '));
    assert.ok(meeting.kindEvidence.confidence > 0);
  });

  it('counts deal words in a commercial sense only', () => {
    const project = note('# Working group', '## Participants', '- Ana', '- Me', '## Notes', 'The proposal for the RFC is ready.',
      'Everybody must sign the CLA.', 'Budget:', '## Next steps', '- Merge the PR');
    assert.equal(project.kind, 'unknown');
    assert.ok(!project.kindEvidence.signals.some((s) => s.family === 'commercial'));
  });

  it('reads untyped sales notes as meetings, whatever their layout', () => {
    const crm = note('Compte : Menuiseries Garnier (2 ateliers, Angers)', 'Contact : Hugo Garnier – gérant',
      'Date : 12/05/2026, visite atelier', 'Étape : Découverte', 'Besoin : suivi des chantiers, aujourd\'hui sur tableur',
      'Concurrence : un éditeur local', 'Prochaine action : envoyer le devis à Hugo avant le 20/05');
    assert.equal(crm.kind, 'meeting', 'CRM fields track a deal');
    const recap = note('Subject: Recap – Fenwick Dairy x Tallow, 3 March', '', 'Hi Rachel,', '',
      'Thanks for the time today. Attendees: Rachel Ortiz (COO), Sam Lee (plant manager), me.', '',
      'Rachel holds the budget and will decide after the board on 30 March.', '',
      '- I\'ll send our proposal for both plants by Friday', '', 'Best,', 'Tom Avery', 'Account Executive, Tallow');
    assert.equal(recap.kind, 'meeting', 'an e-mail recap names both sides');
    const live = note('Visio Ortho Santé – 04/06 – Inès Moreau (DAF) + Paul Riva (DSI)', '- 9 cabinets, facturation sur Excel',
      '- Inès tranche, Paul prescrit', '-> envoyer la propale à Inès avant le 15/06', '-> Paul nous envoie l\'export des rejets');
    assert.equal(live.kind, 'meeting', 'live shorthand opens with who and when');
    const narrative = note('# Halden Foods – second meeting', '', 'Met Dr. Ruth Park, who owns the group, and her ops lead',
      'Ian Cole. Ruth signs everything herself. We talked price for the first time.', '', 'Next steps:',
      '- Ian sends the line schedule by 12 June');
    assert.equal(narrative.kind, 'meeting', 'a decision that is someone else\'s, and our price');
  });

  it('reads who was met from a name and a title written in the prose', () => {
    const fair = note('Salon Batimat Paris – stand C12 – 18/11', '',
      'Vingt minutes avec Sandrine Ollier, DAF de Menuiseries Vautrin (120 salariés).', '- Très intéressée par la démo sur tablette.',
      '- Budget 2027 en cours d\'arbitrage', '', 'Suites à donner : envoyer le devis à Sandrine avant le 30/11');
    assert.equal(fair.kind, 'meeting');
    assert.ok(fair.kindEvidence.signals.some((s) => s.family === 'sides' && s.text.includes('Sandrine Ollier')), 'the titled name is the buyer');
  });

  it('reads who was met when the writer leaves themselves unsaid: "Met with Priya Shah (COO)…"', () => {
    const narrative = note('# Meeting notes: Corvid Analytics', '',
      'Met with Priya Shah (COO) and Daniel Ng (head of data engineering) at their office. Priya owns the budget and signs vendor contracts herself.', '',
      'On pricing, Priya said the current cluster costs them around $6k a month.');
    assert.equal(narrative.kind, 'meeting');
    // Minutes of a project that met with nobody from outside stay unknown.
    const minutes = note('# Meeting notes: release team', '', 'Attendees: Ana, Bo, Chen', '', 'Met with the docs team about the release notes.');
    assert.equal(minutes.kind, 'unknown');
  });

  it('reads a session whose answers follow their questions on the same line: « … ? » → …', () => {
    const mine = note('# Mon codéveloppement du 3 mars – reprendre la main sur mon équipe', '', 'Groupe animé par Véronique. J’étais cliente.',
      '## 1. Mon exposé', 'Depuis la fusion, deux consultants contournent mes décisions.', '## 2. Questions de clarification',
      '- Antoine : « Depuis quand ? » → depuis octobre, 6 fois.', '- Salomé : « Qu’as-tu essayé ? » → un entretien en novembre, sans suite.',
      '- Karim : « Que fait l’associé ? » → il tranche lui-même.', '## 3. Reformulation de la demande', 'Comment clarifier avec l’associé qui décide quoi ?',
      '## 4. Réactions et suggestions', '- une matrice de décision', '## 5. Mon plan d’action', '- rédiger la matrice d’ici le 14 mars', '## 6. Apprentissages',
      '- j’ai compris que le sujet est l’associé');
    assert.equal(mine.kind, 'session');
  });

  it('reads a handbook page of many sections with no day as no meeting, though it speaks of deals', () => {
    const faq = ['# Deal Desk FAQs', '', 'Answers to common questions from the sales team.'];
    for (let i = 1; i <= 12; i++) {
      faq.push('', `#### How do I handle order form case ${i}?`, '', `Attach the customer's PO and send the proposal to the economic buyer; the CFO signs the MSA redlines within ${i + 2} days.`);
    }
    assert.equal(note(...faq).kind, 'unknown');
    assert.ok(note(...faq).kindEvidence.signals.some((s) => s.family === 'archive'));
  });

  it('reads a log of many dated meetings, or a file longer than any meeting, as no single note', () => {
    const entry = (day: string) => [`## ${day} call with Harlow Health`, 'Attendees: Denise Carter (CFO), me',
      '- Denise holds the budget; I\'ll send our proposal by Friday', '- Probability: 60%', ''];
    const log = note('# Harlow Health – account log', '', ...entry('March 3'), ...entry('March 17'), ...entry('April 2'));
    assert.equal(log.kind, 'unknown');
    assert.ok(log.kindEvidence.signals.some((s) => s.family === 'archive'));
    const one = note('# Harlow Health – call, March 3', '', ...entry('Notes').slice(1));
    assert.equal(one.kind, 'meeting', 'one dated meeting is a note');
    const long = note('# Harlow Health', 'Date: 2026-03-03', ...entry('Notes').slice(1), ...Array.from({ length: 700 }, (_, i) => `- item ${i}`));
    assert.equal(long.kind, 'unknown');
  });

  it('reads no commercial object in a deal word\'s everyday sense', () => {
    const everyday = note('# Notes', '- We can deal with the backlog later, not a big deal.', '- This would lead to fewer retries.',
      '- A good opportunity to clean up.', '- Closing remarks by the chair.', '- Une remise en cause du planning.');
    assert.ok(!everyday.kindEvidence.signals.some((s) => s.family === 'commercial'));
    const deal = note('# Notes', '- The deal is worth 40k.', '- Le devis part demain.', '- Remise de 5 % accordée.');
    assert.equal(deal.kindEvidence.signals.filter((s) => s.family === 'commercial').length, 3);
  });

  it('reads a room of many, listed or speaking, with nobody selling, as a group\'s meeting; a seller among them keeps it a meeting', () => {
    const attendees = ['Ana Ruiz', 'Bruno Keller', 'Chen Wei', 'Dora Lind', 'Emil Sato', 'Fatou Ba', 'Gil Roy', 'Hana Oda', 'Ivo Petit', 'Jon Berg'];
    const body = ['- The pricing of the pilot is settled.', '- Ana decides on the budget for the pilot.',
      '', '## Next steps', '- Bruno will send the proposal to the group by Friday'];
    const committee = note('# Pilot call – 12 March 2026', '', '## Attendees', ...attendees.map((name) => `- ${name}`), '', '## Notes', ...body);
    assert.equal(committee.kind, 'unknown');
    assert.ok(committee.kindEvidence.signals.some((s) => s.family === 'crowd' && s.text.endsWith('(10)')));
    const sales = note('# Call with Northwind – 12 March 2026', '', '## Attendees', ...attendees.map((name) => `- ${name} (Northwind)`),
      '- Me (account executive)', '', '## Notes', ...body);
    assert.equal(sales.kind, 'meeting', 'a seller named among many buyers: still a sales meeting');
    const speakers = ['HOK', 'LBT', 'MTA', 'SAD', 'PLQ', 'RCH', 'DVO', 'KWN', 'GBR', 'JPA'];
    const transcript = note('# Plenary, 11 June 2026', '', 'HOK: Where the proposal stands.', '',
      ...speakers.flatMap((who) => [`${who}: I support it.`, '', `${who}: One more point on the pricing of reviews.`, '']));
    assert.ok(transcript.kindEvidence.signals.some((s) => s.family === 'crowd'), 'ten people each speaking again and again');
    assert.notEqual(transcript.kind, 'meeting');
  });

  it('keeps guides, templates and foundations\' minutes unknown though they speak of deals', () => {
    const chapter = note('Discovery that isn\'t documented didn\'t happen: three weeks later the prospect will deny half of it.',
      '', 'Send the proposal only once the champion has confirmed who signs. The economic buyer decides; your',
      'champion only influences. Our product is never the point: their problem is.', '', 'Stage: Discover', 'Owner: SE',
      'Competition: note it in the CRM', 'Next step: always with a date');
    assert.equal(chapter.kind, 'unknown', 'a guide dates nothing and meets nobody');
    const foundation = note('# Governing board – 2024-01-16', 'Present: Ana Ruiz, Bo Chen, me', '',
      'The 2024 project services budget has been approved by the Governing Board.', 'We will decide on the CFP budget next month.',
      '', 'Action items:', '- Bo to send the sponsorship prospectus to members');
    assert.equal(foundation.kind, 'unknown', 'a foundation\'s budget and sponsors are no deal');
  });

  it('lets the front matter decide, and `type: none` opt out', () => {
    const typed = note('---', 'type: rdv', '---', '# Notes', 'rien');
    assert.equal(typed.kind, 'meeting');
    assert.equal(typed.kindEvidence.source, 'front-matter');
    assert.equal(typed.kindEvidence.signals[0].line, 1);
    const optedOut = '---\ntype: none\n---\n# Codev\n## Exposé\nMa demande : comment ?\n## Questions de clarification\nQ : Quoi ?\n> Rien.\n## Reformulation\nx\n';
    assert.equal(buildNote(optedOut).kind, 'unknown');
    assert.deepEqual(analyze(optedOut).findings, []);
  });
});

describe('templates', () => {
  it('recognises placeholders and empty fields, not written lines', () => {
    for (const line of ['{{date}}', '[Name], [Title]', '<company>', 'Decision maker:', '…', 'TBD', 'Budget : XX k€', 'Owner: [Name] – [Date]']) {
      assert.equal(isPlaceholderLine(line), true, line);
    }
    for (const line of ['Marie Martin [décideur]', '- [ ] Send the quote', 'Jean Dupont (DAF)', '… Ce n’était pas de la vente', 'Pronostic : 35 %']) {
      assert.equal(isPlaceholderLine(line), false, line);
    }
  });

  it('gives no finding to a template not filled in, and checks it once filled', () => {
    const template = ['---', 'type: rdv', '---', '# RDV – <company>', '## Participants', '- [Name], [Title]', '- Moi',
      '## Décision', 'Decision maker:', '## Prochaines étapes', '- [Action] – [Owner] – {{date}}', '- …'];
    const empty = analyze(template.join('\n'));
    assert.equal(empty.model.kindEvidence.draft, true);
    assert.deepEqual(empty.findings, []);
    const filled = ['---', 'type: rdv', '---', '# RDV – Vannier', '## Participants', '- M. Girard, responsable achats', '- Moi',
      '## Notes', 'Il veut une proposition avant l\'été.', '## Prochaines étapes', '- Envoyer la propale à M. Girard dans 15 jours', '- …'];
    const checked = analyze(filled.join('\n'));
    assert.equal(checked.model.kindEvidence.draft, false);
    assert.ok(checked.findings.length > 0, 'a filled note is checked');
  });

  it('keeps YAML warnings off stderr', () => {
    const emit = process.emitWarning;
    const warnings: unknown[] = [];
    process.emitWarning = ((warning: unknown) => { warnings.push(warning); }) as typeof process.emitWarning;
    try {
      analyze('---\ntype: codev\nwhen: !!weird 2024\n---\n# Séance\n');
    } finally {
      process.emitWarning = emit;
    }
    assert.deepEqual(warnings, []);
  });
});

describe('next steps read strictly', () => {
  it('keeps actions and leaves out questions, topics and empty rows', () => {
    const meeting = note('---', 'type: meeting', '---', '# Call with Dana – Acme', '## Attendees', '- Dana Fox, CFO', '- Me (account executive)',
      '## Next steps', '- Send Dana the quote by Friday', '- Do we include the training?', '- Topic: pricing of the second site',
      '- [Action] – [Owner] – [Date]', '- Dana presents the figures to the board on 3 June');
    assert.deepEqual(meeting.nextSteps.map((s) => s.text), ['Send Dana the quote by Friday', 'Dana presents the figures to the board on 3 June']);
  });
});

describe('e-mail recaps to the person met', () => {
  const recap = (offer: string) => note('Hi Dana, thanks for your time today.', '',
    'As discussed, the AP team keys in about 2,000 invoices a month.', '', offer, '', 'Best regards,', 'Sam Patel', 'Ledgerly');

  it('reads a recap with the writer\'s offer as a meeting: greeting, thanks, "as discussed", signature', () => {
    const read = recap('I\'ll send you the pilot plan by Friday 6 March.');
    assert.equal(read.kind, 'meeting', JSON.stringify(read.kindEvidence.signals));
    assert.ok(read.kindEvidence.signals.some((s) => s.family === 'recap'));
    const fr = note('Bonjour Mme Roussel, merci pour votre accueil ce matin.', '', 'Comme convenu, voici ce que je retiens :',
      '- six agences', '', 'Je vous propose une démonstration sur vos plannings le 14 mars.', '', 'Bien cordialement,', 'Julien Perrin');
    assert.equal(fr.kind, 'meeting', JSON.stringify(fr.kindEvidence.signals));
  });

  it('keeps a thank-you note without a seller\'s offer, or to a group, unknown', () => {
    assert.equal(recap('I\'ll send you the notes from our call by Friday.').kind, 'unknown');
    const all = note('Hi all, thanks for your time today.', '', 'As discussed, I\'ll send you the pilot plan by Friday.', '', 'Best,', 'Sam');
    assert.equal(all.kind, 'unknown');
  });

  it('takes no "our proposal is to…" of an RFC or an ADR for a seller\'s act or a deal', () => {
    const adr = note('Date: 2024-03-12', '', 'The client asked for shorter sessions after the audit.', '',
      'Our proposal is to deprecate the long-lived refresh tokens in v3.');
    assert.ok(!adr.kindEvidence.signals.some((s) => s.text.includes('Our proposal')), JSON.stringify(adr.kindEvidence.signals));
    const sale = note('Date: 2024-03-12', '', 'The client asked for shorter delays after the audit.', '', 'I sent our proposal to the client on Friday.');
    assert.ok(sale.kindEvidence.signals.some((s) => s.family === 'sides' && s.text.includes('our proposal')), JSON.stringify(sale.kindEvidence.signals));
  });
});
