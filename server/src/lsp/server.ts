// Wires the language features to a connection. Only this folder knows LSP.
// Analysis runs in a worker thread (analysis/), so every request is answered at once: hovers and
// completion from the last completed analysis, edits and outlines from the current text's one. A
// linked note shown on hover is analysed in that thread too.
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import {
  CodeActionKind, CodeLensRefreshRequest, type Connection, LSPErrorCodes, ResponseError, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { analysisHost } from './analysis/host';
import { ANALYSIS_THREAD } from './analysis/thread';
import { analysisStore } from './analysis/store';
import { configDiagnostics, isConfigFile } from './config-diagnostics';
import { listenToDocuments } from './documents';
import { noteFiles } from './files';
import { gate } from './gate';
import type { LinkedNote } from './hover/part';
import { documentUri, requireCodeActionContext, requirePosition, requireRange, requireStrings } from './params';
import { FOLLOW_UP_REQUEST, type FollowUpParams, PING_REQUEST } from './protocol';
import { ruleDocs } from './rule-docs';
import { localPath, noteSettingsSource } from './note-settings';
import { answerWorkspaceRequests } from './workspace/requests';
import type { Clock } from './workspace/clock';
import { workspaceIndex } from './workspace/service';
import { splitLines } from '../core/lines';

let loaded: typeof import('./features') | undefined;
/** The features that read a model, loaded on first use so the server starts without the analysis core. */
const features = (): typeof import('./features') => (loaded ??= require('./features') as typeof import('./features'));

/** Typing pauses shorter than this do not trigger a new analysis. */
const DEBOUNCE_MS = 250;

/** An analysis longer than this is cut off, and the note gets one finding saying so. */
export const ANALYSIS_BUDGET_MS = 5_000;

/** Heap of the thread that reads the workspace's notes (each note's analysis is dropped once its record is sent). */
const INDEX_HEAP_MB = 96;
/** Workspace notes longer than this are left to the index's thread: an open note waits for none of them. */
const SHARED_LANE_MAX_LENGTH = 50_000;
/** Status lines are asked again at most this often after the workspace changed an open note's findings. */
const LENS_REFRESH_MS = 300;

export interface ServerOptions {
  /** The extension's folder, which ships `docs/rules/`. */
  root?: string;
  /** The bundled analysis thread, next to the server. */
  workerScript?: string;
  /** That thread, already started. */
  worker?: Worker;
  budgetMs?: number;
  /** Where today comes from (tests); the system's clock otherwise. */
  clock?: Clock;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const root = options.root ?? join(__dirname, '..');
  const budgetMs = options.budgetMs ?? ANALYSIS_BUDGET_MS;
  const log = (message: string) => connection.console.error(message);
  const failure = (what: string) => (error: unknown) => log(`Boussole ${what}: ${error instanceof Error ? error.stack : String(error)}`);
  // A stray rejection is a bug to report, never a reason for the server to exit.
  process.on('unhandledRejection', failure('hit an unexpected error'));

  const script = options.workerScript ?? ANALYSIS_THREAD;
  const host = analysisHost({ script, started: options.worker, budgetMs, log });
  // The workspace's notes are read on the editor's thread while no open note needs it (the small
  // ones), and on a thread of their own, started when the editor's is busy and stopped once they are
  // read; its smaller heap keeps the server's memory low while thousands of notes go through it.
  const indexHost = analysisHost({ script, budgetMs, heapMb: INDEX_HEAP_MB, batch: true, log });
  const lanes = [{ host, maxLength: SHARED_LANE_MAX_LENGTH, prefix: 'workspace ' }, { host: indexHost, release: true }];
  const timers = new Map<string, NodeJS.Timeout>();
  const docs = ruleDocs(root);
  const notes = noteSettingsSource(connection, failure, { log, onDiskChange: () => recheckEverything() });
  const whenEnabled = gate(notes);
  const configProblems = configDiagnostics(connection);

  const documents = listenToDocuments(connection, {
    opened: (uri) => run(uri),
    changed: (uri) => schedule(uri),
    closed: (uri) => {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      analyses.forget(uri);
      notes.forget(uri);
      if (isConfigFile(uri)) return refreshConfigProblems().catch(failure('could not check the configuration files'));
      connection.sendDiagnostics({ uri, diagnostics: [] }).catch(failure(`could not clear the diagnostics of ${uri}`));
      // A note of the workspace folders gets its file's diagnostics back.
      workspace.closed(uri);
    },
  });
  const analyses = analysisStore(documents, host, budgetMs);
  let refreshLenses = false;
  let lensTimer: NodeJS.Timeout | undefined;
  /** The status lines count what Problems shows: asked again when an open note's cross-note findings change. */
  const refreshLensesSoon = () => {
    if (!refreshLenses || lensTimer) return;
    lensTimer = setTimeout(() => {
      lensTimer = undefined;
      connection.sendRequest(CodeLensRefreshRequest.type).catch(failure('could not refresh the status lines'));
    }, LENS_REFRESH_MS);
  };
  const workspace = workspaceIndex({ connection, documents, analyses, settings: notes, lanes, root, log, onError: failure, openChanged: refreshLensesSoon, clock: options.clock });
  const files = noteFiles((uri) => documents.get(uri)?.getText());

  connection.onInitialize((params) => {
    notes.initialize(params?.capabilities, params?.initializationOptions);
    refreshLenses = params?.capabilities?.workspace?.codeLens?.refreshSupport === true;
    const fromWorkspace = workspace.initialize(params);
    return {
      capabilities: {
        ...fromWorkspace,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: [' '] },
        documentSymbolProvider: { label: 'Boussole' },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'boussole' },
    };
  });

  // A client may refuse dynamic registration: settings are then read again on each change it sends.
  connection.onInitialized(() => {
    notes.initialized();
    workspace.initialized();
  });

  /** Configuration files' problems, for the open configuration files and the files the open notes read. */
  const refreshConfigProblems = async () => {
    const changes = notes.changes();
    const [configs, others] = partition(documents.all(), (document) => isConfigFile(document.uri));
    const read = await Promise.all(others.map((document) => notes.of(document.uri)));
    // A file changed again meanwhile: what was read is outdated, and the re-check it started publishes.
    if (notes.changes() !== changes) return;
    await configProblems.refresh(configs.map((document) => ({ uri: document.uri, text: document.getText() })), read.flatMap((note) => note.config.problems));
  };

  /**
   * Analyses the document's current text and publishes its diagnostics, unless a newer text, a close
   * or a change of settings or configuration files overtook it: a check that read a file before it
   * changed would otherwise land after the re-check that read it changed (the text alone says nothing).
   */
  const validate = async (uri: string) => {
    if (isConfigFile(uri)) return refreshConfigProblems();
    const generation = documents.open(uri)?.generation;
    if (generation === undefined) return;
    const changes = notes.changes();
    const current = () => documents.open(uri)?.generation === generation && notes.changes() === changes;
    const settings = await notes.of(uri);
    if (!current()) return;
    if (settings.config.problems.length) await refreshConfigProblems();
    if (!current()) return;
    if (!settings.enable || settings.ignored) {
      const open = documents.open(uri);
      if (open && current()) await connection.sendDiagnostics({ uri, version: open.document.version, diagnostics: [] });
      return;
    }
    const analysed = await analyses.analyse(uri, settings.options);
    const open = documents.open(uri);
    if (!analysed || open?.generation !== analysed.generation || !current()) return;
    if (analysed.interrupted && analysed.detail) log(`Boussole stopped checking ${uri} (${analysed.detail}).`);
    workspace.analysed(uri, analysed, settings);
    await workspace.publishOpen(uri, open.document.version, analysed);
  };

  const run = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    validate(uri).catch(failure(`could not check ${uri}`));
  };

  const schedule = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => run(uri), DEBOUNCE_MS));
  };

  /**
   * After a settings or configuration file change: every open document, the problems that are gone,
   * and the status lines, which the editor asks again for only when told (the texts did not change).
   * Resolves once the open notes' new diagnostics are out: the rest of the workspace waits for them.
   */
  const recheckAll = (): Promise<unknown> => {
    const open = documents.all().map((document) => document.uri);
    const checks = open.map((uri) => {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      return validate(uri).catch(failure(`could not check ${uri}`));
    });
    refreshConfigProblems().catch(failure('could not check the configuration files'));
    const done = Promise.all(checks).then(() => workspace.openRechecked(open));
    if (refreshLenses) void done.then(() => connection.sendRequest(CodeLensRefreshRequest.type)).catch(failure('could not refresh the status lines'));
    return done;
  };

  /** The open notes first, then the workspace's notes, read again with what now applies. */
  const recheckEverything = () => workspace.rebuild(recheckAll());

  connection.onDidChangeConfiguration((params) => {
    notes.settingsChanged(params);
    recheckEverything();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes.filter((change) => typeof change?.uri === 'string') : [];
    const [configs, others] = partition(changes, (change) => isConfigFile(change.uri));
    if (others.length) workspace.filesChanged(others);
    // Notes go to the index; configuration files (or a notification naming no file) are read again.
    if (configs.length) configFilesChanged(configs.map((change) => change.uri));
    else if (!others.length) {
      notes.filesChanged();
      recheckEverything();
    }
  });

  // Editors that do not watch files still say when a configuration file they show is saved.
  connection.onDidSaveTextDocument((params) => {
    const uri = params?.textDocument?.uri ?? '';
    if (isConfigFile(uri)) configFilesChanged([uri]);
  });

  /** The editor says configuration files changed: the notes are checked again, once for a change the server's watch saw too. */
  const configFilesChanged = (uris: string[]) => {
    const paths = uris.map(localPath).filter((path) => path !== undefined);
    notes.configFilesChanged(paths).then((due) => due && recheckEverything(), failure('could not read the configuration files again'));
  };

  /** A linked note's text and analysis: the open copy's last one, else the file analysed in the thread. */
  const readLinked = async (target: string): Promise<LinkedNote> => {
    const open = analyses.lastCompleted(target);
    if (open) return { target, text: open.text, analysis: open.analysis };
    const text = files.read(target);
    if (text === undefined) return { target };
    const outcome = await host.run(`link ${target}`, text, {});
    return { target, text, analysis: outcome && 'analysis' in outcome ? outcome.analysis : undefined };
  };

  connection.onHover(whenEnabled(null, async (params) => {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const analysed = analyses.lastCompleted(uri);
    if (!analysed) return null;
    const { analysis, lines } = analysed;
    const { hoverAt, linkTargetAt, personHistory } = features();
    const link = linkTargetAt(analysis.model, lines, uri, position);
    const linked = link ? await readLinked(link.target) : undefined;
    const history = (name: string) => personHistory(workspace.notes.index, uri, name);
    return hoverAt({ uri, analysis, lines, linked, ruleDocs: docs, history }, position);
  }));

  connection.onCodeAction(whenEnabled([], (params) => {
    const uri = documentUri(params);
    requireRange(params);
    requireCodeActionContext(params);
    // Edits are computed on the text they apply to: none while that text is still being analysed.
    const analysed = analyses.ready(uri);
    return analysed ? features().codeActions(params, analysed.analysis.model, analysed.text) : [];
  }));

  connection.onCompletion(whenEnabled(null, (params) => {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const document = documents.get(uri);
    const analysed = analyses.lastCompleted(uri);
    if (!document || !analysed) return null;
    const lines = splitLines(document.getText());
    const { completions, wantsAnalysis, peopleOfAccount } = features();
    if (!wantsAnalysis(params, lines[position.line] ?? '')) return null;
    return completions(analysed.analysis.model, lines, position, peopleOfAccount(workspace.notes.index, uri));
  }));

  connection.onDocumentSymbol(whenEnabled([], async (params) => {
    const analysed = await analyses.current(documentUri(params));
    return analysed ? features().documentSymbols(analysed.analysis.model) : [];
  }));

  connection.onFoldingRanges(whenEnabled([], async (params) => {
    const analysed = await analyses.current(documentUri(params));
    return analysed ? features().foldingRanges(analysed.analysis.model, analysed.lines) : [];
  }));

  connection.onCodeLens(whenEnabled([], async (params) => {
    const analysed = await analyses.current(documentUri(params));
    if (!analysed || analysed.interrupted) return [];
    // The count is what Problems shows for the note, so the two never disagree.
    const uri = params.textDocument.uri;
    return features().statusLens(analysed.analysis, uri, workspace.diagnosticsOf(uri, analysed).length);
  }));

  connection.onRequest(FOLLOW_UP_REQUEST, async (params: FollowUpParams) => {
    requireStrings(params, ['text', 'fileName', 'date'], ['taken']);
    const reply = await host.followUp(params);
    if ('followUp' in reply) return reply.followUp;
    throw new ResponseError(LSPErrorCodes.RequestFailed, `Boussole could not write the follow-up (${reply.interrupted}).`);
  });

  connection.onRequest(PING_REQUEST, () => ({}));
  answerWorkspaceRequests(connection, workspace);

  connection.onShutdown(async () => {
    clearTimeout(lensTimer);
    notes.dispose();
    await workspace.dispose();
    await Promise.all([host.dispose(), indexHost.dispose()]);
  });
  connection.listen();
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
