// Problems shows the whole workspace: a note nobody opened gets its cross-note finding (a quote
// promised for 9 October that no later note of the account speaks of), from the server's workspace index.
import assert from 'node:assert/strict';
import { accountFiles } from '../harness/accounts.mjs';
import { scenario } from '../harness/scenario.mjs';
import { sourcedByBoussole } from '../harness/workbench.mjs';

const RULE = 'overdue-commitment';
const NOTE = '2026-10-02-premier-rdv.md';

scenario('workspace-problems', {
  title: 'an unopened note’s cross-note finding appears in Problems',
  files: await accountFiles(),
}, async (workbench, shot) => {
  const problem = await workbench.waitForProblem(RULE);
  assert.match(problem, sourcedByBoussole(RULE), problem);
  // Problems groups findings under their file: the one above this row is the unopened note.
  const file = workbench.page.locator('.markers-panel .monaco-list-row').filter({ hasText: NOTE }).first();
  await file.waitFor();
  assert.equal(await workbench.page.locator('.tabs-container .tab').count(), 0, 'no note is open');
  await shot('workspace-problems');
});
