// The server watches the configuration files it read, through the real protocol: a file changed or
// created on disk re-checks the open notes though the editor says nothing, and a change the editor
// tells too re-checks them once.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp-client';

const reference = readFileSync(join(__dirname, '..', '..', 'examples', 'seance-richard-posture-commerciale.md'), 'utf8');
const [ERROR, WARNING, INFO, HINT] = [1, 2, 3, 4];
const severityOf = (diagnostics: { code?: unknown; severity?: number }[], rule: string) => diagnostics.find((d) => d.code === rule)?.severity;
const rules = (severity: string) => `{ "rules": { "no-facts": "${severity}" } }\n`;

/** Writes a file as editors save: a new file renamed over the old one. */
const save = (path: string, text: string) => {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
};

describe('the server\'s own watch on configuration files', function () {
  this.timeout(30_000);
  let folder: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'boussole-config-watch-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  it('re-checks the open note when its configuration file changes on disk, the editor saying nothing', async () => {
    const note = join(folder, 'seance.md');
    const config = join(folder, '.boussole.jsonc');
    writeFileSync(config, rules('error'));
    client = await startClient({ initializationOptions: { watchConfigFiles: true } });
    assert.equal(severityOf(await client.open(note, reference), 'no-facts'), ERROR);
    save(config, rules('hint'));
    await client.diagnosticsWhere(client.uri(note), (list) => severityOf(list, 'no-facts') === HINT);
  });

  it('re-checks the open note when a configuration file is created in a folder above it', async () => {
    const note = join(folder, 'clients', 'acme', 'seance.md');
    mkdirSync(join(note, '..'), { recursive: true });
    client = await startClient({ initializationOptions: { watchConfigFiles: true } });
    assert.equal(severityOf(await client.open(note, reference), 'no-facts'), WARNING);
    save(join(folder, '.boussole.yaml'), 'rules:\n  no-facts: info\n');
    await client.diagnosticsWhere(client.uri(note), (list) => severityOf(list, 'no-facts') === INFO);
  });

  it('re-checks once for a change both the disk and the editor tell', async () => {
    const note = join(folder, 'seance.md');
    const config = join(folder, '.boussole.jsonc');
    const configUri = pathToFileURL(config).href;
    writeFileSync(config, rules('error'));
    // Each check of the note asks the editor for its settings: the requests count the checks.
    const asked: string[] = [];
    client = await startClient({
      watchFiles: true, initializationOptions: { watchConfigFiles: true },
      configuration: (_section, scopeUri) => {
        if (scopeUri !== undefined && scopeUri === client?.uri(note)) asked.push(scopeUri);
        return {};
      },
    });
    const uri = client.uri(note);
    assert.equal(severityOf(await client.open(note, reference), 'no-facts'), ERROR);
    save(config, rules('hint'));
    await client.diagnosticsWhere(uri, (list) => severityOf(list, 'no-facts') === HINT);
    const before = asked.length;
    const told = () => client!.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    // The editor's watcher, late, tells the change the server already saw; then a new change comes,
    // told by both.
    await told();
    save(config, rules('info'));
    await told();
    await client.diagnosticsWhere(uri, (list) => severityOf(list, 'no-facts') === INFO);
    assert.equal(asked.length - before, 1, 'one check for the late event and the new change together');
  });
});
