// A note's action items, read once for the follow-up and the link hover, each with its own scope.
import assert from 'node:assert/strict';
import { type ActionScope, noteActions } from '../../server/src/core/reading/actions';
import { buildNote, splitLines } from '../../server/src/core/model';

const SESSION = [
  '---', 'type: codev', '---', '', '# Séance – Claire', '', '## Étape 5 – Plan d’action', '', 'Mes actions :', '',
  '- [x] Appeler **Marie**', '- [ ] Écrire à [Jean](./jean.md)', '  avant le 10 avril', '', 'Je me sens prête.', '',
  '## Prochaines étapes', '', '- Revoir le groupe en mai', '', '## Divers', '', '- [ ] Ranger le bureau', '',
].join('\n');

function actions(text: string, scope: ActionScope) {
  return noteActions(buildNote(text), splitLines(text), scope).map(({ text: plain, written, done }) => [plain, written, done]);
}

describe('note actions', () => {
  it('give each item its plain first line, its whole text as written and its done state', () => {
    assert.deepEqual(actions(SESSION, { sessionNextSteps: false, checklists: 'any-note', prose: 'without-list' }), [
      ['Appeler Marie', 'Appeler **Marie**', true],
      ['Écrire à Jean', 'Écrire à [Jean](./jean.md) avant le 10 avril', false],
      ['Ranger le bureau', 'Ranger le bureau', false],
    ]);
  });

  it('widen to a session’s next steps and the prose of its plan, and leave its checklists out, when asked', () => {
    assert.deepEqual(actions(SESSION, { sessionNextSteps: true, checklists: 'unknown-kind', prose: 'always' }).map(([, written]) => written), [
      'Mes actions :', 'Appeler **Marie**', 'Écrire à [Jean](./jean.md) avant le 10 avril', 'Je me sens prête.', 'Revoir le groupe en mai',
    ]);
  });
});
