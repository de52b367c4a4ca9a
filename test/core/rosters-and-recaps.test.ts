// Rosters by side or by company inside a participants list, recaps that end on a courtesy line,
// memos that say "donc prochaine étape", and sessions whose members ask in turn: notes as people
// write them, each expectation written before the code that meets it.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { buildNote } from '../../server/src/core/model';

const meeting = (body: string) => buildNote(`---\ntype: meeting\n---\n\n${body}\n`);
const person = (note: ReturnType<typeof buildNote>, name: string) => note.stakeholders.find((p) => p.name === name);
const rules = (text: string) => analyze(text).findings.map((f) => f.rule);

describe('rosters inside a participants list', () => {
  // Each roster, and what it says of its people: [name, field, value].
  const rosters: { name: string; lines: string[]; people: [string, 'side' | 'role' | 'decider', unknown][]; steps?: string[] }[] = [
    {
      name: '"- Côté client : …" and "- Côté nous : …" list each side’s people, one entry each',
      lines: [
        '# RDV Garnier Frais', '', '**Participants**',
        '- Côté client : Sylvie Garnier (PDG), Hugo Lemaire (chef d’entrepôt)',
        '- Côté nous : Léo Vidal (commercial), Anaïs Roche (avant-vente)', '',
        '## Prochaines étapes', '- Anaïs prépare la démo sur leurs données.',
      ],
      people: [['Sylvie Garnier', 'side', 'buyer'], ['Hugo Lemaire', 'role', 'chef d’entrepôt'], ['Anaïs Roche', 'side', 'seller']],
      steps: ['seller'],
    },
    {
      name: 'a roster named after a company is the seller’s when one of its people sells',
      lines: [
        '# Call recap', '', '**Who attended**',
        '- Brightline Clinic: Dr Ana Ruiz (owner, she signs), Joe Kim (office manager)',
        '- Vendly: Tom Reed (account executive), Ivy Park (onboarding lead)', '',
        '## Next steps', '- Tom sends Ana the quote by 3 June.',
      ],
      people: [['Dr Ana Ruiz', 'decider', true], ['Joe Kim', 'side', 'buyer'], ['Ivy Park', 'side', 'seller']],
    },
  ];
  for (const roster of rosters) {
    it(roster.name, () => {
      const note = meeting(roster.lines.join('\n'));
      for (const [name, field, value] of roster.people) assert.equal(person(note, name)?.[field], value, `${name} ${field}`);
      // The roster's label is nobody: "Côté client", "Vendly".
      assert.ok(!note.stakeholders.some((p) => /côté|vendly|brightline/i.test(p.name)), note.stakeholders.map((p) => p.name).join(' | '));
      if (roster.steps) assert.deepEqual(note.nextSteps.map((step) => step.owner), roster.steps);
    });
  }

  it('"le responsable logistique (Marc)" is Marc; a title without a name is nobody', () => {
    const note = meeting([
      '# RDV Transports Lenoir', '', 'Participants',
      '- Transports Lenoir : la DAF (20 min au début), le responsable logistique (Marc), une assistante',
      '- Nous : Claire, Bastien (ingénieur avant-vente)',
    ].join('\n'));
    assert.equal(person(note, 'Marc')?.role, 'le responsable logistique');
    assert.equal(person(note, 'Bastien')?.side, 'seller');
    assert.ok(!note.stakeholders.some((p) => p.name === 'Transports Lenoir'));
  });

  it('the list ends at a title line: what follows it names nobody', () => {
    const note = meeting([
      '# Pinewood Dental – call', '', '**Who was on the call**', '- Pinewood: Dr Leah Moss (owner), Sam Ortiz (practice manager)', '',
      'Absent', '- Ray Stone (COO)', '',
      '**What we covered**', '- Around 30 no-shows a month, about $5,000 lost', '- Reminders are sent by hand, when there is time',
    ].join('\n'));
    assert.deepEqual(note.stakeholders.map((p) => p.name).sort(), ['Dr Leah Moss', 'Ray Stone', 'Sam Ortiz']);
    assert.equal(person(note, 'Dr Leah Moss')?.met, true);
    assert.equal(person(note, 'Ray Stone')?.met, false);
  });

  it('"Attendees (Corvel): …" and "Attendees (us, Packwell): …" give both sides, and the note is a meeting', () => {
    const note = buildNote([
      'Corvel Foods — commercial review, 9 May',
      'Attendees (Corvel): Irene Walsh, Head of Purchasing — owns the budget; Omar Diaz, category buyer.',
      'Attendees (us, Packwell): Nina Ross, Ben Hale.', '',
      'We presented the new tray design. Irene found the price 5 % too high.', '',
      'Next steps:', '1. Nina sends Irene revised pricing by 16 May.', '2. Ben books a factory visit for June.',
    ].join('\n'));
    assert.equal(note.kind, 'meeting');
    assert.equal(person(note, 'Nina Ross')?.side, 'seller');
    assert.equal(person(note, 'Irene Walsh')?.side, 'buyer');
  });

  it('"vu Pierre Lacoste himself, le PDG (décideur)": the emphasis stands between the name and the title', () => {
    const note = meeting(['# RDV Lacoste', '', 'Ce matin j’ai vu Pierre Lacoste himself, le PDG (décideur), + Laure Dumas, resp. atelier.'].join('\n'));
    assert.equal(person(note, 'Pierre Lacoste')?.role, 'PDG');
    assert.equal(person(note, 'Pierre Lacoste')?.decider, true);
  });

  it('the seller’s own people never decide the buyer’s purchase', () => {
    const note = meeting([
      '# CR RDV Mutuelle Avenir', '', 'Participants', '- Mutuelle Avenir : la DG, le responsable adhérents (Rémi)', '- Nous : Franck, Manon (cheffe de projet)', '',
      'La DG a ouvert la réunion : c’est elle qui arbitrera.',
    ].join('\n'));
    assert.notEqual(person(note, 'Manon')?.decider, true);
  });
});

describe('recaps and memos', () => {
  it('a courtesy line under the next steps is no step', () => {
    const note = meeting([
      '# Recap – call with Harlow Print', '', 'Attendees: Kim Lowe (COO), me', '', '## Next steps',
      '- Kim shares the volumes by 4 June', '- I send the proposal to Kim by 7 June', '',
      'If anything above looks wrong, just reply and I will fix it.',
      'N’hésitez pas à revenir vers moi si besoin.',
    ].join('\n'));
    assert.deepEqual(note.nextSteps.map((s) => s.text), ['Kim shares the volumes by 4 June', 'I send the proposal to Kim by 7 June']);
  });

  it('"Risk: medium — …" under the next steps records the deal’s temperature, not a step', () => {
    const note = meeting(['# Renewal review', '', 'Attendees: Dana Fox (VP Finance), me', '', '## Next steps', '- Dana confirms the seat count by 2 May', '', 'Risk: medium — price is the lever.'].join('\n'));
    assert.deepEqual(note.nextSteps.map((s) => s.text), ['Dana confirms the seat count by 2 May']);
  });

  it('"Donc prochaine étape : je la rappelle…" is a step, and a reminder in the CRM gives it no purpose', () => {
    const text = [
      'Mémo dicté après le rendez-vous chez Balsan Services, mardi 4 mars.', '',
      'J’ai vu Odile Ferrand, directrice des achats, c’est elle qui signe. Elle a pris la plaquette et m’a dit : rappelez-moi dans trois mois.', '',
      'Donc prochaine étape : je la rappelle mi-juin, je mets un rappel dans le CRM.',
    ].join('\n');
    const note = buildNote(text);
    assert.equal(note.nextSteps.length, 1);
    assert.ok(rules(text).includes('next-step-without-purpose'), rules(text).join());
  });

  it('"Short call today with X (COO…)" under a "contract call" title is a meeting', () => {
    const note = buildNote([
      'Marlow Clinics – contract call, 3 June', '',
      'Short call today with Erin Walsh (COO, signs the order form) and Ray Dunn from their legal team. On our side Ada Cole and me.', '',
      'Next steps', '- Ada sends Ray the data processing terms by 6 June.', '- 12 June: signing call with Erin.',
    ].join('\n'));
    assert.equal(note.kind, 'meeting');
  });
});

describe('memos, CRM pastes and recaps, again', () => {
  it('"Donc ce qu’on a dit :" over a list gives the steps; "le rappeler fin mars comme il a demandé" has no purpose', () => {
    const text = [
      'Mémo – retour RDV Fromagerie Lanson – jeudi 5 mars 2026', '',
      'Rendez-vous ce matin avec Paul Lanson, le gérant, c’est lui qui signe. Il a aimé la démo mais m’a dit : rappelez-moi dans trois mois.', '',
      'Donc ce qu’on a dit :', '- le rappeler fin juin comme il a demandé', '- lui renvoyer la brochure en attendant',
    ].join('\n');
    const note = buildNote(text);
    assert.deepEqual(note.nextSteps.map((s) => s.text), ['le rappeler fin juin comme il a demandé', 'lui renvoyer la brochure en attendant']);
    const found = rules(text);
    assert.ok(found.includes('next-step-without-purpose'), found.join());
    assert.ok(!found.includes('next-step-without-date'), found.join());
  });

  it('"Jake to follow up with Kevin" says nothing of what for; "after sending" is when', () => {
    const text = [
      'Opportunity: Orchard Freight – dispatch tool', 'Stage: Proposal | Probability: 30% | Close date: 2026-12-18', '',
      'Call, 2026-11-24', 'Contacts on call:', '- Kevin Shaw, IT project manager', '',
      'Budget sits with Rita Kim (CFO), she signs anything over $50k.', '',
      'Next steps:', '- Send the proposal to Kevin by Friday 12/4', '- Update the opportunity in the CRM after sending', '- Jake to follow up with Kevin on 12/11',
    ].join('\n');
    const note = buildNote(text);
    assert.equal(note.nextSteps[2]?.purpose, undefined);
    const found = analyze(text).findings;
    assert.ok(!found.some((f) => f.rule === 'next-step-without-date'), found.map((f) => f.rule).join());
  });

  it('"Us – me (Emma, AE), Raj (SE)": a side’s roster whose label ends at a dash', () => {
    const note = meeting(['# Deal recap – Corbel Dental', '', 'Who was on:', 'Corbel – Dr. Ian Moss (CEO, final call), Lea Park (practice manager)', 'Us – me (Emma, AE), Raj (SE)'].join('\n'));
    assert.equal(person(note, 'Raj')?.side, 'seller');
    assert.equal(person(note, 'Dr. Ian Moss')?.decider, true);
    assert.equal(person(note, 'Dr. Ian Moss')?.met, true);
  });

  it('a recap whose writer offers to show the setup on the buyer’s data is a meeting', () => {
    const note = buildNote([
      'Objet : Suite à notre rendez-vous du 3 mars – gestion des congés', '', 'Bonjour Madame Perrot,', '',
      'Merci encore pour votre accueil ce matin à Lyon.', '', 'Ce que nous avons convenu :', '',
      '1. Mme Perrot nous transmet d’ici le 10 mars la liste des équipes.',
      '2. Nous vous présentons le paramétrage sur vos propres données le 17 mars dans vos locaux.', '',
      'Bien cordialement,', '', 'Julie Ferran', 'Responsable commerciale – Congéo',
    ].join('\n'));
    assert.equal(note.kind, 'meeting');
  });
});

describe('labels written as people write them', () => {
  it('"la décision et la signature reviennent à la DRH, Mme X": she decides', () => {
    const note = meeting(['# Renouvellement Hélia', '', '## Participants', '- Sonia Laval, responsable formation', '',
      'Ce n’est pas elle qui signe : la décision et la signature reviennent à la DRH, Mme Claire Morin.'].join('\n'));
    assert.equal(person(note, 'Mme Claire Morin')?.decider, true);
    assert.equal(person(note, 'Sonia Laval')?.decider, false);
  });

  it('"Ce qu’on a convenu avec eux" over a list, without a colon, introduces the steps', () => {
    const note = meeting(['# CR RDV Coop Loire', '', 'Présents : Marc Henry (DAF), moi', '', 'Ce qu’on a convenu avec eux', '',
      '1. Marc nous transmet les volumes d’ici le 7 décembre.', '2. Atelier le 15 décembre avec Marc pour choisir les sites pilotes.'].join('\n'));
    assert.deepEqual(note.nextSteps.map((s) => s.text.slice(0, 12)), ['Marc nous tr', 'Atelier le 1']);
  });

  it('an outline step with a remark in brackets is still that step: "- **Contrat** (reformulé après les idées)"', () => {
    const text = ['Mes notes – codév du 26/11', '',
      '- **Exposé**', '  - Ma demande : comment annoncer la fermeture sans perdre la confiance ?',
      '- **Questions**', '  - Q : Qui est au courant ? → R : le CODIR depuis le 12 novembre.', '  - Q : Qu’as-tu déjà fait ? → R : une note écrite.',
      '  - Q : Que s’est-il passé la dernière fois ? → R : 3 démissions en un mois.',
      '- **Suggestions** (lancées tout de suite après les questions)', '  - Annoncer d’abord aux salariés concernés.',
      '- **Contrat** (reformulé seulement après les suggestions)', '  - Demande reformulée : comment faire porter l’annonce par le DG ?',
      '- **Plan d’action**', '  - Rendez-vous avec le DG le 3 décembre.', '- **Apprentissages**', '  - Reformuler avant le tour d’idées.'].join('\n');
    const note = buildNote(text);
    assert.equal(note.kind, 'session');
    assert.equal(note.steps[3]?.heading.text, 'Contrat');
    assert.equal(note.steps[4]?.heading.text, 'Suggestions');
    const found = rules(text);
    assert.ok(found.includes('steps-out-of-order') && !found.includes('missing-step'), found.join());
  });

  it('"[00:03:00] Q (Ben): …" is a question by Ben, its time stamp aside', () => {
    const text = ['---', 'type: codev', '---', '## Step 2 – Clarifying questions', '[00:03:00] Q (Ben): Have you considered LinkedIn ads?', '> Ryan: Not really.',
      '[00:04:00] Q (Aisha): Why don’t you partner with a bigger firm?', '> Ryan: Could be.'].join('\n');
    const note = buildNote(text);
    const question = note.sentences.find((s) => /LinkedIn/.test(s.text));
    assert.equal(question?.role, 'question');
    assert.ok(rules(text).includes('advice-in-questions'), rules(text).join());
  });
});

describe('chats pasted after the meeting', () => {
  it('"[26/11/2026 17:48] Julien : on a calé : j’envoie la propale…": the speaker, then the step he reports', () => {
    const note = meeting([
      '# RDV Transports Velay – copier-coller Teams', '',
      '[26/11/2026 17:42] Julien Marchal : vu Hugo Perrin, responsable exploitation, ce matin',
      '[26/11/2026 17:46] Julien Marchal : au-dessus de 30 k€ c’est le DG, Bernard Velay, qui tranche',
      '[26/11/2026 17:48] Julien Marchal : on a calé : j’envoie la propale à Hugo vendredi 4 décembre',
    ].join('\n'));
    assert.equal(note.lines[0]?.speaker, 'Julien Marchal');
    assert.equal(person(note, 'Bernard Velay')?.decider, true);
    assert.deepEqual(note.nextSteps.map((s) => s.text), ['j’envoie la propale à Hugo vendredi 4 décembre']);
  });
});

describe('sessions', () => {
  const session = (questions: string[]) => [
    '---', 'client: Lise Moreau', 'facilitator: Paul Roy', '---', '',
    '## 1. Presentation', 'Lise leads a support team of 8 people. She says she feels anxious and irritated since the merger: tickets pile up.', '',
    '## 2. Clarifying questions', ...questions, '',
    '## 3. Reformulated request', 'How can Lise cut the backlog to under 50 tickets by July without overtime?', '',
    '## 4. Suggestions', '- Hold a daily 10-minute triage.', '',
    '## 5. Action plan', '- Lise starts the daily triage on 2 June.', '',
    '## 6. Learnings', '- Asking for the numbers first changed the advice we gave.',
  ].join('\n');

  it('members who ask in turn, by name, record a session', () => {
    const text = session(['- Ana: How do you feel about the merger?', '- Ben: What does the backlog look like?', '- Chloé: What would success look like?', '', 'Lise answered at length.']);
    assert.equal(buildNote(text).kind, 'session');
  });

  it('one feeling of the exposé explored is enough: "what worries you most?" after "anxious and irritated"', () => {
    const explored = session(['- Ana: What makes you most anxious? — Lise: missing the SLA twice in May.', '- Ben: How many tickets are open? — 140, 60 of them older than a week.', '- Chloé: What have you tried? — Overtime in April, dropped after two weeks.']);
    assert.ok(!rules(explored).includes('unexplored-emotion'), rules(explored).join());
    const ignored = session(['- Ana: How many tickets are open? — 140, 60 of them older than a week.', '- Ben: What have you tried? — Overtime in April, dropped after two weeks.', '- Chloé: Who assigns the tickets? — The team lead, every morning.']);
    assert.ok(rules(ignored).includes('unexplored-emotion'), rules(ignored).join());
  });

  it('a long line cut before "essayé :" goes on, and what was tried was asked', () => {
    const memo = session([
      '- Ben: How many tickets are open? — 140, 60 of them older than a week.',
      'Ana lui a demandé, pour commencer, ce qu’elle avait déjà concrètement',
      'essayé : en avril, des heures supplémentaires, arrêtées au bout de deux semaines.',
    ]);
    const note = buildNote(memo);
    assert.ok(note.sentences.some((s) => /concrètement essayé/.test(s.text.replace(/\s+/g, ' '))), note.sentences.map((s) => s.text).join(' | '));
    assert.ok(!rules(memo).includes('nothing-tried-asked'), rules(memo).join());
  });

  it('learnings that are only thanks and a lighter feeling are satisfaction', () => {
    const text = session(['- Ana: How many tickets are open? — 140.', '- Ben: What have you tried? — Overtime, dropped in May.', '- Chloé: What worries you most? — The SLA.']).replace('- Asking for the numbers first changed the advice we gave.', '- Lise: Lovely session, I feel much lighter.\n- Ben: Thanks everyone, very smooth.');
    assert.ok(rules(text).includes('satisfaction-is-not-learning'), rules(text).join());
  });

  it('an answer after its question on the same line, behind a dash, is a fact gathered', () => {
    const text = session([
      '- Ana: Have you thought of hiring a temp?', '- Ben: How many tickets are open? — 140, 60 of them older than a week.',
      '- Chloé: Why not just drop the SLA?', '- Ana: What have you tried? — Overtime in April, dropped after two weeks.',
      '- Ben: What worries you? — Missing the SLA again.',
    ]);
    assert.ok(!rules(text).includes('no-facts'), rules(text).join());
  });
});
