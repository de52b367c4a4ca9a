// The reference sales meeting: the next step is aimed at someone who does not decide.
import assert from 'node:assert/strict';
import { REFERENCE_MEETING, lineOf } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';
import { sourcedByBoussole } from '../harness/workbench.mjs';

const NEXT_STEP = 'Présenter notre proposition à Jean Dupont';

scenario('reference-meeting-findings', {
  title: 'reference meeting: next-step-non-decider on the next step line',
  files: { [REFERENCE_MEETING]: REFERENCE_MEETING },
}, async (workbench, shot) => {
  const nextStepLine = await lineOf(REFERENCE_MEETING, NEXT_STEP);

  await workbench.openFile(REFERENCE_MEETING);
  const problem = await workbench.waitForProblem('next-step-non-decider');
  assert.match(problem, sourcedByBoussole('next-step-non-decider'), problem);
  assert.match(problem, new RegExp(`\\[Ln ${nextStepLine}, Col \\d+\\]`), `the finding is on line ${nextStepLine}`);

  await workbench.waitForSquiggleOn(nextStepLine, NEXT_STEP);
  await shot();
});
