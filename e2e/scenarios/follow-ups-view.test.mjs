// The follow-ups view lists the workspace's open next steps, overdue first, though no note is open;
// a click opens the note at the step's line; the status bar counts the overdue ones; a step marked
// done in the editor leaves the view.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { accountFiles, followUpsPane, treeRow } from '../harness/accounts.mjs';
import { scenario } from '../harness/scenario.mjs';

const QUOTE = 'Envoyer le devis de télématique à Nadia Benali';
const NOTE = '2026-10-02-premier-rdv.md';

scenario('follow-ups-view', {
  title: 'the follow-ups view lists an overdue step of an unopened note and opens the note at its line',
  files: await accountFiles(),
}, async (workbench, shot) => {
  const pane = await followUpsPane(workbench);
  const overdue = treeRow(pane, /^\s*Overdue/);
  await overdue.waitFor();
  const row = treeRow(pane, QUOTE);
  await row.waitFor();
  // Its account and flag follow the step's text.
  assert.match(await row.innerText(), /Transports Girard[\s\S]*aimed at a non-decider/);

  // The status bar counts what the Overdue group holds.
  const count = Number((await overdue.innerText()).match(/(\d+)\s*$/)?.[1]);
  assert.ok(count >= 1, `overdue group: ${await overdue.innerText()}`);
  const status = workbench.page.locator('.statusbar-item').filter({ hasText: /\d+ overdue/ }).first();
  await status.waitFor();
  assert.match(await status.innerText(), new RegExp(`\\b${count} overdue`));
  // The folder's section folded, the view gets the height; the mouse away, no tooltip hides it.
  const folder = path.basename(workbench.folder);
  await workbench.page.locator('.pane-header').filter({ hasText: new RegExp(`^\\s*${folder}\\s*$`, 'i') }).first().click();
  await workbench.page.mouse.move(900, 500);
  await shot('follow-ups-view');

  await row.click();
  await workbench.activeTab(NOTE).waitFor();
  // The step is selected: the cursor stands at its end, on line 27.
  await workbench.page.locator('[id="status.editor.selection"]').filter({ hasText: /Ln 27,/ }).waitFor();
  await workbench.line(QUOTE).waitFor();
  await shot('follow-ups-view-opened');

  // Marked done and saved: the server's index changes, the view and the count follow.
  // The view refreshes as the note opens: a click on the step's line puts the keyboard in the editor.
  await workbench.line(QUOTE).click();
  await workbench.page.locator('.editor-instance .monaco-editor.focused').waitFor();
  await workbench.page.keyboard.press('End');
  await workbench.page.keyboard.type(' (fait)');
  // The editor may save it on its own first (code-server's auto save): the file is what counts.
  await workbench.page.keyboard.press('Control+S');
  await waitForFile(path.join(workbench.folder, 'girard', NOTE), /9 octobre \(fait\)$/m);
  await row.waitFor({ state: 'detached' });
  await workbench.page.locator('.statusbar-item').filter({ hasText: new RegExp(`\\b${count - 1} overdue`) }).first().waitFor();
});

async function waitForFile(file, pattern) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = await readFile(file, 'utf8');
    if (pattern.test(text)) return;
    assert.ok(Date.now() < deadline, `${file} never matched ${pattern}:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
