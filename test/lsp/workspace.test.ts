// The workspace index through the real protocol: a temporary workspace of French and English notes,
// read in the background with progress, its unopened notes' findings (cross-note ones included)
// published or pulled, kept current from edits and file events, cached between sessions.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionItem, Diagnostic, DocumentDiagnosticReport, Hover, MarkupContent, WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol';
import {
  ACCOUNT_MAP_REQUEST, type AccountMapResult, FOLLOW_UPS_REQUEST, type FollowUpsResult, WORKSPACE_CHANGED_NOTIFICATION,
} from '../../server/src/lsp/protocol';
import { CACHE_FILE } from '../../server/src/lsp/workspace/cache';
import { type ClientOptions, startClient, type TestClient } from '../helpers/lsp-client';
import { WORKSPACE_NOTES } from './workspace-notes';

/** The day the tests stand on: the notes' next steps of March are overdue, April's are not. */
const TODAY = '2026-04-15';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('workspace index through the protocol', function () {
  this.timeout(30_000);
  let root: string;
  let folder: string;
  let storage: string;
  const clients: TestClient[] = [];
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;

  const start = async (options: ClientOptions = {}) => {
    const client = await startClient({
      folders: [folder], progress: true, watchFiles: true, env: { BOUSSOLE_TODAY: TODAY },
      initializationOptions: { storagePath: storage }, ...options,
    });
    clients.push(client);
    return client;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'boussole-workspace-'));
    folder = join(root, 'notes');
    storage = join(root, 'storage');
    for (const [name, text] of Object.entries(WORKSPACE_NOTES)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads the notes in the background with progress, and publishes an unopened note\'s cross-note finding', async () => {
    const client = await start();
    const diagnostics = await client.diagnosticsWhere(uriOf('girard/2026-03-23-suivi.md'), (list) => codes(list).includes('open-items-not-reviewed'));
    const finding = diagnostics.find((d) => d.code === 'open-items-not-reviewed')!;
    assert.ok(finding.relatedInformation?.some((info) => info.location.uri === uriOf('girard/2026-03-02-premier-rdv.md')), JSON.stringify(finding));
    await client.indexed();
    const [begin, ...rest] = client.progress;
    assert.equal(begin.kind, 'begin');
    assert.match((begin as { title: string }).title, /Boussole/);
    assert.equal(rest.at(-1)?.kind, 'end');
    assert.ok(client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('**/*.{md,markdown}')), 'the server watches the notes');
  });

  it('leaves out what .gitignore and the configuration leave out', async () => {
    writeFileSync(join(folder, '.gitignore'), 'brouillons/\n');
    mkdirSync(join(folder, '.git'));
    mkdirSync(join(folder, 'brouillons'));
    mkdirSync(join(folder, 'archive'));
    writeFileSync(join(folder, 'brouillons', 'copie.md'), WORKSPACE_NOTES['girard/2026-03-23-suivi.md']);
    writeFileSync(join(folder, 'archive', 'copie.md'), WORKSPACE_NOTES['girard/2026-03-23-suivi.md']);
    writeFileSync(join(folder, '.boussole.jsonc'), '{ "ignore": ["archive/**"] }\n');
    const client = await start();
    await client.indexed();
    await client.diagnosticsWhere(uriOf('girard/2026-03-23-suivi.md'), (list) => list.length > 0);
    assert.deepEqual(client.published(uriOf('brouillons/copie.md')), []);
    assert.deepEqual(client.published(uriOf('archive/copie.md')), []);
  });

  it('updates an unopened note when an open note of its account changes', async () => {
    const client = await start();
    const follow = uriOf('girard/2026-03-23-suivi.md');
    await client.diagnosticsWhere(follow, (list) => codes(list).includes('open-items-not-reviewed'));
    const first = 'girard/2026-03-02-premier-rdv.md';
    const text = WORKSPACE_NOTES[first];
    await client.open(join(folder, first), text);
    // The first meeting's next steps are gone: the follow-up has nothing left to review.
    const withoutSteps = text.slice(0, text.indexOf('## Prochaines étapes'));
    await client.change(join(folder, first), withoutSteps);
    const updated = await client.diagnosticsWhere(follow, (list) => !codes(list).includes('open-items-not-reviewed'));
    assert.ok(Array.isArray(updated));
  });

  it('asks a later meeting who decides only when no earlier meeting of its account said it', async () => {
    // The first Girard meeting says Sophie Girard decides; this point does not repeat it.
    const point = 'girard/2026-04-06-point.md';
    const text = ['---', 'type: rendez-vous', 'lang: fr', 'date: 2026-04-06', 'compte: Transports Girard', '---', '',
      '# Point – Transports Girard', '', '## Participants', '', '- Karim Haddad – responsable logistique', '- Moi (commercial)', '',
      '## Échanges', '', 'Le budget du pilote tient dans 30 k€ ; Karim veut démarrer avant l\'été.', '',
      '## Prochaines étapes', '', '- Envoyer le devis révisé à Karim Haddad d\'ici le 24 avril', ''].join('\n');
    writeFileSync(join(folder, point), text);
    const client = await start();
    const unopened = await client.diagnosticsWhere(uriOf(point), (list) => codes(list).includes('one-sided-next-step'));
    assert.ok(!codes(unopened).includes('no-decider-identified'), JSON.stringify(codes(unopened)));
    await client.indexed();
    const open = await client.open(join(folder, point), text);
    assert.ok(codes(open).includes('one-sided-next-step') && !codes(open).includes('no-decider-identified'), JSON.stringify(codes(open)));
  });

  it('shows no unopened note when boussole.workspaceDiagnostics is off, and still answers from the index', async () => {
    const client = await start({ configuration: () => ({ workspaceDiagnostics: false }) });
    await client.indexed();
    const follow = 'girard/2026-03-23-suivi.md';
    const own = await client.open(join(folder, follow), WORKSPACE_NOTES[follow]);
    assert.ok(own.length > 0, 'the open note is still checked');
    for (const name of Object.keys(WORKSPACE_NOTES)) {
      if (name !== follow) assert.deepEqual(client.published(uriOf(name)), [], name);
    }
    const map = await client.connection.sendRequest<AccountMapResult>(ACCOUNT_MAP_REQUEST, { uri: uriOf(follow) });
    assert.ok(map.account, 'the index still answers');
  });

  it('writes its cache in the storage folder only, and reads it back at the next start', async () => {
    const first = await start();
    await first.indexed();
    await first.stop();
    clients.splice(clients.indexOf(first), 1);
    const file = join(storage, CACHE_FILE);
    assert.ok(existsSync(file), 'the cache is written');
    assert.ok(!readdirSync(folder, { recursive: true }).some((name) => String(name).includes(CACHE_FILE)), 'nothing written in the workspace');
    // A cached finding's message, changed on disk, comes back: the note was not analysed again.
    const cache = JSON.parse(readFileSync(file, 'utf8'));
    const meeting = uriOf('girard/2026-03-02-premier-rdv.md');
    const entry = cache.notes[meeting];
    assert.ok(entry?.findings.length, 'the first Girard meeting has findings of its own');
    entry.findings[0].message = 'read back from the cache';
    writeFileSync(file, JSON.stringify(cache));
    const second = await start();
    const diagnostics = await second.diagnosticsWhere(meeting, (list) => list.length > 0);
    assert.ok(diagnostics.some((d) => d.message === 'read back from the cache'), diagnostics.map((d) => d.message).join('\n'));
  });

  it('ignores a corrupt cache with a log line', async () => {
    mkdirSync(storage, { recursive: true });
    writeFileSync(join(storage, CACHE_FILE), '{"format": 1, "boussole": ');
    const client = await start();
    await client.indexed();
    assert.ok(client.logs.some((line) => line.includes('ignored its workspace cache')), client.logs.join('\n'));
    await client.diagnosticsWhere(uriOf('girard/2026-03-23-suivi.md'), (list) => codes(list).includes('open-items-not-reviewed'));
  });

  it('follows file events: a new note joins the index, a deleted one leaves it', async () => {
    const client = await start();
    await client.indexed();
    const added = 'acme/2026-03-20-review.md';
    writeFileSync(join(folder, added), WORKSPACE_NOTES['acme/2026-03-05-follow-up.md'].replace('date: 2026-03-05', 'date: 2026-03-20'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 1 }] });
    await client.diagnosticsWhere(uriOf(added), (list) => list.length > 0);
    rmSync(join(folder, added));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 3 }] });
    await client.diagnosticsWhere(uriOf(added), (list) => list.length === 0);
  });

  it('tells the client when the index changed, and answers from the open note\'s text', async () => {
    const client = await start();
    await client.indexed();
    let changed = 0;
    client.connection.onNotification(WORKSPACE_CHANGED_NOTIFICATION, () => {
      changed++;
    });
    const step = 'Envoyer la proposition commerciale à Karim Haddad';
    const overdue = async () => (await client.connection.sendRequest<FollowUpsResult>(FOLLOW_UPS_REQUEST, {})).overdue.map((entry) => entry.text);
    assert.ok((await overdue()).some((text) => text.startsWith(step)), 'overdue before');
    const name = 'girard/2026-03-02-premier-rdv.md';
    await client.open(join(folder, name), WORKSPACE_NOTES[name]);
    // What the reading and the opening sent is past: only the edit's notification counts.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    changed = 0;
    await client.change(join(folder, name), WORKSPACE_NOTES[name].replace("d'ici le 10 mars", "d'ici le 10 mars (fait)"));
    const deadline = Date.now() + 10_000;
    while (!changed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(changed, 'boussole/workspaceChanged was sent after the edit');
    assert.ok(!(await overdue()).some((text) => text.startsWith(step)), 'done in the open text, no longer overdue');
  });

  it('reads a workspace folder added later, and forgets one removed', async () => {
    const client = await start({ folders: [] });
    const follow = uriOf('girard/2026-03-23-suivi.md');
    const folderUri = pathToFileURL(folder).href;
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: folderUri, name: 'notes' }], removed: [] } });
    await client.diagnosticsWhere(follow, (list) => codes(list).includes('open-items-not-reviewed'));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: folderUri, name: 'notes' }] } });
    await client.diagnosticsWhere(follow, (list) => list.length === 0);
  });

  it('answers boussole/followUps and boussole/accountMap from the index', async () => {
    const client = await start();
    await client.indexed();
    const followUps = await client.connection.sendRequest<FollowUpsResult>(FOLLOW_UPS_REQUEST, {});
    assert.equal(followUps.complete, true);
    const all = [...followUps.overdue, ...followUps.thisWeek, ...followUps.later, ...followUps.undated];
    assert.ok(followUps.overdue.some((entry) => entry.location.uri === uriOf('girard/2026-03-23-suivi.md')), JSON.stringify(followUps, null, 1));
    assert.ok(all.every((entry) => entry.location.uri.startsWith(pathToFileURL(folder).href)));
    const map = await client.connection.sendRequest<AccountMapResult>(ACCOUNT_MAP_REQUEST, { uri: uriOf('acme/2026-03-05-follow-up.md') });
    assert.equal(map.account?.notes.length, 2);
    const names = map.account!.stakeholders.map((s) => s.name);
    assert.ok(names.includes('Rachel Kim'), names.join());
    const unknown = await client.connection.sendRequest<AccountMapResult>(ACCOUNT_MAP_REQUEST, { accountKey: 'nobody' });
    assert.equal(unknown.account, undefined);
    await assert.rejects(client.connection.sendRequest(ACCOUNT_MAP_REQUEST, { uri: 3 }), /Invalid params/);
  });

  it('shows on hover where a person was met across the account, and completes the account\'s people', async () => {
    const client = await start();
    await client.indexed();
    const name = 'girard/2026-03-23-suivi.md';
    const text = WORKSPACE_NOTES[name];
    await client.open(join(folder, name), text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('- Karim Haddad'));
    const hover = await client.ask<Hover>('textDocument/hover', join(folder, name), { position: { line, character: 4 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Dans les 2 notes du compte/);
    assert.ok(value.includes(`(${uriOf('girard/2026-03-02-premier-rdv.md')}#L`), value);
    assert.ok(value.includes('2026-03-23'), value);
    const step = lines.findIndex((l) => l.startsWith('- Karim Haddad confirme'));
    const items = await client.ask<CompletionItem[]>('textDocument/completion', join(folder, name), { position: { line: step, character: 2 } });
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('Léa Morel'), `met in the first meeting only: ${labels.join()}`);
    const sortText = (label: string) => items.find((item) => item.label === label)?.sortText ?? '';
    assert.ok(sortText('Karim Haddad') < sortText('Léa Morel'), 'the note\'s own people first');
  });

  it('offers the cross-note findings\' quick fixes on the open note, rebuilt from the diagnostic\'s data', async () => {
    const client = await start();
    await client.indexed();
    const name = 'girard/2026-03-23-suivi.md';
    await client.open(join(folder, name), WORKSPACE_NOTES[name]);
    const diagnostics = await client.diagnosticsWhere(uriOf(name), (list) => codes(list).includes('open-items-not-reviewed'));
    const finding = diagnostics.find((d) => d.code === 'open-items-not-reviewed')!;
    const actions = await client.ask<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', join(folder, name), {
      range: finding.range, context: { diagnostics: [finding] },
    });
    const done = actions.find((action) => action.title === 'Noter les 2 points ouverts comme faits');
    assert.ok(done, actions.map((action) => action.title).join('\n'));
    assert.match(done.edit.changes[uriOf(name)][0].newText, /## Depuis la dernière fois\n\n- Envoyer la proposition commerciale à Karim Haddad d'ici le 10 mars : fait/);
  });

  it('gives pulled diagnostics to a client that pulls workspace diagnostics', async () => {
    const client = await start({ pullDiagnostics: true });
    await client.indexed();
    const report = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const follow = report.items.find((item) => item.uri === uriOf('girard/2026-03-23-suivi.md'));
    assert.ok(follow?.kind === 'full' && codes(follow.items).includes('open-items-not-reviewed'), JSON.stringify(report.items.map((i) => i.uri)));
    const again = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', {
      previousResultIds: report.items.map((item) => ({ uri: item.uri, value: item.resultId })),
    });
    assert.ok(again.items.every((item) => item.kind === 'unchanged'), 'nothing changed');
    const name = 'girard/2026-03-02-premier-rdv.md';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf(name), languageId: 'markdown', version: 1, text: WORKSPACE_NOTES[name] },
    });
    const pulled = await client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uriOf(name) } });
    assert.ok(pulled.kind === 'full' && pulled.items.length > 0);
    assert.deepEqual(client.published(uriOf(name)), [], 'nothing published to a client that pulls');
  });
});
