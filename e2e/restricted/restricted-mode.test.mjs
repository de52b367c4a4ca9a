// With workspace trust on and the folder not trusted (Restricted Mode), Boussole still checks notes:
// it executes nothing from the workspace. Run by e2e/run.sh in a code-server started with trust on.
import assert from 'node:assert/strict';
import { REFERENCE_SESSION } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';
import { sourcedByBoussole } from '../harness/workbench.mjs';

scenario('restricted-mode', {
  title: 'in Restricted Mode (untrusted folder) notes are still checked',
  files: { [REFERENCE_SESSION]: REFERENCE_SESSION },
}, async (workbench, shot) => {
  // The status bar says the window is in Restricted Mode.
  await workbench.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
  await workbench.openFile(REFERENCE_SESSION);
  const problem = await workbench.waitForProblem('no-facts');
  assert.match(problem, sourcedByBoussole('no-facts'), problem);
  await shot();
});
