// Runs a bundle through V8's code cache: a start after the first skips parsing and compiling the
// code the last start ran (the bundle's top level and the functions it called). The cache lives in
// the user's cache folder, never in the workspace, keyed by the bundle's text and the runtime; a
// cache that is missing, unreadable or refused by V8 only means the bundle is compiled as usual.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** `BOUSSOLE_CODE_CACHE`: a folder to keep the cache in, or `off`; the OS's cache folder otherwise. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()): string | undefined {
  const chosen = env.BOUSSOLE_CODE_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'boussole', 'code-cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'boussole', 'code-cache');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'boussole', 'code-cache');
}

export interface LoadedBundle {
  /** Whether V8 took the cache: the bundle was not compiled again. */
  cached: boolean;
  /** What the bundle exports (`module.exports`). */
  exports: unknown;
  /** Writes the cache from what has been compiled so far, unless the one read was taken; never throws. */
  save(): void;
}

/** Runs `file` (a CommonJS bundle) as `require` would, with the cache in `dir` when there is a good one. */
export function runBundle(file: string, dir: string | undefined): LoadedBundle {
  // The key hashes the bytes as read: hashing the decoded text would encode a megabyte again.
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  // One cache per bundle and runtime (an editor's and the system's Node may differ): V8 refuses a
  // cache made by another version or with other flags, but checks only the length of the text.
  const name = `${basename(file, '.js')}-v8-${process.versions.v8.replace(/[^\w.]/g, '_')}`;
  const key = createHash('sha1').update(bytes).digest('hex').slice(0, 20);
  const cacheFile = dir && join(dir, `${name}-${key}.cache`);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  let saved = cached;
  return {
    cached,
    exports: module.exports,
    save() {
      if (saved || !dir || !cacheFile) return;
      saved = true;
      try {
        mkdirSync(dir, { recursive: true });
        const partial = `${cacheFile}.${process.pid}-${threadId}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
        // The caches of earlier bundles are of no more use.
        for (const other of readdirSync(dir)) {
          if (other.startsWith(`${name}-`) && other.endsWith('.cache') && join(dir, other) !== cacheFile) rmSync(join(dir, other), { force: true });
        }
      } catch {
        // A read-only or full disk: the next start compiles the bundle, as without a cache.
      }
    },
  };
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
