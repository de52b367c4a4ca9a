// The workspace index and its views: accounts, series, predecessors, follow-ups and account maps.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { recordOf } from '../../../server/src/core/workspace/record';
import { accountMap, followUps } from '../../../server/src/core/workspace/views';
import { indexOf, note, uriOf } from '../../helpers/workspace';

const GIRARD_FIRST = note(
  '---', 'type: rdv', 'date: 2026-03-02', '---', '',
  '# Premier rendez-vous – Transports Girard', '',
  '## Participants', '',
  '- Nadia Benali – responsable logistique', '- Moi (commercial)', '',
  '## Processus de décision', '',
  'Paul Girard (DG) signera ; nous ne l’avons pas rencontré.', '',
  '## Prochaines étapes', '',
  '- Envoyer le devis de télématique à Nadia Benali d’ici le 9 mars',
  '- Nadia organise une visite du dépôt de Vénissieux avec les chefs d’équipe avant le 30 mars',
);

// A follow-up names no account: it joins the one of the note it follows.
const GIRARD_FOLLOW_UP = note(
  '---', 'type: rdv', 'date: 2026-03-20', 'follows: ./2026-03-02-premier-rdv.md', '---', '',
  '# Suivi', '',
  '## Participants', '',
  '- Nadia (responsable logistique)', '- Paul Girard, DG', '- Moi (commercial)', '',
  '## Depuis la dernière fois', '',
  'Le devis de télématique a été envoyé le 8 mars ; Paul Girard l’a lu.', '',
  '## Prochaines étapes', '',
  '- Paul Girard valide le budget au comité du 15 avril',
  '- Envoyer les références clients à Nadia',
);

const ACME = note(
  '---', 'type: meeting', 'lang: en', 'date: 2026-03-18', 'account: Acme Logistics', '---', '',
  '# Acme Logistics – discovery call', '',
  '## Attendees', '',
  '- Rachel Kim, COO (decider)', '- Omar Haddad – warehouse operations manager', '- Me (account executive)', '',
  '## Next steps', '',
  '- Omar sends last quarter’s pick error report by 23 March',
  '- Workshop with Rachel and Omar on 2 April to agree the pilot scope',
  '- Call Omar back in Q3',
);

const WORKSPACE = {
  'girard/2026-03-02-premier-rdv.md': GIRARD_FIRST,
  'girard/2026-03-20-suivi.md': GIRARD_FOLLOW_UP,
  'acme/2026-03-18-discovery.md': ACME,
};

describe('workspace index', () => {
  it('groups notes by account, a follow-up joining the account of the note it follows', () => {
    const index = indexOf(WORKSPACE);
    assert.deepEqual(index.accountKeys().sort(), ['acme logistics', 'transports girard']);
    assert.equal(index.accountKeyOf(uriOf('girard/2026-03-20-suivi.md')), 'transports girard');
    assert.deepEqual(index.account('transports girard').map((r) => r.date), ['2026-03-02', '2026-03-20']);
    assert.equal(index.accountName('transports girard'), 'Transports Girard');
  });

  it('gives a note its predecessor: its follows: link, else the previous note of its account', () => {
    const third = note('---', 'type: rdv', 'date: 2026-04-16', 'compte: Transports Girard', '---', '', '# Comité Transports Girard', '', 'Budget validé.');
    const index = indexOf({ ...WORKSPACE, 'girard/2026-04-16-comite.md': third });
    assert.equal(index.predecessor(uriOf('girard/2026-03-20-suivi.md'))?.uri, uriOf('girard/2026-03-02-premier-rdv.md'));
    assert.equal(index.predecessor(uriOf('girard/2026-04-16-comite.md'))?.uri, uriOf('girard/2026-03-20-suivi.md'));
    assert.equal(index.predecessor(uriOf('girard/2026-03-02-premier-rdv.md')), undefined);
    assert.deepEqual(index.seriesOf(uriOf('girard/2026-04-16-comite.md')).map((r) => r.date), ['2026-03-02', '2026-03-20', '2026-04-16']);
    assert.deepEqual(index.laterNotes(uriOf('girard/2026-03-02-premier-rdv.md')).map((r) => r.date), ['2026-03-20', '2026-04-16']);
  });

  it('updates one account when one note changes, and tells which notes to check again', () => {
    const index = indexOf(WORKSPACE);
    const renamed = GIRARD_FIRST.replace('type: rdv', 'type: rdv\ncompte: Girard Frères');
    const affected = index.set(recordOf(analyze(renamed).model, uriOf('girard/2026-03-02-premier-rdv.md'), renamed));
    assert.deepEqual(affected.sort(), [uriOf('girard/2026-03-02-premier-rdv.md'), uriOf('girard/2026-03-20-suivi.md')]);
    // The follow-up moves with the note it follows; Acme is left alone.
    assert.equal(index.accountKeyOf(uriOf('girard/2026-03-20-suivi.md')), 'girard freres');
    assert.deepEqual(index.accountKeys().sort(), ['acme logistics', 'girard freres']);
    const removed = index.delete(uriOf('girard/2026-03-02-premier-rdv.md'));
    assert.deepEqual(removed, [uriOf('girard/2026-03-20-suivi.md')]);
    assert.equal(index.accountKeyOf(uriOf('girard/2026-03-20-suivi.md')), undefined);
    assert.equal(index.predecessor(uriOf('girard/2026-03-20-suivi.md')), undefined);
  });

  it('keeps sessions and meetings of one name in separate series, and team minutes out of every series', () => {
    const session = note('---', 'type: codev', 'lang: fr', 'date: 2026-03-10', 'client: Transports Girard', '---', '',
      '# Séance : Transports Girard et la sous-traitance', '', '## Étape 1 – Exposé', '', 'Ma demande : comment choisir un sous-traitant ?');
    const minutes = note('---', 'date: 2026-01-12', 'follows: ./2025-12-08-equipe.md', '---', '', '# Team meeting, 12 January', '',
      'Attendees: Claire, Hugo, Samir', '', '## Action items', '', '- [ ] Hugo to write the incident review by 16 January');
    const index = indexOf({ ...WORKSPACE, 'codev/2026-03-10-girard.md': session, 'team/2026-01-12.md': minutes,
      'team/2025-12-08-equipe.md': note('# Réunion d’équipe', '', '- [ ] Claire met à jour le runbook') });
    assert.deepEqual(index.seriesOf(uriOf('codev/2026-03-10-girard.md')).map((r) => r.kind), ['session']);
    assert.deepEqual(index.seriesOf(uriOf('girard/2026-03-20-suivi.md')).map((r) => r.kind), ['meeting', 'meeting']);
    assert.equal(index.predecessor(uriOf('girard/2026-03-20-suivi.md'))?.kind, 'meeting');
    assert.equal(index.inSeries(uriOf('team/2026-01-12.md')), false);
    assert.equal(index.inSeries(uriOf('girard/2026-03-20-suivi.md')), true);
    assert.ok(!followUps(index, '2026-06-01').overdue.some((entry) => entry.location.uri.includes('/team/')));
  });

  it('finds a note whatever the encoding of its URI', () => {
    const index = indexOf({ 'codev/séance.md': note('# Séance', '', 'Texte.') });
    assert.ok(index.get('file:///notes/codev/séance.md'));
    assert.ok(index.get('file:///notes/codev/s%C3%A9ance.md'));
  });
});

describe('follow-ups view', () => {
  it('lists open commitments by due date, leaving out what a later note reports on', () => {
    const result = followUps(indexOf(WORKSPACE), '2026-03-26');
    const texts = (list: { text: string }[]) => list.map((entry) => entry.text);
    // The quote was reported on by the follow-up; the depot visit was not.
    assert.deepEqual(texts(result.overdue), ['Omar sends last quarter’s pick error report by 23 March']);
    assert.deepEqual(texts(result.thisWeek), [
      'Nadia organise une visite du dépôt de Vénissieux avec les chefs d’équipe avant le 30 mars',
      'Workshop with Rachel and Omar on 2 April to agree the pilot scope',
    ]);
    assert.deepEqual(texts(result.later), ['Paul Girard valide le budget au comité du 15 avril']);
    assert.deepEqual(texts(result.undated), ['Envoyer les références clients à Nadia', 'Call Omar back in Q3']);
    const [overdue] = result.overdue;
    assert.deepEqual(overdue.location, { uri: uriOf('acme/2026-03-18-discovery.md'), range: overdue.location.range });
    assert.equal(overdue.location.range.start.line, 17);
    assert.deepEqual([overdue.account, overdue.accountKey, overdue.language, overdue.note, overdue.due],
      ['Acme Logistics', 'acme logistics', 'en', 'Acme Logistics – discovery call', '2026-03-23']);
    assert.ok(result.undated[1].flags.includes('no-purpose'));
    assert.equal(result.complete, true);
  });
});

describe('follow-ups view, by week', () => {
  it('puts a step due today or within seven days in this week, and one due yesterday in overdue', () => {
    const steps = note('---', 'type: meeting', 'lang: en', 'date: 2026-06-01', 'account: Corvel Analytics', '---', '',
      '# Corvel Analytics – pricing call', '', '## Attendees', '', '- Hannah Reid, CFO (decider)', '- Me (account executive)', '',
      '## Next steps', '',
      '- Hannah sends the usage figures by 9 June', '- Hannah confirms the budget line by 10 June',
      '- Hannah shares the procurement checklist by 17 June', '- Hannah introduces the data team by 18 June');
    const result = followUps(indexOf({ 'corvel/2026-06-01.md': steps }), '2026-06-10');
    assert.deepEqual([result.overdue, result.thisWeek, result.later].map((list) => list.map((entry) => entry.due)),
      [['2026-06-09'], ['2026-06-10', '2026-06-17'], ['2026-06-18']]);
  });
});

describe('account map', () => {
  it('shows the buyer’s people once each, who decides, and where they were met', () => {
    const index = indexOf(WORKSPACE);
    const { account } = accountMap(index, { uri: uriOf('girard/2026-03-20-suivi.md') });
    assert.ok(account);
    assert.equal(account.name, 'Transports Girard');
    assert.equal(account.language, 'fr');
    assert.deepEqual(account.notes.map((n) => [n.title, n.date]), [['Premier rendez-vous – Transports Girard', '2026-03-02'], ['Suivi', '2026-03-20']]);
    const byName = new Map(account.stakeholders.map((s) => [s.name, s]));
    assert.deepEqual([...byName.keys()].sort(), ['Nadia Benali', 'Paul Girard']);
    const nadia = byName.get('Nadia Benali')!;
    assert.deepEqual(nadia.met.map((m) => m.date), ['2026-03-02', '2026-03-20']);
    const paul = byName.get('Paul Girard')!;
    assert.equal(paul.decision, 'decider');
    assert.deepEqual(paul.met.map((m) => m.date), ['2026-03-20']);
    assert.equal(accountMap(index, { accountKey: 'nobody' }).account, undefined);
  });

  it('points at where a decider never met is named', () => {
    const { account } = accountMap(indexOf({ 'girard/2026-03-02-premier-rdv.md': GIRARD_FIRST }), { accountKey: 'transports girard' });
    const paul = account!.stakeholders.find((s) => s.name === 'Paul Girard')!;
    assert.deepEqual(paul.met, []);
    assert.equal(paul.namedAt?.range.start.line, 14);
  });
});
