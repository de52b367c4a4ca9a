// A good note from examples/ gets no Boussole problem at all.
import assert from 'node:assert/strict';
import { SEED_SESSION, findGoodNote } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';

const goodNote = await findGoodNote();
const goodName = goodNote?.split('/').pop();

scenario('good-note-clean', {
  title: 'a good note shows no Boussole problem',
  files: goodNote ? { [goodName]: goodNote, [SEED_SESSION]: SEED_SESSION } : {},
  pending: async () => (goodNote ? undefined : 'examples/ holds no good note (good-*.md, bonne-*.md, or one the CLI finds nothing in)'),
}, async (workbench, shot) => {
  // The good note is opened first; once the seed session's findings show, the server has
  // checked the good note too, so an empty Problems list for it is a real answer.
  await workbench.openFile(goodName);
  await workbench.openFile(SEED_SESSION);
  await workbench.waitForProblem('no-facts');
  const rows = await workbench.problemTexts();
  assert.ok(!rows.some((row) => row.includes(goodName)), `no problem for ${goodName}:\n${rows.join('\n')}`);

  await workbench.openFile(goodName);
  assert.equal(await workbench.squiggleCount(), 0, `no squiggle in ${goodName}`);
  await shot();
});
