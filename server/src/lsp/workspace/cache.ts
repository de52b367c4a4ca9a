// The workspace index between sessions: each note's record and findings, valid while the note's
// content (and the options it was checked with) hash the same. Kept in the extension's storage
// folder, never in the workspace; without one, nothing is cached. A file written by another format
// or version, or unreadable, is ignored with a log line: the notes are then read again.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { version as BOUSSOLE_VERSION } from '../../../../package.json';
import type { AnalyzeOptions } from '../../core/analyze';
import { RECORD_VERSION } from '../../core/workspace/version';
import type { Indexed } from '../analysis/messages';

/** The file's own shape, and the records' (`RECORD_VERSION`, raised by the core whenever what a record holds changes): older files are then ignored. */
export const CACHE_FORMAT = 100 + RECORD_VERSION;
export const CACHE_FILE = 'workspace-index.json';

export interface CachedNote extends Indexed {
  /** Hash of the text and of the options it was checked with. */
  hash: string;
}

interface CacheFile {
  format: number;
  boussole: string;
  notes: Record<string, CachedNote>;
}

export interface RecordCache {
  /** Reads the file back; resolves once it is read (or found missing or ignored). */
  load(): Promise<void>;
  /** The cached record and findings of `uri`, when its hash is still `hash`. */
  get(uri: string, hash: string): Indexed | undefined;
  /** The notes of the index as they are now; written shortly after, at most one write at a time. */
  save(notes: () => Iterable<[string, CachedNote]>): void;
  /** Writes what is pending now (at shutdown). */
  flush(): Promise<void>;
  /** Forgets what was read back: once the index holds the notes, their hashes say what changed. */
  release(): void;
}

/** Writes wait this long for more changes. */
const SAVE_DELAY_MS = 2_000;
/** Notes written at a time: the file is never one string in memory. */
const WRITE_BATCH = 100;

export function contentHash(text: string, options: AnalyzeOptions): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\0').update(text).digest('base64url');
}

export function recordCache(storagePath: string | undefined, log: (message: string) => void): RecordCache {
  let cached = new Map<string, CachedNote>();
  let pending: (() => Iterable<[string, CachedNote]>) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const file = storagePath ? join(storagePath, CACHE_FILE) : undefined;

  const write = async () => {
    timer = undefined;
    const notes = pending;
    pending = undefined;
    if (!file || !notes || !storagePath) return;
    const entries = [...notes()];
    const temporary = `${file}.${process.pid}.tmp`;
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
      await mkdir(storagePath, { recursive: true });
      handle = await open(temporary, 'w');
      // The same JSON as one `CacheFile` object, written a batch of notes at a time.
      const head: Omit<CacheFile, 'notes'> = { format: CACHE_FORMAT, boussole: BOUSSOLE_VERSION };
      let text = `${JSON.stringify(head).slice(0, -1)},"notes":{`;
      for (let at = 0; at < entries.length; at += WRITE_BATCH) {
        text += entries.slice(at, at + WRITE_BATCH).map(([uri, note]) => `${JSON.stringify(uri)}:${JSON.stringify(note)}`).join(',');
        if (at + WRITE_BATCH < entries.length) text += ',';
        await handle.write(text);
        text = '';
      }
      await handle.write(`${text}}}`);
      await handle.close();
      handle = undefined;
      // Renamed into place: a reader never sees half a file.
      await rename(temporary, file);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      log(`Boussole could not write its workspace cache ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  };

  return {
    async load() {
      if (!file) return;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return;
      }
      try {
        const content = JSON.parse(text) as Partial<CacheFile>;
        if (content.format !== CACHE_FORMAT || content.boussole !== BOUSSOLE_VERSION || !isObject(content.notes)) {
          log(`Boussole ignored its workspace cache ${file}: written by another version; the notes are read again.`);
          return;
        }
        cached = new Map(Object.entries(content.notes).filter(([, note]) => isCachedNote(note)));
      } catch {
        log(`Boussole ignored its workspace cache ${file}: it is not readable; the notes are read again.`);
      }
    },
    get(uri, hash) {
      const note = cached.get(uri);
      return note?.hash === hash ? { record: note.record, findings: note.findings } : undefined;
    },
    save(notes) {
      if (!file) return;
      pending = notes;
      if (!timer) timer = setTimeout(() => void (writing = writing.then(write)), SAVE_DELAY_MS);
    },
    release() {
      cached = new Map();
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        writing = writing.then(write);
      }
      await writing;
    },
  };
}

function isCachedNote(value: unknown): value is CachedNote {
  return isObject(value) && typeof value.hash === 'string' && isObject(value.record) && Array.isArray(value.findings);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
