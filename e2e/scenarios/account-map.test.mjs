// The CodeLens on a meeting note's title opens the account map: a picture of the account's people,
// the decider first and the champion next, with the notes where each was met; a click on a card
// opens the latest note that met the person, at their line.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { accountFiles, accountMapFrame } from '../harness/accounts.mjs';
import { scenario } from '../harness/scenario.mjs';

const NOTE = '2026-09-15-discovery.md';

scenario('account-map', {
  title: 'the account map opens from the CodeLens on a meeting title and shows the stakeholders',
  files: await accountFiles(),
}, async (workbench, shot) => {
  await workbench.explorerRow('acme').click();
  await workbench.openFile(NOTE);
  const lens = workbench.page.locator('.codelens-decoration a').filter({ hasText: 'Account map' }).first();
  await lens.waitFor();
  await lens.click();

  await workbench.page.locator('.tabs-container .tab').filter({ hasText: 'Account map: Acme Logistics' }).waitFor();
  const map = accountMapFrame(workbench);
  const people = map.locator('svg.account-map g.person');
  await people.first().waitFor();
  assert.equal(await people.count(), 3);
  // SVG elements have no innerText: their text content is what they show.
  const names = await map.locator('svg.account-map g.person text.name').allTextContents();
  assert.deepEqual(names, ['Rachel Kim', 'Omar Haddad', 'Priya Shah']);
  assert.equal(await map.locator('g.person.decides text.name').textContent(), 'Rachel Kim');
  assert.equal(await map.locator('g.person.champion text.name').textContent(), 'Omar Haddad');
  assert.match(await map.locator('.verdict').textContent(), /Decider met/);
  // The page's one script is allowed by its nonce, and nothing else is.
  const policy = await map.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /^default-src 'none'; style-src 'nonce-([^']+)'; script-src 'nonce-\1';/);
  // VS Code adds its own host script to the page; the map's own is the one that posts a link's id.
  const own = await map.locator('script').evaluateAll((scripts) => scripts.filter((script) => script.textContent.includes('data-link')).map((script) => script.nonce));
  assert.equal(own.length, 1);
  assert.equal(own[0], policy.match(/script-src 'nonce-([^']+)'/)[1]);
  await shot('account-map');

  // Omar Haddad was met last in the workshop: his card opens it at his line.
  const workshop = '2026-10-06-workshop.md';
  const lines = (await readFile(path.join(workbench.folder, 'acme', workshop), 'utf8')).split('\n');
  const line = lines.findIndex((text) => text.includes('Omar Haddad')) + 1;
  await map.locator('g.person.champion').click();
  // The note opens in the first group, beside the map, which keeps the focus of its group.
  await workbench.page.locator('.tabs-container .tab').filter({ hasText: workshop }).waitFor();
  await workbench.page.locator('[id="status.editor.selection"]').filter({ hasText: new RegExp(`Ln ${line},`) }).waitFor();
  await shot('account-map-opened');
});
