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
