// `boussole.workspace.index` through the protocol: `off` reads nothing in the background and gives
// no cross-note finding at all, open notes included; `auto` waits for a note in the folders.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ACCOUNT_MAP_REQUEST, FOLLOW_UPS_REQUEST, type FollowUpsResult } from '../../server/src/lsp/protocol';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { WORKSPACE_NOTES } from './workspace-notes';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('the boussole.workspace.index setting through the protocol', function () {
  this.timeout(30_000);
  let root: string;
  let folder: string;
  let client: TestClient | undefined;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
  const start = (settings: Record<string, unknown>) => startClient({
    folders: [folder], progress: true, watchFiles: true, env: { BOUSSOLE_TODAY: '2026-04-15' }, configuration: () => settings,
  });
  const write = (notes: Record<string, string>) => {
    for (const [name, text] of Object.entries(notes)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'boussole-index-setting-'));
    folder = join(root, 'notes');
    mkdirSync(folder);
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('off: no background reading, no unopened note, no cross-note finding between open notes', async () => {
    write(WORKSPACE_NOTES);
    client = await start({ workspace: { index: 'off' } });
    const first = 'girard/2026-03-02-premier-rdv.md';
    const follow = 'girard/2026-03-23-suivi.md';
    await client.open(join(folder, first), WORKSPACE_NOTES[first]);
    const own = await client.open(join(folder, follow), WORKSPACE_NOTES[follow]);
    const meeting = client.published(uriOf(first)).at(-1)?.diagnostics ?? [];
    assert.ok(codes(meeting).includes('next-step-non-decider'), `each open note is still checked on its own: ${codes(meeting)}`);
    assert.ok(!codes(own).includes('open-items-not-reviewed'), JSON.stringify(codes(own)));
    const result = await client.connection.sendRequest<FollowUpsResult>(FOLLOW_UPS_REQUEST, {});
    assert.equal(result.off, true);
    assert.deepEqual(result.overdue, []);
    assert.deepEqual(await client.connection.sendRequest(ACCOUNT_MAP_REQUEST, { uri: uriOf(follow) }), { off: true });
    // Asked after the two openings: anything the server was going to send for the others is out.
    assert.deepEqual(client.published(uriOf('acme/2026-02-10-kickoff.md')), []);
    assert.deepEqual(client.progress, [], 'no background reading');
  });

  it('auto: a folder without notes is read once a note is opened there', async () => {
    client = await start({});
    await client.connection.sendRequest<FollowUpsResult>(FOLLOW_UPS_REQUEST, {});
    assert.deepEqual(client.progress, [], 'nothing to read yet');
    write(WORKSPACE_NOTES);
    const follow = 'girard/2026-03-23-suivi.md';
    await client.open(join(folder, follow), WORKSPACE_NOTES[follow]);
    await client.indexed();
    await client.diagnosticsWhere(uriOf(follow), (list) => codes(list).includes('open-items-not-reviewed'));
    assert.ok(client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('**/*.{md,markdown}')), 'the notes are watched from then on');
  });

  it('auto: a folder of READMEs and guides is not read nor watched until a meeting or session note is opened', async () => {
    write({
      'README.md': '# Scheduler\n\nA small job scheduler.\n\n## Install\n\n1. Clone the repository.\n2. Run `npm install`.\n3. Run `npm start`.\n',
      'docs/contributing.md': '# Contributing\n\nOpen an issue first, then a pull request with tests. The maintainers review it within a week.\n',
      'docs/meetings/2026-03-02.md': '# Maintainers sync, 2 March\n\nAttendees: Ana, Bo, Chris\n\n- Release 2.1 slips a week.\n- Bo reviews the plugin API RFC.\n',
    });
    client = await start({});
    const readme = await client.open(join(folder, 'README.md'), '# Scheduler\n\nA small job scheduler.\n');
    assert.deepEqual(codes(readme), []);
    await client.connection.sendRequest<FollowUpsResult>(FOLLOW_UPS_REQUEST, {});
    assert.deepEqual(client.progress, [], 'the READMEs are not read in the background');
    assert.ok(!client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('**/*.{md,markdown}')), 'nor watched');
    write(WORKSPACE_NOTES);
    const follow = 'girard/2026-03-23-suivi.md';
    await client.open(join(folder, follow), WORKSPACE_NOTES[follow]);
    await client.indexed();
    await client.diagnosticsWhere(uriOf(follow), (list) => codes(list).includes('open-items-not-reviewed'));
  });
});
