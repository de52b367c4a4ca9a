// The transcribed reference session: Boussole reports missing facts and an unchanged request.
import assert from 'node:assert/strict';
import { REFERENCE_SESSION, lineOf } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';
import { sourcedByBoussole } from '../harness/workbench.mjs';

scenario('reference-session-findings', {
  title: 'reference session: no-facts and request-not-reformulated in Problems, squiggle on the clarification heading',
  files: { [REFERENCE_SESSION]: REFERENCE_SESSION },
}, async (workbench, shot) => {
  await workbench.openFile(REFERENCE_SESSION);

  const noFacts = await workbench.waitForProblem('no-facts');
  const notReformulated = await workbench.waitForProblem('request-not-reformulated');
  assert.match(noFacts, sourcedByBoussole('no-facts'), noFacts);
  assert.match(notReformulated, sourcedByBoussole('request-not-reformulated'), notReformulated);

  const heading = 'Questions de clarification';
  await workbench.waitForSquiggleOn(await lineOf(REFERENCE_SESSION, heading), heading);
  await shot();
});
