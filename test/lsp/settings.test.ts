// The editor's `boussole` settings and the configuration files, through the real protocol: pulled
// (workspace/configuration) or pushed (didChangeConfiguration payload, as Neovim sends it), merged
// with the configuration file above the note, which wins rule by rule.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRefreshRequest, type Diagnostic, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { PING_REQUEST } from '../../server/src/lsp/protocol';
import { effectiveRules, pushedSection, readSettings, RULE_IDS } from '../../server/src/lsp/settings';
import { RULES, WORKSPACE_RULES } from '../../server/src/rules';
import { startClient, type TestClient } from '../helpers/lsp-client';

const reference = readFileSync(join(__dirname, '..', '..', 'examples', 'seance-richard-posture-commerciale.md'), 'utf8');
const ERROR = 1;
const WARNING = 2;

const severityOf = (diagnostics: { code?: unknown; severity?: number }[], rule: string) => diagnostics.find((d) => d.code === rule)?.severity;

/** A folder holding the reference session and, when given, a configuration file beside it. */
function notesFolder(config?: { name: string; text: string }): { note: string; config?: string } {
  const folder = mkdtempSync(join(tmpdir(), 'boussole-settings-'));
  const note = join(folder, 'seance.md');
  writeFileSync(note, reference);
  if (!config) return { note };
  writeFileSync(join(folder, config.name), config.text);
  return { note, config: join(folder, config.name) };
}

describe('settings, read from what the editor sends', () => {
  it('keeps known rule ids with known severities and drops the rest', () => {
    assert.deepEqual(readSettings({ enable: false, rules: { 'no-facts': 'off', 'closed-questions': 'error', 'no-such-rule': 'error', 'missing-step': 'loud', 'vague-learnings': 3 } }),
      { enable: false, rules: { 'no-facts': 'off', 'closed-questions': 'error' }, workspaceDiagnostics: true, index: 'auto' });
    assert.deepEqual(readSettings(null), { enable: true, rules: {}, workspaceDiagnostics: true, index: 'auto' });
    assert.deepEqual(readSettings({ enable: 'no', rules: ['no-facts'], workspaceDiagnostics: 'off', workspace: { index: 'never' } }),
      { enable: true, rules: {}, workspaceDiagnostics: true, index: 'auto' });
    assert.deepEqual(readSettings({ workspaceDiagnostics: false }), { enable: true, rules: {}, workspaceDiagnostics: false, index: 'auto' });
  });

  it('reads boussole.workspace.index nested, as VS Code sends it, or dotted, as other editors may', () => {
    assert.equal(readSettings({ workspace: { index: 'off' } }).index, 'off');
    assert.equal(readSettings({ 'workspace.index': 'always' }).index, 'always');
  });

  it('names every rule of the registry, the cross-note rules, and the ones every note can get', () => {
    assert.deepEqual([...RULE_IDS].sort(), [...RULES.map((rule) => rule.id), ...WORKSPACE_RULES.map((rule) => rule.id), 'front-matter', 'note-too-large', 'nesting-too-deep'].sort());
  });

  it('takes the boussole section of a pushed payload; VS Code\'s null payload carries none', () => {
    assert.deepEqual(pushedSection({ settings: { boussole: { enable: false } } }), { enable: false });
    assert.equal(pushedSection({ settings: null }), undefined);
    assert.equal(pushedSection({ settings: { markdown: {} } }), undefined);
    assert.equal(pushedSection(undefined), undefined);
  });

  it('lets the configuration file win over the setting, rule by rule', () => {
    const settings = readSettings({ rules: { 'no-facts': 'off', 'closed-questions': 'error' } });
    assert.deepEqual(effectiveRules(settings, { 'no-facts': 'error', 'missing-step': 'info' }),
      { 'no-facts': 'error', 'closed-questions': 'error', 'missing-step': 'info' });
  });
});

describe('language server settings', () => {
  it('publishes nothing while boussole.enable is false, and checks again once it is true', async () => {
    let enable = false;
    const client = await startClient({ configuration: (section) => (section === 'boussole' ? { enable } : null) });
    try {
      assert.deepEqual(await client.open('seance.md', reference), []);
      enable = true;
      const next = client.nextDiagnostics(client.uri('seance.md'));
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const codes = (await next).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('no-facts'), codes.join());
    } finally {
      await client.stop();
    }
  });

  it('pulls boussole.rules: a rule off disappears, a rule raised becomes an error, and a change re-checks', async () => {
    let rules: Record<string, string> = { 'no-facts': 'off', 'request-not-reformulated': 'error' };
    const client = await startClient({ configuration: (section) => (section === 'boussole' ? { rules } : null) });
    try {
      const first = await client.open('seance.md', reference);
      assert.equal(severityOf(first, 'no-facts'), undefined, first.map((d) => d.code).join());
      assert.equal(severityOf(first, 'request-not-reformulated'), ERROR);
      rules = {};
      const next = client.nextDiagnostics(client.uri('seance.md'));
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const again = (await next).diagnostics;
      assert.equal(severityOf(again, 'no-facts'), WARNING);
      assert.equal(severityOf(again, 'request-not-reformulated'), WARNING);
    } finally {
      await client.stop();
    }
  });

  it('reads pushed settings from a client that cannot be asked (Neovim 0.7\'s payload)', async () => {
    const client = await startClient();
    try {
      const first = await client.open('seance.md', reference);
      assert.equal(severityOf(first, 'no-facts'), WARNING);
      const uri = client.uri('seance.md');
      let next = client.nextDiagnostics(uri);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { boussole: { rules: { 'no-facts': 'off', 'missing-step': 'error' } } } });
      const pushed = (await next).diagnostics;
      assert.equal(severityOf(pushed, 'no-facts'), undefined, pushed.map((d) => d.code).join());
      next = client.nextDiagnostics(uri);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { boussole: { enable: false } } });
      assert.deepEqual((await next).diagnostics, []);
    } finally {
      await client.stop();
    }
  });

  it('asks the editor to refresh the status line once a settings change has re-checked the note', async () => {
    let rules: Record<string, string> = {};
    const client = await startClient({ configuration: (section) => (section === 'boussole' ? { rules } : null), codeLensRefresh: true });
    const status = async () => (await client.ask<{ command?: { title: string } }[]>('textDocument/codeLens', 'seance.md'))[0].command!.title;
    try {
      await client.open('seance.md', reference);
      const before = await status();
      rules = { 'vague-learnings': 'off' };
      const refreshed = new Promise<void>((resolve) => client.connection.onRequest(CodeLensRefreshRequest.type, () => resolve()));
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await refreshed;
      const count = (title: string) => Number(/(\d+) remarques/.exec(title)?.[1]);
      assert.equal(count(await status()), count(before) - 3, `${before} -> ${await status()}`);
    } finally {
      await client.stop();
    }
  });

  it('with enable false, answers nothing for hover, completion, outline, folding, quick fixes and status line', async () => {
    let enable = true;
    const client = await startClient({ configuration: (section) => (section === 'boussole' ? { enable } : null) });
    const lines = reference.split('\n');
    const step3 = lines.findIndex((line) => line.startsWith('## Étape 3'));
    const step2 = lines.findIndex((line) => line.startsWith('## Étape 2'));
    const features = async () => ({
      hover: await client.ask('textDocument/hover', 'seance.md', { position: { line: step3, character: 5 } }),
      completion: await client.ask<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', 'seance.md', { position: { line: step3, character: 3 } }),
      symbols: await client.ask<unknown[]>('textDocument/documentSymbol', 'seance.md'),
      folding: await client.ask<unknown[]>('textDocument/foldingRange', 'seance.md'),
      actions: await client.ask<unknown[]>('textDocument/codeAction', 'seance.md', {
        range: { start: { line: step2, character: 0 }, end: { line: step2, character: 0 } },
        context: { diagnostics: diagnostics.filter((d) => d.code === 'no-facts') },
      }),
      lenses: await client.ask<unknown[]>('textDocument/codeLens', 'seance.md'),
    });
    let diagnostics = await client.open('seance.md', reference);
    try {
      const on = await features();
      assert.ok(on.hover, 'a hover while enabled');
      assert.ok(on.completion && (Array.isArray(on.completion) ? on.completion.length : (on.completion as { items: unknown[] }).items.length), 'completion while enabled');
      for (const key of ['symbols', 'folding', 'actions', 'lenses'] as const) assert.ok(on[key].length > 0, `${key} while enabled`);

      enable = false;
      const next = client.nextDiagnostics(client.uri('seance.md'));
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      diagnostics = (await next).diagnostics;
      assert.deepEqual(diagnostics, []);
      const off = await features();
      assert.deepEqual(off, { hover: null, completion: null, symbols: [], folding: [], actions: [], lenses: [] });
    } finally {
      await client.stop();
    }
  });
});

describe('configuration files in the language server', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('the file above the note wins over the setting; rules it does not name keep the setting', async () => {
    const { note } = notesFolder({ name: '.boussole.jsonc', text: '// team rules\n{ "rules": { "no-facts": "error" } }\n' });
    client = await startClient({ configuration: (section) => (section === 'boussole' ? { rules: { 'no-facts': 'off', 'unexplored-emotion': 'off' } } : null) });
    const diagnostics = await client.open(note, reference);
    assert.equal(severityOf(diagnostics, 'no-facts'), ERROR);
    assert.equal(severityOf(diagnostics, 'unexplored-emotion'), undefined, diagnostics.map((d) => d.code).join());
    assert.equal(severityOf(diagnostics, 'request-not-reformulated'), WARNING);
  });

  it('registers a watcher for configuration files and re-checks open notes when one changes on disk', async () => {
    const { note, config } = notesFolder({ name: '.boussole.yaml', text: 'rules:\n  no-facts: error\n' });
    client = await startClient({ watchFiles: true });
    assert.equal(severityOf(await client.open(note, reference), 'no-facts'), ERROR);
    const watchers = client.registrations.filter((r) => r.method === DidChangeWatchedFilesNotification.method);
    assert.match(JSON.stringify(watchers), /\.boussole\./);
    writeFileSync(config!, 'rules:\n  no-facts: "off"\n');
    const next = client.nextDiagnostics(client.uri(note));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config!).href, type: FileChangeType.Changed }] });
    const codes = (await next).diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('no-facts'), codes.join());
    assert.ok(codes.includes('request-not-reformulated'), codes.join());
  });

  it('an invalid file gets one diagnostic on itself, the defaults apply, and fixing its open text clears it', async () => {
    const { note, config } = notesFolder({ name: '.boussole.jsonc', text: '{\n  "rules": { "no-facts": "loud" }\n}\n' });
    client = await startClient();
    const configUri = pathToFileURL(config!).href;
    const onConfig = client.nextDiagnostics(configUri);
    const diagnostics = await client.open(note, reference);
    assert.equal(severityOf(diagnostics, 'no-facts'), WARNING, 'the defaults apply');
    const [problem] = (await onConfig).diagnostics;
    assert.equal(problem.severity, ERROR);
    assert.equal(problem.source, 'boussole');
    assert.equal(problem.range.start.line, 1, 'on the line of the bad value');
    assert.match(String(problem.message), /no-facts/);
    assert.match(String(problem.message), /off.*hint.*info.*warning.*error/s);

    // Open in the editor, the file is checked as it is typed.
    const opened = client.nextDiagnostics(configUri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'jsonc', version: 1, text: '{ "rules": { "no-fact": "off" } }' } });
    assert.match(String((await opened).diagnostics[0].message), /no-fact/);
    const fixed = client.nextDiagnostics(configUri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: configUri, version: 2 }, contentChanges: [{ text: '{ "rules": { "no-facts": "off" } }' }] });
    assert.deepEqual((await fixed).diagnostics, []);
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: configUri }, position: { line: 0, character: 5 } }), null,
      'no Boussole feature on a configuration file');
  });

  it('clears the problem of a file fixed on disk', async () => {
    const { note, config } = notesFolder({ name: '.boussole.yaml', text: 'rules:\n  no-facts: [error]\n' });
    client = await startClient({ watchFiles: true });
    const configUri = pathToFileURL(config!).href;
    const reported = client.nextDiagnostics(configUri);
    await client.open(note, reference);
    assert.equal((await reported).diagnostics.length, 1);
    writeFileSync(config!, 'rules:\n  no-facts: error\n');
    const cleared = client.nextDiagnostics(configUri);
    const rechecked = client.nextDiagnostics(client.uri(note));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    assert.deepEqual((await cleared).diagnostics, []);
    assert.equal(severityOf((await rechecked).diagnostics, 'no-facts'), ERROR);
  });

  it('a file saved broken then fixed at once: what was read of the broken file never lands after the fixed one', async () => {
    // Two notes below the file, and an editor slow to give the second one's settings: the check that
    // read the broken file still waits for them when the check of the fixed file is done.
    const { note, config } = notesFolder({ name: '.boussole.jsonc', text: '{ "rules": { "request-not-reformulated": "error" } }\n' });
    const other = join(dirname(note), 'seance-bis.md');
    writeFileSync(other, reference);
    const [noteUri, otherUri, configUri] = [note, other, config!].map((path) => pathToFileURL(path).href);
    let holdNext = false;
    let answerHeld: ((settings: unknown) => void) | undefined;
    let heldArrived: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      heldArrived = resolve;
    });
    client = await startClient({
      watchFiles: true, pullDiagnostics: true, pullRefresh: true,
      configuration: (_section, scopeUri) => {
        if (!holdNext || scopeUri !== otherUri) return {};
        holdNext = false;
        heldArrived();
        return new Promise((resolve) => {
          answerHeld = resolve;
        });
      },
    });
    const pull = async (uri: string) => ((await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
    const since = (mark: string) => client.events.slice(client.events.indexOf(mark) + 1);
    for (const uri of [noteUri, otherUri]) {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: reference } });
    }
    assert.equal(severityOf(await pull(noteUri), 'request-not-reformulated'), ERROR);
    assert.equal(severityOf(await pull(otherUri), 'request-not-reformulated'), ERROR);

    writeFileSync(config!, '{ "rules": { "request-not-reformulated": "error" \n');
    holdNext = true;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await held;
    // Answered once the server has the first note's settings: it has read the broken file.
    await client.connection.sendRequest(PING_REQUEST);

    writeFileSync(config!, '{ "rules": { "request-not-reformulated": "off" } }\n');
    client.mark('fixed');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    // The open notes were checked with the fixed file (the client is asked to pull again)...
    await client.eventsWhere(() => since('fixed').includes('refresh'));
    // ...then the editor answers for the second note, and the check of the broken file ends.
    answerHeld!({});
    await client.eventsWhere(() => since('fixed').filter((event) => event === 'refresh').length === 2);
    assert.equal(severityOf(await pull(noteUri), 'request-not-reformulated'), undefined, 'the fixed file applies');
    assert.equal(severityOf(await pull(otherUri), 'request-not-reformulated'), undefined, 'the fixed file applies');
    assert.deepEqual(client.published(configUri).at(-1)?.diagnostics ?? [], [], 'the fixed file shows no problem');
  });

  it('saving a configuration file re-checks open notes, for editors that do not watch files', async () => {
    const { note, config } = notesFolder({ name: '.boussole.json', text: '{ "rules": { "no-facts": "error" } }' });
    client = await startClient();
    assert.equal(severityOf(await client.open(note, reference), 'no-facts'), ERROR);
    writeFileSync(config!, '{ "rules": { "no-facts": "hint" } }');
    const next = client.nextDiagnostics(client.uri(note));
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: pathToFileURL(config!).href } });
    assert.equal(severityOf((await next).diagnostics, 'no-facts'), 4);
  });
});
