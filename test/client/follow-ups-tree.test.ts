// The follow-ups view's tree, built from what the server answers for a small workspace of French and
// English meeting notes (two accounts), without VS Code.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { followUpTree } from '../../client/src/follow-ups/tree';
import { followUps } from '../../server/src/core/workspace/views';
import { english, french } from '../helpers/localiser';
import { indexOf, notesIn, uriOf } from '../helpers/workspace';

const WORKSPACE = notesIn(join(__dirname, '..', '..', 'e2e', 'workspaces', 'accounts'));
const TODAY = '2026-10-26';

describe('follow-ups view', () => {
  const result = followUps(indexOf(WORKSPACE), TODAY);

  it('groups the open steps overdue, this week, later, undated, leaving empty groups out', () => {
    const tree = followUpTree(result, english, TODAY);
    assert.deepEqual(tree.groups.map((g) => [g.label, g.description, g.expanded]), [
      ['Overdue', '3', true], ['This week', '1', true], ['No date', '1', false],
    ]);
    assert.equal(tree.overdue, 3);
    assert.equal(tree.message, undefined);
    const [overdue] = tree.groups;
    assert.deepEqual(overdue.children.map((item) => item.label), [
      'Envoyer le devis de télématique à Nadia Benali d’ici le 9 octobre',
      'Priya sends us the security questionnaire by 13 October',
      'Send Rachel Kim the pilot proposal by 20 October, for her decision at the steering committee',
    ]);
  });

  it('shows each step’s account, lateness and flags, and where a click takes the editor', () => {
    const [quote] = followUpTree(result, english, TODAY).groups[0].children;
    assert.equal(quote.description, 'Transports Girard · 17 days late · aimed at a non-decider');
    assert.equal(quote.icon, 'warning');
    assert.deepEqual(quote.location, { uri: uriOf('girard/2026-10-02-premier-rdv.md'), range: quote.location.range });
    assert.equal(quote.location.range.start.line, 26);
    assert.equal(quote.tooltip, [
      'Envoyer le devis de télématique à Nadia Benali d’ici le 9 octobre',
      'Transports Girard — Premier rendez-vous – Transports Girard',
      'Due 2026-10-09',
      '⚑ aimed at a non-decider',
    ].join('\n'));
    const [visit] = followUpTree(result, english, TODAY).groups[1].children;
    assert.equal(visit.description, 'Transports Girard · 2026-10-30');
    const [later] = followUpTree(result, english, TODAY).groups[2].children;
    assert.equal(later.description, 'Transports Girard · aimed at a non-decider · no purpose');
  });

  it('speaks French with the French bundle', () => {
    const tree = followUpTree(result, french, TODAY);
    assert.deepEqual(tree.groups.map((g) => g.label), ['En retard', 'Cette semaine', 'Sans date']);
    assert.equal(tree.groups[0].children[0].description, 'Transports Girard · 17 jours de retard · vise un non-décideur');
    assert.equal(tree.groups[2].children[0].description, 'Transports Girard · vise un non-décideur · sans objet');
  });

  it('keeps ids stable across refreshes and says when the list may be incomplete or is empty', () => {
    const ids = (tree: ReturnType<typeof followUpTree>) => tree.groups.flatMap((g) => g.children.map((item) => item.id));
    assert.deepEqual(ids(followUpTree(result, english, TODAY)), ids(followUpTree(followUps(indexOf(WORKSPACE), TODAY), english, TODAY)));
    assert.equal(new Set(ids(followUpTree(result, english, TODAY))).size, 5);
    const reading = followUpTree({ ...result, complete: false }, french);
    assert.equal(reading.message, 'Lecture des notes de l’espace de travail… la liste peut être incomplète.');
    const empty = followUpTree({ overdue: [], thisWeek: [], later: [], undated: [], complete: true }, english);
    assert.deepEqual([empty.groups, empty.overdue, empty.message], [[], 0, 'No open next step or action in the workspace’s notes.']);
    // Without today, an overdue step shows its date.
    assert.match(followUpTree(result, english).groups[0].children[0].description, /· 2026-10-09 ·/);
  });
});
