// The workspace index in the language server: every note of the workspace folders, read in the
// background at start (with progress), read back from the cache when unchanged, kept current from
// file events and from the open documents, whose text wins over the file. Notes are analysed on the
// analysis threads (`pool.ts`), never on the server's own, so requests are answered meanwhile; they
// are analysed side by side and stored in the order of the files.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Connection, type Diagnostic, DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, type FileEvent, FileChangeType, type InitializeParams, type ServerCapabilities,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import type { Language } from '../../core/types';
import { INDEX_PROGRESS } from '../../lexicon/workspace-progress';
import type { Indexed } from '../analysis/messages';
import type { Analysed, AnalysisStore } from '../analysis/store';
import type { Documents } from '../documents';
import { localPath, type NoteSettings, type NoteSettingsSource } from '../note-settings';
import type { IndexMode } from '../settings';
import { type InitializationOptions, WORKSPACE_CHANGED_NOTIFICATION } from '../protocol';
import { contentHash, recordCache } from './cache';
import { type Clock, systemClock, today, watchDays } from './clock';
import { workspaceDiagnostics, type WorkspaceDiagnostics } from './diagnostics';
import { findNotes, isInside, noteFilter } from './discovery';
import { WorkspaceNotes } from './notes';
import { type IndexLane, indexPool } from './pool';
import { readNote } from './read';

/** The files whose events reach the index (configuration files are watched by note-settings). */
export const NOTE_FILE_GLOBS = ['**/*.{md,markdown}', '**/.gitignore'];

/** Views are told the index changed at most this often. */
const CHANGED_DEBOUNCE_MS = 300;
/** Notes read (and analysed, as threads come free) ahead of the one being stored. */
const READ_AHEAD = 32;
/** Notes stored between two turns of the event loop. */
const YIELD_EVERY = 20;
/**
 * `auto` reads the folders only if one of their first Markdown files is a meeting or session note: a
 * repository of READMEs and guides is not analysed in the background for nothing.
 */
const AUTO_PROBE = 64;
/** Progress is reported at most this often. */
const PROGRESS_EVERY_MS = 200;

export interface WorkspaceContext {
  connection: Connection;
  documents: Documents;
  analyses: AnalysisStore;
  settings: NoteSettingsSource;
  /** The threads that analyse the workspace's notes. */
  lanes: readonly IndexLane[];
  root: string;
  log(message: string): void;
  onError(what: string): (error: unknown) => void;
  /** Some open note's cross-note findings may have changed (its status line counts them). */
  openChanged?(): void;
  /** Where today comes from; the system's clock unless a test gives its own. */
  clock?: Clock;
}

export interface Workspace {
  readonly notes: WorkspaceNotes;
  initialize(params: InitializeParams | undefined): Partial<ServerCapabilities>;
  initialized(): void;
  /** False until the first reading of the workspace is done. */
  complete(): boolean;
  /** `boussole.workspace.index: off`: no index at all. */
  off(): boolean;
  today(): string;
  /** An open note's current text was analysed: the index takes its record, related notes are refreshed. */
  analysed(uri: string, analysed: Analysed, settings: NoteSettings): void;
  /** An open note's diagnostics as Problems shows them: its own, less what its history answers, and its cross-note ones. */
  diagnosticsOf(uri: string, analysed: Analysed): Diagnostic[];
  /** Publishes an open note's diagnostics (its own and its cross-note ones), unless they are pulled. */
  publishOpen(uri: string, version: number, analysed: Analysed): Promise<void>;
  /** An open note was closed: the file on disk speaks for it again. */
  closed(uri: string): void;
  /** The local day changed while the server runs: every note's cross-note findings are worked out again. */
  dayChanged(): void;
  /** Markdown files or .gitignore files were created, changed or deleted. */
  filesChanged(changes: readonly FileEvent[]): void;
  /**
   * Settings or configuration files changed: every note is read again (unchanged ones from memory),
   * once `after` (the open notes' own checks) has settled; an older reading stops at once.
   */
  rebuild(after?: Promise<unknown>): void;
  /** The open notes were checked again (settings changed): a client that pulls is told at once. */
  openRechecked(uris: readonly string[]): void;
  dispose(): Promise<void>;
}

export function workspaceIndex(context: WorkspaceContext): Workspace {
  const { connection, documents, settings, log, onError } = context;
  const clock = context.clock ?? systemClock;
  const todayNow = () => today(clock.now());
  const pool = indexPool(context.lanes);
  const notes = new WorkspaceNotes();
  let folders: { path: string; uri: string }[] = [];
  let language: Language = 'en';
  let watchFiles = false;
  let complete = false;
  let builds = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let changedTimer: NodeJS.Timeout | undefined;
  let cache = recordCache(undefined, log);
  let loaded: Promise<void> = Promise.resolve();
  let diagnostics: WorkspaceDiagnostics;
  /** `boussole.workspace.index`, read at each build. */
  let mode: IndexMode = 'auto';
  /** The index holds the folders' notes and follows their files. */
  let active = false;
  let watching = false;
  /** `auto` found no note in the folders: nothing is read until one is opened there. */
  let dormant = false;
  let days: { dispose(): void } | undefined;
  /** Whether an open document is a note of the folders, asked once per opening. */
  const membership = new Map<string, boolean>();

  const enabled = async (uri: string) => {
    const note = await settings.of(uri);
    return note.enable && !note.ignored;
  };

  const folderOf = (path: string) => folders.find((folder) => isInside(folder.path, path));

  const changed = () => {
    if (!complete || changedTimer) return;
    changedTimer = setTimeout(() => {
      changedTimer = undefined;
      connection.sendNotification(WORKSPACE_CHANGED_NOTIFICATION, {}).catch(onError('could not tell the views the workspace changed'));
    }, CHANGED_DEBOUNCE_MS);
  };

  const refresh = (affected: Iterable<string>) => {
    const uris = [...affected];
    diagnostics.refresh(uris);
    if (uris.some((uri) => documents.open(uri))) context.openChanged?.();
    changed();
  };

  /** Forgets a note and withdraws what was published for it; adds the notes to refresh to `affected`. */
  const drop = (uri: string, affected: Set<string> = new Set()) => {
    for (const other of notes.remove(uri)) affected.add(other);
    diagnostics.forget(uri);
    settings.forgetUnopened(uri);
    return affected;
  };

  /** A note's file and what applies to it; undefined text: not a note to index. */
  const readFile = async (uri: string, path: string) => {
    const folder = folderOf(path);
    if (!folder || documents.open(uri)) return undefined;
    const note = await settings.ofUnopened(uri, folder.uri);
    const text = note.enable && !note.ignored ? await readNote(path) : undefined;
    return { uri, note, text };
  };

  /** Reads one note from disk into the index; returns the notes to refresh. */
  const indexFile = async (uri: string, path: string) => store(await prepare(readFile(uri, path), builds));

  /**
   * A note read from disk and what the index is to do with it: keep it (unchanged), drop it, or
   * take its record (from the cache, else analysed on a thread). Nothing is stored yet.
   */
  const prepare = async (reading: ReturnType<typeof readFile>, mine: number): Promise<Prepared> => {
    const read = await reading;
    if (!read || documents.open(read.uri)) return { skip: true };
    const { uri, note, text } = read;
    if (text === undefined) return { uri, drop: true };
    const hash = contentHash(text, note.options);
    const known = notes.get(uri);
    if (known?.hash === hash && known.generation === undefined) return { uri, note, hash, known: true };
    const cached = cache.get(uri, hash);
    if (cached) return { uri, note, hash, indexed: cached };
    const outcome = await pool.index(uri, text, note.options, () => mine === builds);
    if (!outcome) return { skip: true };
    if ('interrupted' in outcome) {
      log(`Boussole left ${uri} out of the workspace index (${outcome.interrupted}: ${outcome.detail}).`);
      return { uri, drop: true };
    }
    return { uri, note, hash, indexed: outcome.indexed };
  };

  /** Puts a prepared note in the index; returns the notes to refresh. */
  const store = (prepared: Prepared): Set<string> => {
    if ('skip' in prepared || documents.open(prepared.uri)) return new Set();
    const { uri } = prepared;
    if ('drop' in prepared) return drop(uri);
    const { note, hash } = prepared;
    if ('known' in prepared) {
      const known = notes.get(uri);
      if (!known || known.hash !== hash || known.generation !== undefined) return new Set();
      if (known.workspaceDiagnostics === note.workspaceDiagnostics && known.rules === note.options.rules) return new Set();
      known.workspaceDiagnostics = note.workspaceDiagnostics;
      known.rules = note.options.rules;
      return new Set([uri]);
    }
    // Opened meanwhile: the editor's text wins.
    if (notes.get(uri)?.generation !== undefined) return new Set();
    const { indexed } = prepared;
    return notes.put(uri, indexed.record, { hash, findings: indexed.findings, workspaceDiagnostics: note.workspaceDiagnostics, rules: note.options.rules });
  };

  /** An open document of the folders that is a meeting or a session (`opened` put it in the index). */
  const openNoteOfTheFolders = () => [...notes.uris()].some((uri) => {
    const kind = notes.get(uri)?.generation !== undefined ? notes.index.get(uri)?.kind : undefined;
    return kind !== undefined && kind !== 'unknown';
  });

  /**
   * Whether one of the first files is a meeting or a session (in the index already, or once read);
   * what it read goes into `probed`, for the same build's reading to take up.
   */
  const probeForANote = async (files: readonly string[], mine: number, probed: Map<string, Promise<Prepared>>) => {
    for (const file of files.slice(0, AUTO_PROBE)) {
      const prepared = prepare(readFile(pathToFileURL(file).href, file), mine);
      probed.set(file, prepared);
      const read = await prepared;
      if (mine !== builds) return false;
      const kind = 'known' in read ? notes.index.get(read.uri)?.kind : 'indexed' in read ? read.indexed.record.kind : undefined;
      if (kind !== undefined && kind !== 'unknown') return true;
    }
    return false;
  };

  const saveCache = () => cache.save(function* () {
    for (const uri of notes.uris()) {
      const note = notes.get(uri)!;
      const record = notes.index.get(uri);
      if (note.hash && record && note.generation === undefined) yield [uri, { hash: note.hash, record, findings: note.findings }];
    }
  });

  const progress = async (): Promise<WorkDoneProgressServerReporter | undefined> => {
    try {
      return await connection.window.createWorkDoneProgress();
    } catch (error) {
      onError('could not show the progress of reading the notes')(error);
      return undefined;
    }
  };

  /** Brings the index in line with the folders on disk; a newer build stops an older one. */
  /** `boussole.workspace.index: off`: the index forgets every note, open ones too; Problems keeps each note's own findings. */
  const switchOff = () => {
    active = false;
    const affected = new Set(documents.all().map((document) => document.uri));
    for (const uri of [...notes.uris()]) drop(uri, affected);
    complete = true;
    refresh(affected);
  };

  /** The index follows the notes' files from now on. */
  const follow = () => {
    if (active) return;
    active = true;
    if (watchFiles && !watching) {
      watching = true;
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: NOTE_FILE_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch(onError('could not watch the notes'));
    }
  };

  const build = async (mine: number) => {
    if (mine !== builds) return;
    dormant = false;
    mode = (await settings.global()).index;
    if (mine !== builds) return;
    if (mode === 'off') return switchOff();
    let listed: string[] | undefined;
    // Notes the `auto` probe read, kept for this build only: an older build's were read for a
    // reading that was stopped, and may have been left out.
    const probed = new Map<string, Promise<Prepared>>();
    if (mode === 'auto' && !active) {
      // No note in the folders yet: nothing is read or watched until one is opened there.
      listed = await findNotes(folders.map((folder) => folder.path));
      if (mine !== builds) return;
      const found = await probeForANote(listed, mine, probed);
      if (mine !== builds) return;
      if (!found) {
        probed.clear();
        if (!openNoteOfTheFolders()) {
          complete = true;
          dormant = true;
          return;
        }
        // A note opened while the probe read wakes the index as one opened after it would; its
        // folder may hold files written since the listing.
        listed = undefined;
      }
    }
    follow();
    const reporter = await progress();
    reporter?.begin(INDEX_PROGRESS.title[language], 0, INDEX_PROGRESS.listing[language], false);
    try {
      await loaded;
      const files = listed ?? await findNotes(folders.map((folder) => folder.path));
      const wanted = new Set(files.map((file) => pathToFileURL(file).href));
      const affected = new Set<string>();
      for (const uri of [...notes.uris()]) if (!wanted.has(uri) && !documents.open(uri)) drop(uri, affected);
      let reported = performance.now();
      // Notes are read and analysed ahead of the one being stored: the disk and every thread work at once.
      const ahead: Promise<Prepared>[] = [];
      let next = 0;
      const readAhead = () => {
        for (; next < files.length && ahead.length < READ_AHEAD; next++) {
          ahead.push(probed.get(files[next]) ?? prepare(readFile(pathToFileURL(files[next]).href, files[next]), mine));
        }
      };
      for (let done = 0; done < files.length; done++) {
        readAhead();
        const prepared = await ahead.shift()!;
        if (mine !== builds) return;
        for (const uri of store(prepared)) affected.add(uri);
        // Notes read back from the cache come one after another without waiting: let requests in.
        if (done % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
        if (performance.now() - reported > PROGRESS_EVERY_MS) {
          reported = performance.now();
          reporter?.report(Math.floor((done * 100) / files.length), INDEX_PROGRESS.reading[language](done + 1, files.length));
        }
      }
      if (!complete) {
        // The first reading shows every note at once, cross-note findings computed on the whole workspace.
        complete = true;
        for (const uri of notes.uris()) affected.add(uri);
        for (const open of documents.all()) affected.add(open.uri);
      }
      cache.release();
      pool.release();
      refresh(affected);
      saveCache();
    } finally {
      reporter?.done();
    }
  };

  const serially = (task: () => Promise<unknown>) => {
    queue = queue.then(task).catch(onError('could not read the workspace'));
  };

  const workspace: Workspace = {
    notes,
    initialize(params) {
      const given = params?.workspaceFolders ?? (params?.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
      folders = localFolders(given);
      language = params?.locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
      watchFiles = params?.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      const options = (params?.initializationOptions ?? {}) as InitializationOptions;
      const storagePath = typeof options.storagePath === 'string' && options.storagePath ? options.storagePath : undefined;
      cache = recordCache(storagePath && !folders.some((folder) => isInside(folder.path, storagePath)) ? storagePath : undefined, log);
      const capabilities = params?.capabilities;
      const pulled = capabilities?.textDocument?.diagnostic !== undefined && capabilities.workspace?.diagnostics !== undefined;
      diagnostics = workspaceDiagnostics({
        connection, notes, documents, analyses: context.analyses, root: context.root, today: todayNow, complete: () => complete, enabled, onError,
      }, pulled, capabilities?.workspace?.diagnostics?.refreshSupport === true);
      // Folders added or removed later are read (or forgotten) then.
      connection.onNotification(DidChangeWorkspaceFoldersNotification.type, (change) => {
        const removed = new Set((change?.event?.removed ?? []).map((folder) => folder?.uri));
        folders = [...folders.filter((folder) => !removed.has(folder.uri)), ...localFolders(change?.event?.added ?? [])];
        workspace.rebuild();
      });
      const workspaceFolders = { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };
      return pulled
        ? { ...workspaceFolders, diagnosticProvider: { identifier: 'boussole', interFileDependencies: true, workspaceDiagnostics: true } }
        : workspaceFolders;
    },
    initialized() {
      loaded = cache.load();
      workspace.rebuild();
      days = watchDays(clock, () => workspace.dayChanged());
    },
    dayChanged() {
      // What is overdue changed: the open notes first, then every note of the index, once.
      const open = documents.all().map((document) => document.uri).filter((uri) => notes.get(uri));
      refresh(new Set([...open, ...notes.uris()]));
    },
    complete: () => complete,
    off: () => mode === 'off',
    today: todayNow,
    analysed(uri, analysed, settings) {
      if (analysed.interrupted || mode === 'off') return;
      let member = membership.get(uri);
      if (member === undefined) {
        const path = localPath(uri);
        member = path !== undefined && noteFilter(folders.map((folder) => folder.path))(path);
        membership.set(uri, member);
      }
      if (!member) return;
      if (dormant && analysed.analysis.model.kind !== 'unknown') {
        // `auto` with no note in the folders until now: this one starts the index.
        dormant = false;
        workspace.rebuild();
      }
      // Loaded here: outside a workspace folder the server's thread never needs the model's reader.
      const { recordOf } = require('../../core/workspace/record') as typeof import('../../core/workspace/record');
      const record = recordOf(analysed.analysis.model, uri, analysed.text);
      const affected = notes.put(uri, record, { findings: [], generation: analysed.generation, workspaceDiagnostics: true, rules: settings.options.rules });
      // The note itself is published with its analysis, right after this: the others follow it.
      affected.delete(uri);
      queueMicrotask(() => refresh(affected));
    },
    diagnosticsOf: (uri, analysed) => diagnostics.ofOpen(uri, analysed),
    publishOpen: (uri, version, analysed) => diagnostics.publishOpen(uri, version, analysed),
    closed(uri) {
      membership.delete(uri);
      diagnostics.closed(uri);
      if (mode === 'off') return;
      if (notes.get(uri)?.generation === undefined) return;
      const path = localPath(uri);
      const filter = noteFilter(folders.map((folder) => folder.path));
      if (!path || !filter(path)) return refresh(drop(uri));
      indexFile(uri, path).then(refresh, onError(`could not read ${uri}`));
    },
    filesChanged(changes) {
      if (mode === 'off' || dormant) return;
      if (changes.some((change) => change.uri.endsWith('/.gitignore'))) return workspace.rebuild();
      serially(async () => {
        const filter = noteFilter(folders.map((folder) => folder.path));
        const affected = new Set<string>();
        for (const change of changes) {
          const path = localPath(change.uri);
          if (!path) continue;
          if (change.type === FileChangeType.Deleted) {
            // A deleted folder takes its notes with it.
            for (const uri of [...notes.uris()]) if (!documents.open(uri) && isInside(path, fileURLToPath(uri))) drop(uri, affected);
            continue;
          }
          if (documents.open(change.uri)) continue;
          if (filter(path)) for (const other of await indexFile(change.uri, path)) affected.add(other);
          else if (notes.get(change.uri)) drop(change.uri, affected);
        }
        pool.release();
        refresh(affected);
        saveCache();
      });
    },
    rebuild(after) {
      const mine = ++builds;
      membership.clear();
      serially(async () => {
        await after;
        await build(mine);
      });
    },
    openRechecked(uris) {
      diagnostics.refreshOpen(uris);
    },
    async dispose() {
      builds++;
      days?.dispose();
      clearTimeout(changedTimer);
      await cache.flush();
    },
  };
  return workspace;
}

/** The folders on the local disk, the only ones read. */
function localFolders(given: readonly { uri?: unknown }[]): { path: string; uri: string }[] {
  return given.flatMap((folder) => {
    const path = typeof folder?.uri === 'string' ? localPath(folder.uri) : undefined;
    return path ? [{ path, uri: folder.uri as string }] : [];
  });
}

/** What `prepare` found for a note read from disk. */
type Prepared =
  | { skip: true }
  | { uri: string; drop: true }
  | { uri: string; note: NoteSettings; hash: string; known: true }
  | { uri: string; note: NoteSettings; hash: string; indexed: Indexed };
