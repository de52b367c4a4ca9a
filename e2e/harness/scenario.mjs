// One scenario = one fresh workspace folder, one fresh browser, one workbench page.
// A scenario that fails leaves its screenshot and the code-server log in e2e-artifacts/.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { artifactsDir, codeServerLog, examplesDir, scratchDir } from './env.mjs';
import { Workbench } from './workbench.mjs';

const SCENARIO_TIMEOUT_MS = 180_000;

/**
 * @param {string} slug names the workspace folder and the screenshots
 * @param {{ title: string, files: Record<string, string | null | { text: string }>, pending?: () => Promise<string | undefined> }} spec
 *   files: name (may name a subfolder) -> example file to copy (a path under examples/), null for
 *   an empty file, or { text } for a file with that text.
 *   pending: resolves to the reason the scenario cannot run yet, or undefined when it can.
 * @param {(workbench: Workbench, shot: (name?: string) => Promise<void>) => Promise<void>} body
 */
export function scenario(slug, spec, body) {
  test(spec.title, { timeout: SCENARIO_TIMEOUT_MS }, async (t) => {
    const reason = spec.pending ? await spec.pending() : undefined;
    if (reason) {
      t.skip(`pending: ${reason}`);
      return;
    }
    const folder = await prepareWorkspace(slug, spec.files);
    await mkdir(artifactsDir(), { recursive: true });
    let workbench;
    const shot = (name = slug) => workbench.screenshot(path.join(artifactsDir(), `${name}.png`));

    const browser = await launchBrowser();
    try {
      workbench = await Workbench.open(browser, folder);
      await body(workbench, shot);
    } catch (error) {
      await saveFailure(slug, workbench, browser);
      throw error;
    } finally {
      await browser.close();
    }
  });
}

async function prepareWorkspace(slug, files) {
  const folder = path.join(scratchDir(), 'workspaces', slug);
  await mkdir(folder, { recursive: true });
  for (const [name, example] of Object.entries(files)) {
    const target = path.join(folder, name);
    await mkdir(path.dirname(target), { recursive: true });
    if (example === null) await writeFile(target, '');
    else if (typeof example === 'object') await writeFile(target, example.text);
    else await copyFile(path.join(examplesDir, example), target);
  }
  return folder;
}

async function saveFailure(slug, workbench, browser) {
  const base = path.join(artifactsDir(), `${slug}-failed`);
  try {
    if (workbench) await workbench.screenshot(`${base}.png`);
    else if (browser.contexts()[0]?.pages()[0]) await browser.contexts()[0].pages()[0].screenshot({ path: `${base}.png` });
  } catch (error) {
    console.error(`could not save the failure screenshot: ${error.message}`);
  }
  await copyFile(codeServerLog(), `${base}-code-server.log`).catch(() => {});
  await copyExtensionLogs(`${base}-`);
  console.error(`failure artifacts: ${base}*`);
}

/** The language client's output channels, which hold the server's own errors. */
async function copyExtensionLogs(prefix) {
  const logs = path.join(scratchDir(), 'user-data', 'logs');
  const entries = await readdir(logs, { recursive: true }).catch(() => []);
  for (const entry of entries.filter((name) => /boussole/i.test(path.basename(name)))) {
    await copyFile(path.join(logs, entry), `${prefix}${path.basename(entry)}`).catch(() => {});
  }
}
