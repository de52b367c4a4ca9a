// A note's record: what the workspace keeps of it, read from real-looking French and English notes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analyze';
import { accountFromTitle, accountKey } from '../../../server/src/core/workspace/account';
import { hashText, recordOf } from '../../../server/src/core/workspace/record';
import { note } from '../../helpers/workspace';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const read = (text: string, uri = 'file:///notes/girard/2026-03-02-rdv.md') => recordOf(analyze(text).model, uri, text);

const FIRST_MEETING = note(
  '---', 'type: rdv', 'date: 2026-03-02', '---', '',
  '# Premier rendez-vous – Transports Girard', '',
  '## Participants', '',
  '- Nadia Benali – responsable logistique', '- Moi (commercial)', '',
  '## Processus de décision', '',
  'Paul Girard (DG) signera ; nous ne l’avons pas rencontré.', '',
  '## Prochaines étapes', '',
  '- [ ] Envoyer le devis de télématique à Nadia Benali d’ici le 9 mars',
  '- [x] Nadia me transmet les relevés de consommation de février',
  '- ~~Visite du dépôt de Vénissieux~~ (annulée)',
  '- Rappeler Nadia dans 3 mois',
);

describe('workspace records', () => {
  it('keep the kind, date, account read from the title, people and who decides, all as plain data', () => {
    const record = read(FIRST_MEETING);
    assert.equal(record.kind, 'meeting');
    assert.equal(record.language, 'fr');
    assert.equal(record.date, '2026-03-02');
    assert.deepEqual(record.account, { key: 'transports girard', name: 'Transports Girard', source: 'title' });
    const nadia = record.people.find((p) => p.key === 'nadia benali')!;
    assert.equal(nadia.side, 'buyer');
    assert.equal(nadia.met, true);
    assert.equal(nadia.role, 'responsable logistique');
    const paul = record.people.find((p) => p.key === 'paul girard')!;
    assert.deepEqual([paul.decision, paul.met], ['decider', false]);
    assert.deepEqual(record.decider, { names: ['Paul Girard'], met: false, known: true });
    // JSON in, JSON out: nothing but data.
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
  });

  it('read commitments without their checkbox, with the due date, the state and the flags', () => {
    const { commitments } = read(FIRST_MEETING);
    assert.deepEqual(commitments.map((c) => [c.text, c.state, c.due]), [
      ['Envoyer le devis de télématique à Nadia Benali d’ici le 9 mars', 'open', '2026-03-09'],
      ['Nadia me transmet les relevés de consommation de février', 'done', undefined],
      ['Visite du dépôt de Vénissieux (annulée)', 'dropped', undefined],
      ['Rappeler Nadia dans 3 mois', 'open', '2026-06-02'],
    ].map(([text, state, due]) => [text, state, due]));
    const [quote, , , callBack] = commitments;
    assert.deepEqual(quote.flags, ['non-decider']);
    assert.equal(quote.target, 'Nadia Benali');
    assert.ok(callBack.flags.includes('no-purpose'));
    // "Rappeler" tells no step apart: nothing is left to recognise it by.
    assert.deepEqual(callBack.keywords, []);
    // Names and dates are left out of the words a later note would share with the step.
    assert.ok(quote.keywords.includes('dev') && quote.keywords.includes('telemat') && !quote.keywords.some((k) => k.startsWith('nadia') || k === 'mar'));
  });

  it('read "… (fait)", "…: done." as done, and "J’aurais tout fait" as open', () => {
    const record = read(note('---', 'type: rdv', 'date: 2026-03-02', '---', '', '# Point Transports Girard', '', '## Participants', '',
      '- Nadia Benali – responsable logistique', '- Moi (commercial)', '', '## Prochaines étapes', '',
      '- Envoyer le devis à Nadia (fait)', '- Nadia transmet les relevés : fait.', '- Organiser la visite du dépôt, tout est fait pour'));
    assert.deepEqual(record.commitments.map((c) => c.state), ['done', 'done', 'open']);
  });

  it('link a follow-up to the note it follows, resolved against its own URI', () => {
    const record = read(note('---', 'type: rdv', 'date: 2026-03-20', 'follows: "../girard/2026-03-02 rdv.md"', '---', '', '# Suivi', '', 'Point rapide.'),
      'file:///notes/suivis/2026-03-20-suivi.md');
    assert.equal(record.follows?.target, '../girard/2026-03-02 rdv.md');
    assert.equal(record.follows?.uri, 'file:///notes/girard/2026-03-02%20rdv.md');
    assert.equal(record.follows?.range.start.line, 3);
  });

  it('read a session’s client, request and action plan', () => {
    const text = readFileSync(join(EXAMPLES, 'bonne-seance-prospection-architecte.md'), 'utf8');
    const record = read(text, 'file:///notes/codev/bonne-seance.md');
    assert.equal(record.kind, 'session');
    assert.deepEqual(record.account, { key: 'elodie', name: 'Élodie', source: 'front-matter' });
    assert.equal(record.session?.client, 'Élodie');
    assert.ok(record.session?.request);
    assert.deepEqual(record.commitments.map((c) => c.due), ['2026-10-02', '2026-10-20', '2026-10-05']);
    assert.ok(record.commitments.every((c) => c.state === 'open' && c.purpose));
  });

  it('read no Monday in a French "mon"', () => {
    const record = read(note('---', 'type: codev', 'lang: fr', 'date: 2026-03-12', 'client: Richard', '---', '',
      '# Séance : Richard et la posture commerciale', '', '## Étape 1 – Exposé', '', 'Ma demande : comment adopter une posture commerciale ?', '',
      '## Étape 5 – Plan d’action', '', '- Faire une expérience avec le verbe de mon choix', '- Sous-traiter la prise de rendez-vous d’ici le 30 avril'),
    'file:///notes/codev/richard.md');
    assert.deepEqual(record.commitments.map((c) => c.due), [undefined, '2026-04-30']);
  });

  it('give ordinary Markdown no account and no commitments, even with a checklist', () => {
    const record = read(note('# Release checklist', '', '- [ ] Tag the release', '- [ ] Update the changelog by Friday'), 'file:///repo/README.md');
    assert.equal(record.kind, 'unknown');
    assert.equal(record.account, undefined);
    assert.deepEqual(record.commitments, []);
  });

  it('take the account from the organisation the buyer’s people work for when the title names none', () => {
    const record = read(note('---', 'type: meeting', 'lang: en', 'date: 2026-09-02', '---', '', '# Call with Sarah', '', '## Attendees', '',
      '- Sarah Lindqvist, Head of Procurement at Brightwater Foods', '- Tom Ecker, plant manager at Brightwater Foods', '- Me (account executive)'));
    assert.deepEqual(record.account, { key: 'brightwater foods', name: 'Brightwater Foods', source: 'people' });
    assert.equal(record.people.find((p) => p.key === 'tom ecker')?.organisation, 'Brightwater Foods');
  });

  it('key accounts without legal forms, and find the buyer in a title but never a person', () => {
    assert.equal(accountKey('Transports Girard SAS'), 'transports girard');
    assert.equal(accountKey('ACME Inc.'), 'acme');
    assert.equal(accountFromTitle('Acme Logistics – renewal discovery meeting', []), 'Acme Logistics');
    assert.equal(accountFromTitle('Rendez-vous Transports Martin', []), 'Transports Martin');
    assert.equal(accountFromTitle('Appel avec Nadia Benali', ['nadia benali']), undefined);
    assert.equal(accountFromTitle('Call with Sarah (Oakridge)', ['sarah']), 'Oakridge');
    assert.equal(accountFromTitle('Rendez-vous du 12 mars', []), undefined);
  });

  it('hash texts so that any change shows', () => {
    assert.equal(hashText(FIRST_MEETING), hashText(`${FIRST_MEETING}`));
    assert.notEqual(hashText(FIRST_MEETING), hashText(FIRST_MEETING.replace('9 mars', '8 mars')));
  });
});
