// The seed sales meeting: the next step is aimed at someone who does not decide.
import assert from 'node:assert/strict';
import { SEED_MEETING, lineOf } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';
import { sourcedByBoussole } from '../harness/workbench.mjs';

const NEXT_STEP = 'Présenter notre proposition à Jean Dupont';

scenario('seed-meeting-findings', {
  title: 'seed meeting: next-step-non-decider on the next step line',
  files: { [SEED_MEETING]: SEED_MEETING },
}, async (workbench, shot) => {
  const nextStepLine = await lineOf(SEED_MEETING, NEXT_STEP);

  await workbench.openFile(SEED_MEETING);
  const problem = await workbench.waitForProblem('next-step-non-decider');
  assert.match(problem, sourcedByBoussole('next-step-non-decider'), problem);
  assert.match(problem, new RegExp(`\\[Ln ${nextStepLine}, Col \\d+\\]`), `the finding is on line ${nextStepLine}`);

  await workbench.waitForSquiggleOn(nextStepLine, NEXT_STEP);
  await shot();
});
