// A change of settings re-checks the open notes first, then the rest of the workspace: the note the
// consultant is looking at never waits for the whole workspace to be read again.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { WORKSPACE_NOTES } from './workspace-notes';

const TODAY = '2026-04-15';
const RULE = 'open-items-not-reviewed';
const severityOf = (list: Diagnostic[]) => list.find((d) => d.code === RULE)?.severity;

describe('a configuration change through the protocol', function () {
  this.timeout(30_000);
  let root: string;
  let folder: string;
  let client: TestClient | undefined;
  let settings: Record<string, unknown>;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;

  const start = (options: { pull?: boolean } = {}) => startClient({
    folders: [folder], progress: true, watchFiles: true, env: { BOUSSOLE_TODAY: TODAY },
    configuration: () => settings, pullDiagnostics: options.pull, pullRefresh: options.pull,
  });

  /** What the client saw after the change, from the mark on. */
  const since = (events: readonly string[], mark: string) => events.slice(events.indexOf(mark) + 1);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'boussole-configuration-'));
    folder = join(root, 'notes');
    settings = {};
    for (const [name, text] of Object.entries(WORKSPACE_NOTES)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes the open note before any note of the workspace', async () => {
    client = await start();
    const open = 'acme/2026-03-05-follow-up.md';
    const unopened = uriOf('girard/2026-03-23-suivi.md');
    await client.indexed();
    await client.open(join(folder, open), WORKSPACE_NOTES[open]);
    await client.diagnosticsWhere(unopened, (list) => severityOf(list) === 2);
    client.mark('changed');
    settings = { rules: { [RULE]: 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // The unopened follow-up gets the new severity once the workspace is read again.
    await client.eventsWhere((events) => since(events, 'changed').includes(`diagnostics ${unopened}`)
      && severityOf(client!.published(unopened).at(-1)!.diagnostics) === 1);
    const after = since(client.events, 'changed').filter((event) => event.startsWith('diagnostics '));
    assert.equal(after[0], `diagnostics ${uriOf(open)}`, after.join('\n'));
    assert.ok(after.indexOf(`diagnostics ${uriOf(open)}`) < after.indexOf(`diagnostics ${unopened}`), after.join('\n'));
  });

  it('has a client that pulls pull the open notes again before the workspace is read again', async () => {
    client = await start({ pull: true });
    await client.indexed();
    // The first reading's own request to pull comes first.
    await client.eventsWhere((events) => events.includes('refresh'));
    // A note outside the workspace folders: nothing of the workspace depends on it.
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: client.uri('brouillon.md'), languageId: 'markdown', version: 1, text: WORKSPACE_NOTES['acme/2026-03-05-follow-up.md'] },
    });
    client.mark('changed');
    settings = { rules: { [RULE]: 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.eventsWhere((events) => since(events, 'changed').includes('progress end'));
    const after = since(client.events, 'changed');
    assert.ok(after.includes('refresh') && after.indexOf('refresh') < after.indexOf('progress end'), after.join('\n'));
  });
});
