// The server's own watch on configuration files: which folders it watches and lets go, when a
// change is due (once, whether the disk or the editor tells it first), and what it does when the
// system refuses a watch. `fs.watch` is replaced by a fake one the tests trigger by hand.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFolders } from '../../server/src/config';
import { configWatcher, type WatchFolder } from '../../server/src/lsp/config-watcher';

const NAMES = ['.boussole.jsonc', '.boussole.json', '.boussole.yaml', '.boussole.yml'];

/** A fake fs.watch: the folders watched now, and a way to send an event in one. */
function fakeWatch(refuse: Record<string, string> = {}) {
  const live = new Map<string, { emitter: EventEmitter; listener: (event: string, name: string | null) => void }>();
  const watch: WatchFolder = (folder, listener) => {
    if (refuse[folder]) throw Object.assign(new Error(refuse[folder]), { code: refuse[folder] });
    const emitter = new EventEmitter();
    live.set(folder, { emitter, listener });
    return {
      on: (event, handler) => emitter.on(event, handler),
      close: () => void live.delete(folder),
    };
  };
  return {
    watch,
    watched: () => [...live.keys()].sort(),
    event: (folder: string, name: string | null) => live.get(folder)?.listener('rename', name),
    fail: (folder: string, code: string) => live.get(folder)?.emitter.emit('error', Object.assign(new Error(code), { code })),
  };
}

/** Writes a file as editors save: a new file renamed over the old one. */
const save = (path: string, text: string) => {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
};

describe('the configuration file watch', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'boussole-watch-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('looks for a note\'s configuration in its folder and each one above, up to the file found', () => {
    const note = join(folder, 'client', 'acme', 'note.md');
    assert.deepEqual(configFolders(note, join(folder, '.boussole.jsonc')), [join(folder, 'client', 'acme'), join(folder, 'client'), folder]);
    const none = configFolders(note, undefined);
    assert.equal(none.at(-1), '/', 'up to the root when there is none');
    assert.deepEqual(none.slice(0, 3), [join(folder, 'client', 'acme'), join(folder, 'client'), folder]);
  });

  it('watches each folder once, whoever needs it, and lets a folder go when no note needs it', () => {
    const fake = fakeWatch();
    const watcher = configWatcher({ watch: fake.watch, log: () => undefined, onChange: () => undefined });
    const [a, b, shared] = ['/notes/a', '/notes/b', '/notes'];
    watcher.use('note a', [{ folder: a, names: NAMES }, { folder: shared, names: NAMES }]);
    watcher.use('note b', [{ folder: b, names: NAMES }, { folder: shared, names: NAMES }, { folder: shared, names: ['base.jsonc'] }]);
    assert.deepEqual(fake.watched(), [shared, a, b].sort());
    watcher.release('note a');
    assert.deepEqual(fake.watched(), [shared, b].sort(), 'the folder b and the shared one are still needed');
    // Note b's configuration now reads one file only: the folders it no longer needs are let go.
    watcher.use('note b', [{ folder: shared, names: ['.boussole.jsonc'] }]);
    assert.deepEqual(fake.watched(), [shared]);
    watcher.dispose();
    assert.deepEqual(fake.watched(), [], 'nothing is watched after shutdown');
  });

  it('tells of a burst of events in a watched folder once', async () => {
    const fake = fakeWatch();
    let told = 0;
    let resolve: () => void = () => undefined;
    const once = new Promise<void>((done) => {
      resolve = done;
    });
    const watcher = configWatcher({
      watch: fake.watch, log: () => undefined, debounceMs: 0,
      onChange: () => {
        told++;
        resolve();
      },
    });
    watcher.use('note', [{ folder: '/notes', names: ['.boussole.jsonc'] }]);
    for (const name of ['.boussole.jsonc', '.boussole.jsonc.tmp', '.boussole.jsonc', null]) fake.event('/notes', name);
    await once;
    await new Promise((done) => setImmediate(done));
    assert.equal(told, 1);
    watcher.dispose();
  });

  it('says a change is due once, whether the disk or the editor tells it first', async () => {
    const config = join(folder, '.boussole.jsonc');
    save(config, '{ "rules": { "no-facts": "error" } }');
    const watcher = configWatcher({ watch: fakeWatch().watch, log: () => undefined, onChange: () => undefined });
    watcher.use('note', [{ folder, names: NAMES }]);
    assert.equal(await watcher.changed(), true, 'the first time, nothing to compare with');
    save(config, '{ "rules": { "no-facts": "off" } }');
    assert.equal(await watcher.changed(), true, 'the disk tells first');
    assert.equal(await watcher.changed([config]), false, 'the editor tells the same change after');
    save(config, '{ "rules": { "no-facts": "hint" } }');
    assert.equal(await watcher.changed([config]), true, 'the editor tells first');
    assert.equal(await watcher.changed(), false, 'the disk tells the same change after');
    save(join(folder, '.boussole.yaml'), 'rules:\n  no-facts: error\n');
    assert.equal(await watcher.changed(), true, 'a file created where none was read');
    rmSync(config);
    assert.equal(await watcher.changed(), true, 'a file deleted');
    assert.equal(await watcher.changed([join(folder, 'elsewhere', '.boussole.json')]), true, 'a file it never looked at');
    watcher.dispose();
  });

  it('logs a watch the system refuses or takes back, and goes on', () => {
    const fake = fakeWatch({ '/full': 'ENOSPC' });
    const logs: string[] = [];
    const watcher = configWatcher({ watch: fake.watch, log: (message) => logs.push(message), onChange: () => undefined });
    watcher.use('note', [{ folder: '/full', names: NAMES }, { folder: '/notes', names: NAMES }]);
    assert.deepEqual(fake.watched(), ['/notes']);
    assert.match(logs.join('\n'), /could not watch \/full \(ENOSPC\)/);
    fake.fail('/notes', 'EPERM');
    assert.deepEqual(fake.watched(), []);
    assert.match(logs.join('\n'), /stopped watching \/notes \(EPERM\)/);
    watcher.release('note');
    watcher.dispose();
  });

  it('watches a real folder with fs.watch: a file written there is told', async () => {
    let resolve: () => void = () => undefined;
    const told = new Promise<void>((done) => {
      resolve = done;
    });
    const watcher = configWatcher({ log: () => undefined, onChange: () => resolve() });
    watcher.use('note', [{ folder, names: NAMES }]);
    save(join(folder, '.boussole.json'), '{}');
    await told;
    watcher.dispose();
  });
});
