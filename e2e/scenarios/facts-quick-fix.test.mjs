// The no-facts finding offers a quick fix that inserts a Facts section, and then goes away.
import assert from 'node:assert/strict';
import path from 'node:path';
import { examplesDir } from '../harness/env.mjs';
import { REFERENCE_SESSION } from '../harness/examples.mjs';
import { quickFixTitles } from '../harness/quick-fix-probe.mjs';
import { scenario } from '../harness/scenario.mjs';

const FACTS_FIX = /fait|fact/i;
const FACTS_SECTION = /^(#+\s*|\*\*)(Faits|Facts)\b/m;
const titles = await quickFixTitles(path.join(examplesDir, REFERENCE_SESSION), 'no-facts');
const factsFix = titles.find((title) => FACTS_FIX.test(title));

scenario('facts-quick-fix', {
  title: 'quick fix on no-facts inserts a Facts section and clears the finding',
  files: { [REFERENCE_SESSION]: REFERENCE_SESSION },
  pending: async () => (factsFix ? undefined : 'the language server offers no quick fix for no-facts yet'),
}, async (workbench, shot) => {
  await workbench.openFile(REFERENCE_SESSION);
  const problem = await workbench.waitForProblem('no-facts');
  const [, line, column] = /\[Ln (\d+), Col (\d+)\]/.exec(problem);
  await workbench.goTo(Number(line), Number(column));
  await workbench.applyQuickFix(factsFix);
  await workbench.waitForNoProblem('no-facts');
  const text = await workbench.saveAndRead(REFERENCE_SESSION, (saved) => FACTS_SECTION.test(saved));
  const factsLine = text.split('\n').findIndex((line) => FACTS_SECTION.test(line)) + 1;
  assert.ok(factsLine > 0, 'a Facts section was inserted');
  await workbench.goTo(factsLine); // so the screenshot shows the inserted section
  await shot();
});
