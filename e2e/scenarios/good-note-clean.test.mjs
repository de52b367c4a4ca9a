// A good note from examples/ gets no Boussole problem at all.
import assert from 'node:assert/strict';
import { REFERENCE_SESSION, findGoodNote } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';

const goodNote = await findGoodNote();
const goodName = goodNote?.split('/').pop();
// Problems keeps to the open notes here: a closed note's findings would otherwise stay. A good note
// alone in its account is asked nothing across notes, whatever the day the test runs.
const settings = { 'boussole.workspaceDiagnostics': false };

scenario('good-note-clean', {
  title: 'a good note shows no Boussole problem',
  files: goodNote
    ? { [goodName]: goodNote, [REFERENCE_SESSION]: REFERENCE_SESSION, '.vscode/settings.json': { text: JSON.stringify(settings) } }
    : {},
  pending: async () => (goodNote ? undefined : 'examples/ holds no good note (good-*.md, bonne-*.md, or one the CLI finds nothing in)'),
}, async (workbench, shot) => {
  // The good note is opened first; once the reference session's findings show, the server has
  // checked the good note too. Closing the reference session withdraws its findings: what stays is the good note's.
  await workbench.openFile(goodName);
  await workbench.openFile(REFERENCE_SESSION);
  await workbench.waitForProblem('no-facts');
  await workbench.closeEditor(REFERENCE_SESSION);
  await workbench.waitForNoProblem('no-facts');
  const rows = await workbench.problemTexts();
  assert.deepEqual(rows, [], `no problem for ${goodName}`);
  await workbench.activeTab(goodName).waitFor();
  assert.equal(await workbench.squiggleCount(), 0, `no squiggle in ${goodName}`);
  await shot();
});
