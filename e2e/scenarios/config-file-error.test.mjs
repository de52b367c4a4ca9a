// A team's .boussole.jsonc raises a rule to error: Problems shows the error icon and the editor an
// error squiggle; editing the file re-checks the open note.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REFERENCE_SESSION, lineOf } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';

const REFORMULATION = 'Avoir une posture commerciale';

scenario('config-file-error', {
  title: 'a .boussole.jsonc that raises a rule to error shows it as an error; editing the file re-checks',
  files: {
    [REFERENCE_SESSION]: REFERENCE_SESSION,
    '.boussole.jsonc': { text: '// Our team\'s rules\n{\n  "rules": { "request-not-reformulated": "error" }\n}\n' },
  },
}, async (workbench, shot) => {
  await workbench.openFile(REFERENCE_SESSION);
  await workbench.waitForProblem('request-not-reformulated');
  assert.equal(await workbench.problemSeverity('request-not-reformulated'), 'error');
  assert.equal(await workbench.problemSeverity('no-facts'), 'warning', 'the rules the file does not name keep their severity');

  await workbench.goTo(await lineOf(REFERENCE_SESSION, REFORMULATION));
  await workbench.waitForSquiggle('error');
  await shot();

  await writeFile(path.join(workbench.folder, '.boussole.jsonc'), '{ "rules": { "request-not-reformulated": "off" } }\n');
  await workbench.waitForNoProblem('request-not-reformulated');
  await workbench.waitForProblem('no-facts');
});
