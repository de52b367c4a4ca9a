// Hovering a step heading explains what the step is for, in the note's language.
import assert from 'node:assert/strict';
import { REFERENCE_SESSION, lineOf } from '../harness/examples.mjs';
import { guessLanguage } from '../harness/language.mjs';
import { scenario } from '../harness/scenario.mjs';

scenario('step-hover', {
  title: 'hover on a step heading shows the step purpose in French',
  files: { [REFERENCE_SESSION]: REFERENCE_SESSION },
}, async (workbench, shot) => {
  await workbench.openFile(REFERENCE_SESSION);
  await workbench.waitForProblem('no-facts'); // the server has read the note

  const heading = 'Réactions et suggestions';
  const hover = await workbench.hover(await lineOf(REFERENCE_SESSION, heading), 'Réactions');
  assert.match(hover, /Étape 4/, `the hover names the step: ${hover}`);
  assert.equal(guessLanguage(hover), 'fr', `the hover is in French: ${hover}`);
  await shot();
});
