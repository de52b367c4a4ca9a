// A rule turned off in the workspace's boussole.rules setting leaves the Problems panel at once;
// the other findings stay.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REFERENCE_SESSION } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';

scenario('settings-rule-off', {
  title: 'a rule set off in boussole.rules disappears from Problems, the others stay',
  files: { [REFERENCE_SESSION]: REFERENCE_SESSION },
}, async (workbench, shot) => {
  await workbench.openFile(REFERENCE_SESSION);
  await workbench.waitForProblem('no-facts');
  await workbench.waitForProblem('request-not-reformulated');

  // As if typed into .vscode/settings.json: VS Code reloads it and tells the server.
  const settings = path.join(workbench.folder, '.vscode', 'settings.json');
  await mkdir(path.dirname(settings), { recursive: true });
  await writeFile(settings, JSON.stringify({ 'boussole.rules': { 'no-facts': 'off' } }, null, 2));

  await workbench.waitForNoProblem('no-facts');
  await workbench.waitForProblem('request-not-reformulated');
  await shot();
});
