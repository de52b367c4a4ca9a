// Wires the language features to a connection. Only this folder knows LSP.
// Analysis runs in a worker thread (analysis/), so every request is answered at once: hovers and
// completion from the last completed analysis, edits and outlines from the current text's one.
import { join } from 'node:path';
import {
  CodeActionKind, type Connection, DidChangeConfigurationNotification, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { analysisHost } from './analysis/host';
import { analysisStore } from './analysis/store';
import { codeActions } from './code-actions';
import { statusLens } from './code-lens';
import { completions, wantsAnalysis } from './completion';
import { toDiagnostic } from './diagnostics';
import { listenToDocuments } from './documents';
import { noteFiles } from './files';
import { followUp } from './follow-up';
import { foldingRanges } from './folding';
import { hoverAt } from './hover';
import { documentUri, requireCodeActionContext, requirePosition, requireRange, requireStrings } from './params';
import { FOLLOW_UP_REQUEST, type FollowUpParams, PING_REQUEST } from './protocol';
import { ruleDocs } from './rule-docs';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { documentSymbols } from './symbols';
import { splitLines } from '../core/model';

/** Typing pauses shorter than this do not trigger a new analysis. */
const DEBOUNCE_MS = 250;

/** An analysis longer than this is cut off, and the note gets one finding saying so. */
export const ANALYSIS_BUDGET_MS = 5_000;

export interface ServerOptions {
  /** The extension's folder, which ships `docs/rules/`. */
  root?: string;
  /** The bundled analysis thread, next to the server. */
  workerScript?: string;
  budgetMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const root = options.root ?? join(__dirname, '..');
  const budgetMs = options.budgetMs ?? ANALYSIS_BUDGET_MS;
  const log = (message: string) => connection.console.error(message);
  const failure = (what: string) => (error: unknown) => log(`Boussole ${what}: ${error instanceof Error ? error.stack : String(error)}`);
  // A stray rejection is a bug to report, never a reason for the server to exit.
  process.on('unhandledRejection', failure('hit an unexpected error'));

  const host = analysisHost({ script: options.workerScript ?? join(__dirname, 'analysis-worker.js'), budgetMs, log });
  const timers = new Map<string, NodeJS.Timeout>();
  const settings = new Map<string, Promise<Settings>>();
  let configurationPull = false;
  const docs = ruleDocs(root);

  const documents = listenToDocuments(connection, {
    opened: (uri) => run(uri),
    changed: (uri) => schedule(uri),
    closed: (uri) => {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      analyses.forget(uri);
      settings.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] }).catch(failure(`could not clear the diagnostics of ${uri}`));
    },
  });
  const analyses = analysisStore(documents, host, budgetMs);
  const files = noteFiles((uri) => documents.get(uri)?.getText());

  connection.onInitialize((params) => {
    configurationPull = params?.capabilities?.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full },
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

  connection.onInitialized(() => {
    if (!configurationPull) return;
    // A client may refuse dynamic registration: settings are then read again on each change it sends.
    connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(failure('could not register for configuration changes'));
  });

  const settingsFor = (uri: string): Promise<Settings> => {
    if (!configurationPull) return Promise.resolve(DEFAULT_SETTINGS);
    let pending = settings.get(uri);
    if (!pending) {
      pending = connection.workspace.getConfiguration({ scopeUri: uri, section: 'boussole' })
        .then(readSettings, () => DEFAULT_SETTINGS);
      settings.set(uri, pending);
    }
    return pending;
  };

  /** Analyses the document's current text and publishes its diagnostics, unless a newer text or a close overtook it. */
  const validate = async (uri: string) => {
    const generation = documents.open(uri)?.generation;
    if (generation === undefined) return;
    const { enable } = await settingsFor(uri);
    if (documents.open(uri)?.generation !== generation) return;
    const analysed = await analyses.analyse(uri, {});
    const open = documents.open(uri);
    if (!analysed || open?.generation !== analysed.generation) return;
    const diagnostics = enable ? analysed.analysis.findings.map((f) => toDiagnostic(f, root)) : [];
    await connection.sendDiagnostics({ uri, version: open.document.version, diagnostics });
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

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    for (const document of documents.all()) run(document.uri);
  });

  connection.onHover((params) => {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const analysed = analyses.lastCompleted(uri);
    if (!analysed) return null;
    return hoverAt({ uri, analysis: analysed.analysis, lines: analysed.lines, files, ruleDocs: docs }, position);
  });

  connection.onCodeAction((params) => {
    const uri = documentUri(params);
    requireRange(params);
    requireCodeActionContext(params);
    // Edits are computed on the text they apply to: none while that text is still being analysed.
    const analysed = analyses.ready(uri);
    return analysed ? codeActions(params, analysed.analysis.model, analysed.text) : [];
  });

  connection.onCompletion((params) => {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const document = documents.get(uri);
    const analysed = analyses.lastCompleted(uri);
    if (!document || !analysed) return null;
    const lines = splitLines(document.getText());
    if (!wantsAnalysis(params, lines[position.line] ?? '')) return null;
    return completions(analysed.analysis.model, lines, position);
  });

  connection.onDocumentSymbol(async (params) => {
    const analysed = await analyses.current(documentUri(params));
    return analysed ? documentSymbols(analysed.analysis.model) : [];
  });

  connection.onFoldingRanges(async (params) => {
    const analysed = await analyses.current(documentUri(params));
    return analysed ? foldingRanges(analysed.analysis.model, analysed.lines) : [];
  });

  connection.onCodeLens(async (params) => {
    const uri = documentUri(params);
    if (!(await settingsFor(uri)).enable) return [];
    const analysed = await analyses.current(uri);
    return analysed && !analysed.interrupted ? statusLens(analysed.analysis) : [];
  });

  connection.onRequest(FOLLOW_UP_REQUEST, (params: FollowUpParams) => {
    requireStrings(params, ['text', 'fileName', 'date'], ['taken']);
    return followUp(params);
  });

  connection.onRequest(PING_REQUEST, () => ({}));

  connection.onShutdown(() => host.dispose());
  connection.listen();
}
