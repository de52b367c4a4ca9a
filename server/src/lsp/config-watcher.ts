// The server's own watch on the configuration files, beside the editor's: an editor's file watcher
// may stay silent (under load, or none at all), and a note would keep a configuration that changed.
// Folders are watched, not files, so a file written by renaming over it, or created where none was,
// is seen too; only the folders a configuration was looked for in (or read from) are watched, and a
// folder no note needs any more is let go. A change seen both here and by the editor re-checks once:
// a re-check is due only when what the watched files hold differs from the last time one was due.
import { createHash } from 'node:crypto';
import { watch as watchFolder } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Names to watch in one folder. */
export interface WatchTarget {
  folder: string;
  names: readonly string[];
}

/** What the watcher needs of `fs.watch`'s answer. */
export interface FolderWatch {
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void;
}

export type WatchFolder = (folder: string, listener: (event: string, name: string | null) => void) => FolderWatch;

export interface ConfigWatcherOptions {
  /** Something watched changed on disk (called after a pause, once for a burst of events). */
  onChange(): void;
  log(message: string): void;
  /** `fs.watch` on a folder; tests give their own. */
  watch?: WatchFolder;
  debounceMs?: number;
}

export interface ConfigWatcher {
  /** What one owner (a note) needs watched, in place of what it needed before. */
  use(owner: string, targets: readonly WatchTarget[]): void;
  /** The owner needs nothing watched any more. */
  release(owner: string): void;
  /**
   * Whether configuration files changed since the last time this said so: the watched files, and
   * `named` (the files an editor says changed), hold something else. A file never looked at counts
   * as changed. Calls are answered in order.
   */
  changed(named?: readonly string[]): Promise<boolean>;
  /** The folders watched now. */
  folders(): string[];
  dispose(): void;
}

/** Events within this pause are one change (an editor's save is several writes). */
const DEBOUNCE_MS = 100;
/** Open notes from this many folders apart are left to the editor's watcher. */
const MAX_FOLDERS = 256;

const nodeWatch: WatchFolder = (folder, listener) => watchFolder(folder, { persistent: false }, (event, name) => listener(event, name === null ? null : String(name)));

export function configWatcher(options: ConfigWatcherOptions): ConfigWatcher {
  const watch = options.watch ?? nodeWatch;
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  /** Each watched folder: how many owners need each name, and its watch (none while it failed). */
  const folders = new Map<string, { names: Map<string, number>; handle?: FolderWatch }>();
  const owners = new Map<string, readonly WatchTarget[]>();
  let timer: NodeJS.Timeout | undefined;
  let last = new Map<string, string>();
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  let full = false;

  const schedule = () => {
    if (disposed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      options.onChange();
    }, debounceMs);
  };

  const open = (folder: string) => {
    if (folders.size >= MAX_FOLDERS) {
      if (!full) options.log(`Boussole watches configuration files in ${MAX_FOLDERS} folders; the editor's watcher speaks for the others.`);
      full = true;
      return;
    }
    const entry: { names: Map<string, number>; handle?: FolderWatch } = { names: new Map() };
    folders.set(folder, entry);
    try {
      const handle = watch(folder, (_event, name) => {
        // Some systems do not say which file changed.
        if (name === null || entry.names.has(name)) schedule();
      });
      handle.on('error', (error) => {
        // A folder deleted, a watch the system took back: the editor's watcher still speaks.
        options.log(`Boussole stopped watching ${folder} (${(error as NodeJS.ErrnoException).code ?? error.message}).`);
        handle.close();
        if (entry.handle === handle) entry.handle = undefined;
      });
      entry.handle = handle;
    } catch (error) {
      // EMFILE, ENOSPC (the system's limit of watches), a folder already gone.
      options.log(`Boussole could not watch ${folder} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  };

  /** Counts the targets in; returns the ones taken (none past the limit of folders). */
  const add = (targets: readonly WatchTarget[]): WatchTarget[] => targets.filter(({ folder, names }) => {
    if (!folders.has(folder)) open(folder);
    const entry = folders.get(folder);
    if (!entry) return false;
    for (const name of names) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
    return true;
  });

  const remove = (targets: readonly WatchTarget[]) => {
    for (const { folder, names } of targets) {
      const entry = folders.get(folder);
      if (!entry) continue;
      for (const name of names) {
        const left = (entry.names.get(name) ?? 0) - 1;
        if (left > 0) entry.names.set(name, left);
        else entry.names.delete(name);
      }
      if (!entry.names.size) {
        entry.handle?.close();
        folders.delete(folder);
      }
    }
  };

  /** What a file holds, as a short digest; a missing or unreadable file says so. */
  const digest = async (path: string): Promise<string> => {
    try {
      return createHash('sha1').update(await readFile(path)).digest('base64url');
    } catch (error) {
      return `(${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
  };

  return {
    use(owner, targets) {
      if (disposed) return;
      // The new targets first: a folder in both is never let go in between.
      const taken = add(dedupe(targets));
      remove(owners.get(owner) ?? []);
      owners.set(owner, taken);
    },
    release(owner) {
      remove(owners.get(owner) ?? []);
      owners.delete(owner);
    },
    changed(named = []) {
      const check = queue.then(async () => {
        const paths = new Set(named);
        for (const [folder, entry] of folders) for (const name of entry.names.keys()) paths.add(join(folder, name));
        const now = new Map(await Promise.all([...paths].map(async (path) => [path, await digest(path)] as const)));
        const due = [...now].some(([path, value]) => last.get(path) !== value);
        last = now;
        return due;
      });
      queue = check.catch(() => undefined);
      return check;
    },
    folders: () => [...folders.keys()],
    dispose() {
      disposed = true;
      clearTimeout(timer);
      for (const entry of folders.values()) entry.handle?.close();
      folders.clear();
      owners.clear();
    },
  };
}

/** Each folder once, each name once in it. */
function dedupe(targets: readonly WatchTarget[]): WatchTarget[] {
  const byFolder = new Map<string, Set<string>>();
  for (const { folder, names } of targets) {
    if (!byFolder.has(folder)) byFolder.set(folder, new Set());
    for (const name of names) byFolder.get(folder)!.add(name);
  }
  return [...byFolder].map(([folder, names]) => ({ folder, names: [...names] }));
}
