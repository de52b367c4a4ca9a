// Quick fixes on the edges the fuzzer found: a note-wide finding with nowhere to stand, a byte order
// mark before the first line, a Facts section among bold step lines, nesting past the cap, a disable
// comment above a heading written in bold, a step written after a quote, a code fence left open, an
// HTML comment left open, a front matter after a byte order mark, a paragraph that runs into "---",
// a next step written over two lines, a code fence behind a byte order mark, a step written under the
// participants list, a list item's lazy continuation lines, a step that ends a paragraph with a full
// stop or over two lines, a list item's line typed twice, a link definition kept in a paragraph, a
// comment left open after a step, a comment with a direction mark typed inside its "<!--". Each
// fix clears its finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { fixesFor } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { applyEdits } from '../helpers/edits';

const alike = (findings: Finding[], finding: Finding) =>
  findings.filter((f) => f.rule === finding.rule && JSON.stringify(f.data) === JSON.stringify(finding.data)).length;

function fixesOf(text: string, rule: string) {
  const { model, findings } = analyze(text);
  const finding = findings.find((f) => f.rule === rule);
  assert.ok(finding, `${rule} among ${findings.map((f) => f.rule).join(', ')}`);
  return { model, finding, findings, fixes: fixesFor(finding, model, text) };
}

function assertClears(text: string, rule: string, title: RegExp): string {
  const { finding, findings, fixes } = fixesOf(text, rule);
  const fix = fixes.find((f) => title.test(f.title));
  assert.ok(fix, fixes.map((f) => f.title).join(' | '));
  const fixed = applyEdits(text, fix.edits);
  assert.ok(alike(analyze(fixed).findings, finding) < alike(findings, finding), fixed);
  return fixed;
}

const meetingWithoutNextStep = [
  '# Acme Logistics – renewal discovery meeting', '', '## Attendees', '', '- Rachel Kim, COO (decider)', '- Me (account executive)', '',
  '## Notes', '', 'Rachel wants to cut picking errors by half before the summer; she asked about the pricing model.', '',
].join('\n');

describe('quick fixes on the edges', () => {
  it('a note-wide finding at the very start is offered no "this line" fix, and the file fix clears it', () => {
    // No title: the finding has nowhere to stand but 0:0, where a comment above would not move it.
    const text = meetingWithoutNextStep.slice(meetingWithoutNextStep.indexOf('## Attendees'));
    const { model, finding, fixes } = fixesOf(text, 'no-next-step');
    assert.equal(model.kind, 'meeting');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.ok(!fixes.some((f) => /this line/.test(f.title)), fixes.map((f) => f.title).join(' | '));
    assertClears(text, 'no-next-step', /this file/);
  });

  it('after a byte order mark, fixes insert behind it and the comment they write is honoured', () => {
    const text = `\ufeff${meetingWithoutNextStep}`;
    const { fixes } = fixesOf(text, 'no-next-step');
    for (const fix of fixes) {
      for (const edit of fix.edits) assert.ok(edit.range.start.line > 0 || edit.range.start.character >= 1, fix.title);
    }
    for (const title of [/this line/, /this file/]) {
      const fixed = assertClears(text, 'no-next-step', title);
      assert.ok(fixed.startsWith('\ufeff<!-- boussole-disable'), JSON.stringify(fixed.slice(0, 60)));
      assert.equal(analyze(fixed).model.title?.text, 'Acme Logistics – renewal discovery meeting');
    }
  });

  it('a Facts section added among bold step lines is a bold line, read as the Facts section', () => {
    // A session whose steps are bold lines, its questions and answers left out.
    const full = readFileSync(join(__dirname, '..', 'fixtures', 'session', 'good-fr-titres-en-gras.md'), 'utf8');
    const text = full.slice(0, full.indexOf('**Questions**')) + full.slice(full.indexOf('**Reformulation**'));
    const { fixes } = fixesOf(text, 'no-facts');
    const add = fixes.find((f) => f.preferred);
    assert.ok(add);
    assert.match(add.edits[0].newText, /^\*\*Faits\*\*\n/);
    assertClears(text, 'no-facts', /Faits/);
  });

  it('a line with "---" under it is disabled for the file only: a comment above would make it a heading', () => {
    // "->" continues the list item above; after a comment it would be a heading underlined by "---".
    const text = ['---', 'type: meeting', '---', 'Rossi Family Vineyards – visit 16/6 – Marco Rossi (owner) + Elena Conti (cellar master)',
      '- 140 ha, 3 labels, 40% export', '- bottling and lot traceability on paper', '- Marco decides, nobody else involved. Budget "reasonable"',
      '- demo\'d the cellar app on Elena\'s phone', '->', '---', ' to be seen', ''].join('\n');
    const { fixes } = fixesOf(text, 'no-next-step');
    assert.deepEqual(fixes.filter((f) => /this line|cette ligne/.test(f.title)), []);
    assertClears(text, 'no-next-step', /this file|ce fichier|cette note/);
  });

  it('nesting past the cap is disabled for the file only: a comment above the line would be as deep', () => {
    const text = `${meetingWithoutNextStep}\n${'> '.repeat(300)}citation sans fin\n`;
    const { fixes } = fixesOf(text, 'nesting-too-deep');
    assert.deepEqual(fixes.map((f) => /this file/.test(f.title)), [true]);
    assertClears(text, 'nesting-too-deep', /this file/);
  });

  it('a disable comment above a bold lead-in keeps it a step: the paragraph opens after the comment', () => {
    const text = [
      '---', 'type: codev', 'lang: en', '---', '', '# Session notes, 22 April', '',
      '**Presentation.** Hannah coordinates volunteers for a food bank that serves 400 families a week.',
      'Her question to the group: how can I rebuild a regular Saturday team before the summer?', '',
      '**Clarification.** Leo asked where the 25 volunteers who left had gone; Hannah said most were students',
      'who graduated in June. Priya asked what she had tried: two calls on social media, 30 sign-ups, three came back.', '',
      '**Suggestions.** Leo suggested pairing each newcomer with a regular for their first two Saturdays.', '',
      '**Action plan.** Hannah will ask Joan and Pete on Saturday 25 April whether they would welcome newcomers.', '',
      '**Learnings.** Hannah said the real leak was the first Saturday, not the recruiting.', '',
    ].join('\n');
    const { finding } = fixesOf(text, 'missing-step');
    assert.deepEqual(finding.data, { step: 3 });
    const fixed = assertClears(text, 'missing-step', /this line/);
    assert.match(fixed, /-->\n\*\*Suggestions\.\*\*/);
    assert.ok(analyze(fixed).model.steps[4], 'the suggestions are still step 4');
  });

  it('a disable comment above a bold participants line keeps it the participants section', () => {
    const text = [
      '# Blanchisserie – rendez-vous avec Hôtels Azur, 14 mars', '',
      '**Présents :**', '', '- Julien Morel – responsable des achats', '- Moi (commercial)', '',
      '## Situation', '', 'Trente hôtels, contrat de blanchisserie qui arrive à échéance en juin. Julien compare trois prestataires.', '',
      '## Prochaines étapes', '', '- Envoyer la proposition à Julien d’ici vendredi 21 mars.', '',
    ].join('\n');
    const { finding } = fixesOf(text, 'no-decider-identified');
    assert.equal(finding.range.start.line, 2);
    assertClears(text, 'no-decider-identified', /cette ligne/);
  });

  it('a Facts section under a step written in bold is bold too, so the bold section after it keeps its role', () => {
    const text = [
      '# Codéveloppement – managers de magasin – 9 mars', '', '## Étape 1 – Exposé du client', '',
      'Client : je dirige une jardinerie de 14 personnes et je tiens moi-même les dimanches depuis février.',
      'Ma demande : comment ne plus couvrir tous les dimanches moi-même ?', '',
      '**Questions de clarification**', '', 'Q : Qui a refusé les dimanches ?', '> Les deux temps partiels.',
      'Q : Qu’as-tu essayé ?', '> Rien encore.', '',
      '**Décision :** Lucie choisit de proposer un roulement à l’équipe lundi.', '',
    ].join('\n');
    const fixed = assertClears(text, 'no-facts', /Faits/);
    assert.match(fixed, /> Rien encore\.\n\n\*\*Faits\*\*\n\n- Fait/);
    assert.ok(analyze(fixed).model.sections.some((s) => s.role === 'decision'), 'the decision is still a section');
    assertClears(text, 'no-facts', /cette ligne/);
  });

  it('a step added before a heading that follows a quote line starts a paragraph of its own', () => {
    const text = [
      'Codéveloppement du 3 mars – groupe des managers de proximité', '',
      'Étape 1 – Exposé du client', 'Marc : Mon équipe de six techniciens refuse les astreintes du week-end depuis janvier.',
      'Ma demande : comment répartir les astreintes sans perdre deux techniciens ?', '',
      'Étape 2 – Questions de clarification', 'Q : Combien d’astreintes par mois ?', '> Quatre week-ends, soit huit jours.',
      'Q : Qu’as-tu déjà essayé ?', '> Une prime de 150 euros par week-end, refusée en février.',
      '<!-- boussole-disable-next-line vague-action-plan -->',
      '## Étape 4 – Suggestions', '', '- Sophie : proposer un roulement sur huit semaines.', '',
      '## Étape 5 – Plan d’action', '', '- [ ] Marc présente le roulement à l’équipe le 10 mars.', '',
      '## Étape 6 – Apprentissages', '', '- Marc : j’ai compris que la prime ne répondait pas au vrai problème.', '',
    ].join('\n');
    const fixed = assertClears(text, 'missing-step', /Étape 3/);
    // The plain step line is not read on as the quote's last line, and the comment stays on its heading.
    assert.match(fixed, /février\.\n\nÉtape 3 – [^\n]+\n\n[^\n]+\n\n<!-- boussole-disable-next-line vague-action-plan -->\n## Étape 4/);
  });

  it('a step added after a code fence left open goes before the fence, where it is still text', () => {
    const text = [
      '# Codéveloppement – 12 mai', '', '## Étape 1 – Exposé du client', '',
      'Client : je dois envoyer des factures électroniques à tous nos clients publics avant octobre.',
      'Ma demande : comment vérifier nos factures sans outil payant ?', '',
      '## Étape 2 – Questions de clarification', '', 'Q : Combien de factures par mois ?', '> Environ 300.',
      'Q : Qu’est-ce qui bloque aujourd’hui ?', '> Le format : nos factures sont des PDF sans données structurées.', '',
      '## Étape 3 – Reformulation', '', 'Demande reformulée : comment contrôler 300 factures par mois au nouveau format, d’ici octobre ?', '',
      'Exemple de vérification donné par Karim :', '', '```bash', 'facturx check facture-2024-118.pdf', '',
    ].join('\n');
    const fixed = assertClears(text, 'missing-step', /Étape 4/);
    assert.match(fixed, /Karim :\n\n## Étape 4 – [^\n]+\n\n- Suggestion : …\n\n```bash/);
  });
  it('a step added after an HTML comment left open goes before the comment, where it is still read', () => {
    const text = [
      '# Co-development session – Julia (freelance translator)', '', '## Step 1 – Client presentation', '',
      'Julia translates legal documents, mostly for two law firms; one of them announced in May it will use machine translation.',
      'My question: how do I find new law firms before the end of the year?', '',
      '## Step 2 – Clarifying questions', '', 'Q: What did you try since then?', 'A: I wrote to three firms I know; one answered.', '',
      '## Step 3 – Reformulated request', '', 'Request: how can I offer certified translations to ten law firms by September?', '',
      '## Step 4 – Reactions and suggestions', '', '- Put "certified" at the top of your profile.', '',
      '<!-- draft, not discussed yet:', '', '- Call the firm that answered on Tuesday.', '',
    ].join('\n');
    const fixed = assertClears(text, 'missing-step', /Step 5/);
    assert.match(fixed, /profile\.\n\n## Step 5 – [^\n]+\n\n[^\n]+\n\n<!-- draft/);
  });

  it('after a byte order mark, a YAML error inside the front matter is disabled for the file only', () => {
    // The front matter is read after the mark: a comment above the faulty line would be YAML itself.
    const text = ['\ufeff---', 'type: rendez-vous', 'date: 2026-06-24 alors que le décret', 'tertiaire leur impose une déclaration', '---', '',
      '# Cabinet Leroy Avocats – 1er rendez-vous', '', '## Suite à donner', '', '- Envoyer la proposition à Maître Leroy avant le 30 juin', ''].join('\n');
    const { finding, fixes } = fixesOf(text, 'front-matter');
    assert.ok(finding.range.start.line > 0 && finding.range.start.line < 4, JSON.stringify(finding.range));
    assert.deepEqual(fixes.filter((f) => /cette ligne/.test(f.title)), []);
    const fixed = assertClears(text, 'front-matter', /tout le fichier/);
    assert.match(fixed, /\n---\n<!-- boussole-disable front-matter -->\n\n# Cabinet/);
  });

  it('a line whose paragraph runs into "---" a few lines on is disabled for the file only', () => {
    // "→ …" continues the list item; after a comment it would open a paragraph that "---" underlines.
    const text = ['---', 'type: rdv', '---', '', '# Clinique du Parc – rendez-vous bloc opératoire, 12 mai', '',
      'Présents : Dr Paul Aymard (chef de bloc), Mélanie Roussel (cadre de bloc), moi', '',
      '- 6 salles, programmation du bloc sur un tableau Excel partagé', '- Mélanie partante pour un pilote sur 2 salles',
      '→ je lui envoie la propale pour 2 salles', 'avec le planning du pilote', '---', '', 'Notes de la démo à suivre.', ''].join('\n');
    const { finding, fixes } = fixesOf(text, 'one-sided-next-step');
    assert.equal(finding.range.start.line, 10);
    assert.deepEqual(fixes.filter((f) => /cette ligne/.test(f.title)), []);
    assertClears(text, 'one-sided-next-step', /tout le fichier/);
  });

  it('the purpose question goes after the last line of a next step written over two lines', () => {
    const text = [
      '---', 'type: rdv', '---', '', '# Garage Central Auto – 7 avril', '', '## Participants', '',
      '- Stéphane Roche – gérant (décideur)', '- Moi (commercial)', '', '## Prochaines étapes', '',
      '- Faire un point avec Stéphane', '  dans 6 semaines', '',
    ].join('\n');
    const fixed = assertClears(text, 'next-step-without-purpose', /réfléchir à quoi/);
    assert.match(fixed, /\n {2}dans 6 semaines — vous allez réfléchir à quoi \?\n/);
  });
  it('after a byte order mark, the sentences stand on their own lines, and a comment above one is honoured', () => {
    // The parser reads the mark as no text: read from the text with it, every sentence stood one character early.
    const text = ['\ufeff<!-- CRM export -->', 'Contact: Kelly Nguyen – Facilities Coordinator', 'Other attendees: none',
      'Meeting date: 2026-05-06 (on site, Denver)', 'Stage: Proposal', 'Deal size: $54,000 ARR',
      'Next step: send pricing to Kelly by Friday', 'Notes: Kelly loved the demo. Didn\'t get to who approves spend.', ''].join('\r\n');
    const { model, finding } = fixesOf(text, 'no-decider-identified');
    assert.equal(finding.range.start.line, 1);
    assert.deepEqual(model.sentences.filter((s) => s.text.startsWith('Contact:')).map((s) => s.range.start), [{ line: 1, character: 0 }]);
    assertClears(text, 'no-decider-identified', /this line/);
  });
  it('in a table of next steps, the purpose question goes in the action cell, and the table stays a table', () => {
    const text = [
      '---', 'type: meeting', '---', '', '# Call with Brightline – 3 March', '', '## Attendees', '', '- Ana Ruiz, COO (decider)',
      '- Me (account executive)', '', '## Next steps', '', '| Action | Owner | Deadline |', '| --- | --- | --- |',
      '| Call Ana back | Me | next quarter |', '',
    ].join('\n');
    const fixed = assertClears(text, 'next-step-without-purpose', /think about/);
    assert.match(fixed, /\n\| Call Ana back — what will you think about\? \| Me \| next quarter \|\n/);
    assert.ok(analyze(fixed).model.lines.some((l) => l.block === 'table' && l.text.includes('Call Ana back')), 'the row is still a table row');
  });
  it('the reformulation written under an empty step 3 is kept apart from the text right under it', () => {
    // With no blank line, the prompt would run on into the lines below, and "---" make it a heading.
    const text = [
      '# Co-development session – Chloe', '', '## Step 1: Client presentation', '',
      'Chloe runs a 7-person marketing agency and works 60 hours a week.', 'My problem: how can I delegate more to my team?', '',
      '## Step 2: Clarification questions', '', '- Q: What did you delegate last month?', '- A: Two client reports; I rewrote both on Sunday.', '',
      '## Step 3: Reformulated request', 'to be agreed with Chloe', '---', '',
      '## Step 4: Reactions and suggestions', '', '- Give Marc the next two reports with a review slot on Thursday.', '',
    ].join('\n');
    const { finding } = fixesOf(text, 'request-not-reformulated');
    assert.deepEqual(finding.data, { reason: 'empty' });
    const fixed = assertClears(text, 'request-not-reformulated', /reformulated request/i);
    assert.match(fixed, /\?\n\nto be agreed with Chloe\n---\n/);
  });
  it('after a byte order mark, a code fence opening the note closes where Markdown closes it, and a comment after it counts', () => {
    // Read with the mark, the fence's closing line opened a fence to the end, hiding every comment below.
    const text = ['\ufeff```text', 'Exported from the CRM on 2026-03-04', '```', '', '# Call with Brightline – 3 March', '', '## Attendees', '',
      '- Ana Ruiz, COO (decider)', '- Me (account executive)', '', '## Next steps', '',
      '- Send Ana the pricing for the pilot by Friday 6 March', '- Send Ana our case study of the Denver pilot', ''].join('\n');
    const { finding } = fixesOf(text, 'one-sided-next-step');
    assert.equal(finding.range.start.line, 11);
    assertClears(text, 'one-sided-next-step', /this line/);
  });
  it('a step written under the participants list is no participant: its words say what it is for', () => {
    // Read as a person, the step's every word was a name: it had no purpose, and no question added could give it one.
    const text = ['# Call with Pinecrest Schools – 6 Nov', '', '## Participants', '', '- Greg Alvarez, facilities manager', '- Me (account executive)', '',
      'I\'ll send Greg the quote for two pilot buildings by Friday.', ''].join('\n');
    const { model, findings } = fixesOf(text, 'one-sided-next-step');
    assert.deepEqual(model.participants.map((p) => p.name), ['Greg Alvarez', 'Me']);
    assert.deepEqual(model.nextSteps.map((s) => [s.owner, s.purpose]), [['seller', 'send quote two pilot buildings']]);
    assert.ok(!findings.some((f) => f.rule === 'next-step-without-purpose'), findings.map((f) => f.rule).join(', '));
  });
  it('a list item\'s lazy continuation line with more of the item under it is disabled for the file only', () => {
    // A comment above "-> POC…" would end the item: "de la caisse 2" would become a step of its own.
    const text = ['# Épicerie Durand – rendez-vous du 2 mai', '', '## Participants', '', '- Sophie Durand – gérante (décideuse)',
      '- Karim Benali – responsable de magasin', '- Moi (commercial)', '', '## Prochaines étapes', '',
      '- Atelier avec Sophie le 14 mai pour choisir les références', '-> POC sur l\'allée des références rapides', 'de la caisse 2', ''].join('\n');
    const { finding, fixes } = fixesOf(text, 'next-step-without-date');
    assert.equal(finding.range.start.line, 11);
    assert.deepEqual(fixes.filter((f) => /cette ligne/.test(f.title)), []);
    assertClears(text, 'next-step-without-date', /tout le fichier/);
  });
  it('the purpose question takes the place of the step\'s full stop, so it reads as part of the step', () => {
    const text = ['Objet : Suite à notre échange – Cabinet Vidal & Associés', '', 'Bonjour Maître Vidal,', '',
      'Merci pour votre accueil ce matin avec Mme Simon.', '', 'Ce que je retiens :',
      '- 11 collaborateurs, les temps sont saisis le vendredi soir sur papier', '- vous souhaitez facturer au mois dès janvier',
      '- c\'est vous qui signez ; Mme Simon (office manager) pilotera le déploiement', '',
      'On s\'est mis d\'accord pour le 18 novembre.', 'Mme Simon nous transmet trois dossiers types d\'ici le 14 novembre.', '',
      'Bonne journée,', '', 'Julien Marchand', ''].join('\n');
    const fixed = assertClears(text, 'next-step-without-purpose', /réfléchir à quoi/);
    assert.match(fixed, /\nOn s'est mis d'accord pour le 18 novembre — vous allez réfléchir à quoi \?\nMme Simon/);
  });
  it('the purpose question goes after the last line of a step written over two lines of a paragraph', () => {
    const text = ['# Call with Northwind Freight – 2 March', '', '## Participants', '', '- Nina Park – VP Operations (decision maker)',
      '- Tom Reyes (account executive)', '', '2:02 - Tom Reyes', 'I can send the slides to your assistant today, just so you have them.', '',
      '2:40 - Nina Park', 'Thanks, that works. We\'ll decide on the rollout after the board meeting', 'on March 10.', ''].join('\n');
    const fixed = assertClears(text, 'next-step-without-purpose', /think about/);
    assert.match(fixed, /board meeting\non March 10 — what will you think about\?\n$/);
  });
  it('a step on a list item\'s first line alone keeps the question there, though the line under it repeats its end', () => {
    // The line was typed twice; the step stops at its first line's comment, and the second is no part of it.
    const typed = `avant le ${'—  '.repeat(9)}26/11 <!-- à confirmer -->`;
    const text = ['## Participants', '- Jean Dupont – DAF (décideur)', '- Hugo Petit – contrôleur de gestion', `- → rappeler Hugo ${typed}`, typed, ''].join('\n');
    const { finding, fixes } = fixesOf(text, 'next-step-without-purpose');
    assert.equal(finding.range.start.line, 3);
    assert.equal(fixes.find((f) => f.preferred)?.edits[0].range.start.line, 3);
    assertClears(text, 'next-step-without-purpose', /réfléchir à quoi/);
  });
  it('a link definition that a paragraph keeps as text is disabled for the file only: after a comment it would be a definition', () => {
    const text = ['# Co-development session – store managers', '', 'Facilitator: So what will we work on?',
      'Request: How can I set up, with the team, a rotation where each full-timer works one Sunday in four?',
      '[draft]: https://example.org/rotation-draft', ''].join('\n');
    const { finding, fixes } = fixesOf(text, 'vague-action-plan');
    assert.equal(finding.range.start.line, 4);
    assert.deepEqual(fixes.filter((f) => /this line/.test(f.title)), []);
    assertClears(text, 'vague-action-plan', /this file/);
  });
  it('the purpose question goes right after the step, before a comment left open on its line', () => {
    const text = ['# RDV Cabinet Morel – 3/02', '', 'Présents : Dr Morel (gérant), moi', '',
      'Le cabinet gère 4000 patients, prise de rdv par téléphone uniquement.', 'Le Dr Morel veut réduire les appels du lundi matin.', '',
      'Donc relance du Dr Morel prévue début mars. <!-- à revoir avec', ''].join('\n');
    const fixed = assertClears(text, 'next-step-without-purpose', /réfléchir à quoi/);
    assert.match(fixed, /\nDonc relance du Dr Morel prévue début mars — vous allez réfléchir à quoi \? <!-- à revoir avec\n/);
  });
  it('the purpose question goes before a comment whose "<!--" has a direction mark typed inside it', () => {
    const text = ['# RDV Cabinet Morel – 3/02', '', 'Présents : Dr Morel (gérant), moi', '',
      'Le cabinet gère 4000 patients, prise de rdv par téléphone uniquement.', 'Le Dr Morel veut réduire les appels du lundi matin.', '',
      'Donc relance du Dr Morel prévue début mars. <!-\u200f- à revoir -->', ''].join('\n');
    const fixed = assertClears(text, 'next-step-without-purpose', /réfléchir à quoi/);
    assert.match(fixed, /\nDonc relance du Dr Morel prévue début mars — vous allez réfléchir à quoi \? <!-\u200f- à revoir -->\n/);
  });
});
