// The small workspace of two accounts (Acme Logistics in English, Transports Girard in French) that
// the workspace scenarios open, and the panes they read: the follow-ups view and the account map's webview.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './env.mjs';

const ACCOUNTS = path.join(repoRoot, 'e2e', 'workspaces', 'accounts');

/** Every note of the workspace, as the `files` of a scenario. */
export async function accountFiles() {
  const files = {};
  for (const name of (await readdir(ACCOUNTS, { recursive: true })).filter((entry) => entry.endsWith('.md')).sort()) {
    files[name] = { text: await readFile(path.join(ACCOUNTS, name), 'utf8') };
  }
  return files;
}

/** The follow-ups view's pane in the Explorer, expanded. */
export async function followUpsPane(workbench) {
  const page = workbench.page;
  // The whole header text: the workspace folder's own header may start with the same words.
  const header = page.locator('.pane-header').filter({ hasText: /^\s*Follow-ups\s*$/i }).first();
  await header.waitFor();
  if (!/\bexpanded\b/.test((await header.getAttribute('class')) ?? '')) await header.click();
  return page.locator('.pane').filter({ has: header });
}

/** The rows of a tree view's pane whose text matches. */
export function treeRow(pane, text) {
  return pane.locator('.monaco-list-row').filter({ hasText: text }).first();
}

/**
 * The account map's page: a webview is an iframe holding the page's own iframe. The outer frame
 * exists as soon as the panel opens; the inner one once the HTML is set.
 */
export function accountMapFrame(workbench) {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}
