// The transcribed seed session: Boussole reports missing facts and an unchanged request.
import assert from 'node:assert/strict';
import { SEED_SESSION, lineOf } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';
import { sourcedByBoussole } from '../harness/workbench.mjs';

scenario('seed-session-findings', {
  title: 'seed session: no-facts and request-not-reformulated in Problems, squiggle on the clarification heading',
  files: { [SEED_SESSION]: SEED_SESSION },
}, async (workbench, shot) => {
  await workbench.openFile(SEED_SESSION);

  const noFacts = await workbench.waitForProblem('no-facts');
  const notReformulated = await workbench.waitForProblem('request-not-reformulated');
  assert.match(noFacts, sourcedByBoussole('no-facts'), noFacts);
  assert.match(notReformulated, sourcedByBoussole('request-not-reformulated'), notReformulated);

  const heading = 'Questions de clarification';
  await workbench.waitForSquiggleOn(await lineOf(SEED_SESSION, heading), heading);
  await shot();
});
