// The one reader of line labels, inline lists of people and front matter people.
import assert from 'node:assert/strict';
import { frontMatterPeople, inlineList, readLabel, splitList } from '../../../server/src/core/reading/labels';

describe('line labels', () => {
  it('reads every form of question and answer label', () => {
    const read = (text: string) => {
      const label = readLabel(text);
      return label && [label.label, label.role ?? '', label.body];
    };
    assert.deepEqual(read('Q : Que vends-tu ?'), ['Q', 'question', 'Que vends-tu ?']);
    assert.deepEqual(read('Q/ Depuis quand ?'), ['Q', 'question', 'Depuis quand ?']);
    assert.deepEqual(read('Q/Depuis quand ?'), ['Q', 'question', 'Depuis quand ?']);
    assert.deepEqual(read('R/ depuis mars'), ['R', 'answer', 'depuis mars']);
    assert.deepEqual(read('A - since March'), ['A', 'answer', 'since March']);
    assert.deepEqual(read('Q2: how many?'), ['Q2', 'question', 'how many?']);
    assert.deepEqual(read('Réponse : douze'), ['Réponse', 'answer', 'douze']);
    assert.deepEqual(read('-> envoyer la propale'), ['->', 'arrow', 'envoyer la propale']);
    assert.deepEqual(read('→ oui'), ['→', 'arrow', 'oui']);
    assert.deepEqual(read('=> rappeler lundi'), ['=>', 'arrow', 'rappeler lundi']);
    assert.deepEqual(read(': De l’accompagnement'), ['', 'answer', 'De l’accompagnement']);
  });

  it('knows who speaks: client, facilitator, a consultant by letter, a buying role, a name', () => {
    const role = (text: string) => readLabel(text)?.role;
    assert.equal(role('Client : je suis perdu'), 'client');
    assert.equal(role('Animatrice : on commence'), 'facilitator');
    assert.equal(role('Consultant X : ta demande c’est…'), 'consultant');
    assert.equal(role('EB : Marc Petit'), 'stakeholder');
    assert.equal(role('Champion: Sarah'), 'stakeholder');
    assert.equal(readLabel('Marie : on a signé')?.label, 'Marie');
    assert.equal(role('Marie : on a signé'), undefined);
  });

  it('reads no label in ordinary text, times, links or phrases', () => {
    assert.equal(readLabel('Rendez-vous à 10:30 avec le DAF'), undefined);
    assert.equal(readLabel('Voir https://example.com/page'), undefined);
    assert.equal(readLabel('A/B testing showed nothing'), undefined);
    assert.equal(readLabel('Le client nous a dit plusieurs fois en réunion que : non'), undefined);
    assert.equal(readLabel('Quel est le problème ? Une question : laquelle'), undefined);
  });

  it('reads the people of an inline list, with what the note says of them', () => {
    const list = inlineList('Présents : Marie Dupont (DAF, décideuse), Jean Martin – acheteur et moi');
    assert.deepEqual(list?.people.map((p) => [p.name, p.role ?? '']), [
      ['Marie Dupont', 'DAF, décideuse'], ['Jean Martin', 'acheteur'], ['moi', ''],
    ]);
    const text = 'Attendees: Sam Lee (CFO); Priya Shah & Tom Ng';
    const attendees = inlineList(text)!;
    assert.deepEqual(attendees.people.map((p) => p.name), ['Sam Lee', 'Priya Shah', 'Tom Ng']);
    assert.equal(text.slice(attendees.people[1].offset).startsWith('Priya'), true);
    assert.equal(inlineList('Durée : une heure'), undefined);
  });

  it('splits every inline list the same way: brackets and addresses kept whole, separators as asked', () => {
    const text = 'Sophie Carpentier <s.carpentier@acme.fr>, Karim Bensaïd (DSI, sponsor) + Chloé Marin et moi';
    assert.deepEqual(splitList(text, ',;+&').map((e) => e.text), [
      'Sophie Carpentier <s.carpentier@acme.fr>', 'Karim Bensaïd (DSI, sponsor)', 'Chloé Marin', 'moi',
    ]);
    assert.deepEqual(splitList('DAF/DG, Jean').map((e) => e.text), ['DAF', 'DG', 'Jean']);
    // Semicolons part people whose titles follow a comma.
    assert.deepEqual(splitList('Priya Nair, programme lead; Tom Egan, analyst (sponsor, ops); me', ',;+&').map((e) => e.text), [
      'Priya Nair, programme lead', 'Tom Egan, analyst (sponsor, ops)', 'me',
    ]);
    const entries = splitList(text, ',;+&');
    for (const entry of entries) assert.equal(text.slice(entry.offset, entry.offset + entry.text.length), entry.text);
    const contacts = inlineList('Contact : Rachel Kim – CFO + Omar Haddad', { labels: ['contact'], separators: ',;+&' });
    assert.deepEqual(contacts?.people.map((p) => [p.name, p.role ?? '']), [['Rachel Kim', 'CFO'], ['Omar Haddad', '']]);
  });

  it('reads the people of the front matter in its usual shapes', () => {
    const people = frontMatterPeople({
      attendees: ['Marie Dupont, DAF', 'Jean Martin (acheteur)', { name: 'Paul Roy', role: 'DG' }],
      Décideur: 'Paul Roy',
      compte: 'Acme',
    });
    assert.deepEqual(people.attendees, [
      { name: 'Marie Dupont', role: 'DAF' }, { name: 'Jean Martin', role: 'acheteur' }, { name: 'Paul Roy', role: 'DG' },
    ]);
    assert.deepEqual(people.deciders, [{ name: 'Paul Roy', role: undefined }]);
    assert.equal(people.account, 'Acme');
    assert.deepEqual(frontMatterPeople({ participants: 'Ana (CEO), Bo' }).attendees, [{ name: 'Ana', role: 'CEO' }, { name: 'Bo', role: undefined }]);
  });
});
