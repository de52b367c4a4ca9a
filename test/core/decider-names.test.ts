// How messages and quick fixes name the one who decides when it is a body, not a person: mid-sentence,
// with its article, in the note's language.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { deciderToMeet } from '../../server/src/core/fixes/next-step';
import { describe as named, nameInSentence } from '../../server/src/core/meeting/decider';
import { buildNote } from '../../server/src/core/model';

const FRENCH = `# Rendez-vous Acme Industries, 12 mars 2026

Présents : Julie Martin (responsable achats, Acme), moi.

Julie trouve la solution intéressante. C'est le comité de direction qui valide les achats de ce montant.

## Prochaines étapes

- Envoyer la proposition à Julie d'ici vendredi.
`;

const ENGLISH = `# Call with Northwind Logistics, March 12

Attendees: Tom Baker (procurement lead, Northwind), me.

Tom likes the pilot plan. The steering committee signs off on anything above 50k.

## Next steps

- Send the proposal to Tom by Friday.
`;

describe('a deciding body in messages', () => {
  it('French: "un rendez-vous avec le comité de direction", in the finding and in its fix', () => {
    const finding = analyze(FRENCH).findings.find((f) => f.rule === 'next-step-non-decider');
    assert.ok(finding, 'the proposal to Julie is aimed at a non-decider');
    assert.match(finding.message, /un rendez-vous avec le comité de direction\./);
    assert.equal(deciderToMeet(buildNote(FRENCH)), 'le comité de direction');
  });

  it('English: "a meeting with the steering committee"', () => {
    const finding = analyze(ENGLISH).findings.find((f) => f.rule === 'next-step-non-decider');
    assert.ok(finding, 'the proposal to Tom is aimed at a non-decider');
    assert.match(finding.message, /get a meeting with the steering committee\./);
    assert.equal(deciderToMeet(buildNote(ENGLISH)), 'the steering committee');
  });

  it('French articles follow the body: la, les, l’, and none where the note wrote one', () => {
    const body = (name: string) => nameInSentence({ name, body: true }, 'fr');
    assert.equal(body('direction générale'), 'la direction générale');
    assert.equal(body('associés'), 'les associés');
    assert.equal(body('équipe de direction'), 'l’équipe de direction');
    assert.equal(body('CODIR'), 'le CODIR');
    assert.equal(body('notre conseil d’administration'), 'notre conseil d’administration');
  });

  it('a person keeps their name as written, with their title', () => {
    assert.equal(named({ name: 'Nadia Benali', role: 'DAF' }, 'fr'), 'Nadia Benali (DAF)');
    assert.equal(nameInSentence({ name: 'Nadia Benali' }, 'en'), 'Nadia Benali');
  });
});
