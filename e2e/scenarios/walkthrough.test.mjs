// The walkthrough opens from the Welcome page and its first button starts a co-development session.
import assert from 'node:assert/strict';
import { REFERENCE_MEETING } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';

scenario('walkthrough', {
  title: 'the walkthrough teaches the six steps and its button starts a session note',
  files: { [REFERENCE_MEETING]: REFERENCE_MEETING },
}, async (workbench, shot) => {
  // The extension host knows the extension once its findings show.
  await workbench.openFile(REFERENCE_MEETING);
  await workbench.waitForProblem('next-step-non-decider');

  await workbench.page.keyboard.press('F1');
  const input = workbench.page.locator('.quick-input-widget input');
  await input.fill('>Welcome: Open Walkthrough');
  await workbench.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
  await workbench.page.keyboard.press('Enter');
  await workbench.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with Boussole' }).first().click();

  const step = workbench.page.getByText('The six steps of co-development').first();
  await step.waitFor();
  const button = workbench.page.getByRole('button', { name: 'New co-development session' }).first();
  await button.waitFor();
  // The step's page (media/walkthrough/six-steps.md) renders in a webview beside it.
  await workbench.page.locator('.getting-started-media iframe.webview.ready').waitFor();
  await shot();
  await button.click();
  await workbench.activeTab('Untitled-1').waitFor();
  await workbench.line('Step 1').waitFor();
  assert.match((await workbench.visibleLines()).join('\n'), /Step 2 – Clarification questions/);
});
