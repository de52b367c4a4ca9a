// A note closed while the editor still waits for one of its pulls: Problems must not keep its
// findings. The client below keeps diagnostics as VS Code's language client does for a server that
// reports workspace diagnostics: once a note is closed, its document reports are dropped and only a
// workspace report clears it; a workspace report's items for a note are dropped while a document
// pull of that note is in flight (its result id is kept all the same, and sent back with the next
// workspace pull, so an unchanged answer then leaves what is shown).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { WORKSPACE_NOTES } from './workspace-notes';

const TODAY = '2026-04-15';

describe('a closed note in Problems, for a client that pulls', function () {
  this.timeout(30_000);
  let root: string;
  let client: TestClient | undefined;

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  /** Problems as the editor shows it, fed by the pulls the test sends. */
  function problems(connection: TestClient['connection']) {
    const shown = new Map<string, Diagnostic[]>();
    const resultIds = new Map<string, string>();
    const pulling = new Set<string>();
    const open = new Set<string>();
    return {
      shown: (uri: string) => shown.get(uri) ?? [],
      open: (uri: string) => open.add(uri),
      close: (uri: string) => open.delete(uri),
      /** Starts a document pull; resolves once its answer was taken (or dropped). */
      pull(uri: string): Promise<void> {
        pulling.add(uri);
        return connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }).then((report) => {
          pulling.delete(uri);
          if (open.has(uri) && report.kind === 'full') shown.set(uri, report.items);
        });
      },
      async pullWorkspace(): Promise<void> {
        const previousResultIds = [...resultIds].map(([uri, value]) => ({ uri, value }));
        const report = await connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
        for (const item of report.items) {
          if (item.kind === 'full' && !pulling.has(item.uri)) shown.set(item.uri, item.items);
          if (item.resultId === undefined) resultIds.delete(item.uri);
          else resultIds.set(item.uri, item.resultId);
        }
      },
    };
  }

  /** The workspace's notes in a temporary folder. */
  const workspaceFolder = () => {
    root = mkdtempSync(join(tmpdir(), 'boussole-closed-'));
    const folder = join(root, 'notes');
    for (const [name, text] of Object.entries(WORKSPACE_NOTES)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
    return folder;
  };

  it('is cleared by the next workspace pull when it was closed during a pull of it (workspace diagnostics off)', async () => {
    const folder = workspaceFolder();
    const name = 'girard/2026-03-02-premier-rdv.md';
    const uri = pathToFileURL(join(folder, name)).href;
    // The editor is slow to give the closed note's settings: its pull waits for them.
    let hold = false;
    let release: () => void = () => undefined;
    let held: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => {
      held = resolve;
    });
    client = await startClient({
      folders: [folder], progress: true, pullDiagnostics: true, pullRefresh: true, env: { BOUSSOLE_TODAY: TODAY },
      configuration: (_section, scopeUri) => {
        const settings = { workspaceDiagnostics: false };
        if (!hold || scopeUri !== uri) return settings;
        held();
        return new Promise((resolve) => {
          release = () => resolve(settings);
        });
      },
    });
    await client.indexed();
    const editor = problems(client.connection);
    await editor.pullWorkspace();

    editor.open(uri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: WORKSPACE_NOTES[name] } });
    await editor.pull(uri);
    assert.ok(editor.shown(uri).length > 0, 'the open note has findings');
    await editor.pullWorkspace();

    editor.close(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    hold = true;
    const late = editor.pull(uri);
    await asked;
    // The workspace is pulled while the closed note's pull waits, then again once it is answered.
    await editor.pullWorkspace();
    release();
    await late;
    await editor.pullWorkspace();
    assert.deepEqual(editor.shown(uri), [], 'the closed note shows nothing');
  });

  it('is cleared by the next workspace pull when it lies outside the workspace folders', async () => {
    const folder = workspaceFolder();
    client = await startClient({ folders: [folder], progress: true, pullDiagnostics: true, pullRefresh: true, env: { BOUSSOLE_TODAY: TODAY } });
    await client.indexed();
    const editor = problems(client.connection);
    await editor.pullWorkspace();
    const uri = client.uri('brouillon.md');
    editor.open(uri);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: WORKSPACE_NOTES['girard/2026-03-02-premier-rdv.md'] },
    });
    await editor.pull(uri);
    assert.ok(editor.shown(uri).length > 0, 'the open note has findings');
    await editor.pullWorkspace();
    editor.close(uri);
    // The editor's last pull of the note, sent as it closes, and dropped: the workspace report clears it.
    const last = editor.pull(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await last;
    await editor.pullWorkspace();
    assert.deepEqual(editor.shown(uri), [], 'the closed note shows nothing');
  });
});
