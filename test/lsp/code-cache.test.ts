// The loaders of dist/server.js and dist/analysis-worker.js: a bundle runs the same with or without
// a code cache, a good cache is taken, and a bad or stale one only means compiling as usual.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { codeCacheDir, runBundle } from '../../server/src/lsp/boot/code-cache';

describe('code cache of the bundles', () => {
  let dir: string;
  let bundle: string;
  let cache: string;
  let copies = 0;
  const ran = () => (globalThis as { codeCacheRuns?: string[] }).codeCacheRuns ?? [];
  /**
   * The bundle at a path of its own, as a new process would load it: V8 keeps what this process
   * compiled by text and file name, and would answer from that instead of reading the cache.
   */
  const fresh = () => {
    const copy = join(dir, `copy-${copies++}`, 'bundle.js');
    mkdirSync(dirname(copy));
    copyFileSync(bundle, copy);
    return copy;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'boussole-code-cache-'));
    bundle = join(dir, 'bundle.js');
    cache = join(dir, 'cache');
    (globalThis as { codeCacheRuns?: string[] }).codeCacheRuns = [];
    // What a bundle relies on: require, __dirname, __filename, module.
    writeFileSync(bundle, "const { basename } = require('node:path'); module.exports.ok = true; function twice(x) { return x * 2; } globalThis.codeCacheRuns.push(`${basename(__dirname) === basename(require('node:path').dirname(__filename))}:${twice(21)}`);");
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete (globalThis as { codeCacheRuns?: string[] }).codeCacheRuns;
  });

  it('compiles the first time, saves, and runs from the cache the next time, the same', () => {
    const first = runBundle(fresh(), cache);
    assert.equal(first.cached, false);
    first.save();
    assert.equal(readdirSync(cache).length, 1);
    const second = runBundle(fresh(), cache);
    assert.equal(second.cached, true);
    assert.deepEqual(ran(), ['true:42', 'true:42']);
    // The loader starts the server through what its bundle exports.
    assert.deepEqual([first.exports, second.exports], [{ ok: true }, { ok: true }]);
  });

  it('compiles as usual when the cache is damaged, and replaces it', () => {
    runBundle(fresh(), cache).save();
    const [file] = readdirSync(cache);
    writeFileSync(join(cache, file), Buffer.from('not a code cache'));
    const loaded = runBundle(fresh(), cache);
    assert.equal(loaded.cached, false);
    loaded.save();
    assert.equal(runBundle(fresh(), cache).cached, true);
    assert.deepEqual(ran(), ['true:42', 'true:42', 'true:42']);
  });

  it('keeps one cache per bundle: a changed bundle gets its own, and the old one goes', () => {
    runBundle(fresh(), cache).save();
    const [old] = readdirSync(cache);
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}\nglobalThis.codeCacheRuns.push('changed');`);
    const changed = runBundle(fresh(), cache);
    assert.equal(changed.cached, false, 'a cache made for another text is not used');
    changed.save();
    const now = readdirSync(cache);
    assert.equal(now.length, 1);
    assert.notEqual(now[0], old);
    assert.deepEqual(ran(), ['true:42', 'true:42', 'changed']);
  });

  it('writes nothing when turned off or when the folder cannot be written', () => {
    const off = runBundle(bundle, undefined);
    assert.equal(off.cached, false);
    off.save();
    writeFileSync(join(dir, 'a-file'), '');
    // A folder under a file cannot be made: saving gives up quietly.
    const blocked = runBundle(bundle, join(dir, 'a-file', 'cache'));
    assert.doesNotThrow(() => blocked.save());
    assert.deepEqual(readdirSync(dir).filter((name) => !name.startsWith('copy-')).sort(), ['a-file', 'bundle.js']);
  });

  it('lives in the OS cache folder unless BOUSSOLE_CODE_CACHE says otherwise', () => {
    assert.equal(codeCacheDir({}, 'linux', '/home/u'), join('/home/u', '.cache', 'boussole', 'code-cache'));
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u'), join('/xdg', 'boussole', 'code-cache'));
    assert.equal(codeCacheDir({}, 'darwin', '/Users/u'), join('/Users/u', 'Library', 'Caches', 'boussole', 'code-cache'));
    assert.equal(codeCacheDir({ LOCALAPPDATA: 'C:\\AppData' }, 'win32', 'C:\\u'), join('C:\\AppData', 'boussole', 'code-cache'));
    assert.equal(codeCacheDir({ BOUSSOLE_CODE_CACHE: '/somewhere' }, 'linux', '/home/u'), '/somewhere');
    assert.equal(codeCacheDir({ BOUSSOLE_CODE_CACHE: 'off' }, 'linux', '/home/u'), undefined);
  });
});
