// Wires the language features to a connection. Only this folder knows LSP.
import { join } from 'node:path';
import { CodeActionKind, type Connection, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalyzeOptions } from '../core/analyze';
import { codeActions } from './code-actions';
import { statusLens } from './code-lens';
import { completions, wantsAnalysis } from './completion';
import { configDiagnostics, isConfigFile } from './config-diagnostics';
import { toDiagnostic } from './diagnostics';
import { noteFiles } from './files';
import { followUp } from './follow-up';
import { foldingRanges } from './folding';
import { gate } from './gate';
import { hoverAt } from './hover';
import { FOLLOW_UP_REQUEST, type FollowUpParams } from './protocol';
import { ruleDocs } from './rule-docs';
import { splitLines } from '../core/model';
import { noteSettingsSource } from './note-settings';
import { documentSymbols } from './symbols';

/** Typing pauses shorter than this do not trigger a new analysis. */
const DEBOUNCE_MS = 250;

export function startServer(connection: Connection, root = join(__dirname, '..')): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const analyses = new Map<string, { version: number; options: AnalyzeOptions; analysis: Analysis }>();
  const files = noteFiles((uri) => documents.get(uri)?.getText());
  const docs = ruleDocs(root);
  const failure = (what: string) => (error: unknown) => {
    connection.console.error(`Boussole ${what}: ${error instanceof Error ? error.stack : String(error)}`);
  };
  const notes = noteSettingsSource(connection, failure);
  const whenEnabled = gate(notes);
  const configProblems = configDiagnostics(connection);

  connection.onInitialize((params) => {
    notes.initialize(params?.capabilities);
    return {
      capabilities: {
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

  connection.onInitialized(() => notes.initialized());

  /** Analyses once per document version and options; hovers and diagnostics share the result. */
  const analysisOf = (document: TextDocument, options: AnalyzeOptions): Analysis => {
    const cached = analyses.get(document.uri);
    if (cached?.version === document.version && cached.options === options) return cached.analysis;
    const analysis = analyze(document.getText(), options);
    analyses.set(document.uri, { version: document.version, options, analysis });
    return analysis;
  };

  /** Configuration files' problems, for the open configuration files and the files the open notes read. */
  const refreshConfigProblems = async () => {
    const open = documents.all().filter((document) => isConfigFile(document.uri));
    const read = await Promise.all(documents.all().filter((document) => !isConfigFile(document.uri)).map((document) => notes.of(document.uri)));
    await configProblems.refresh(open.map((document) => ({ uri: document.uri, text: document.getText() })), read.flatMap((note) => note.config.problems));
  };

  const validate = async (document: TextDocument) => {
    if (isConfigFile(document.uri)) return refreshConfigProblems();
    const settings = await notes.of(document.uri);
    if (documents.get(document.uri)?.version !== document.version) return;
    const checked = settings.enable && !settings.ignored;
    const diagnostics = checked ? analysisOf(document, settings.options).findings.map((f) => toDiagnostic(f, root)) : [];
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    if (settings.config.problems.length) await refreshConfigProblems();
  };

  const run = (document: TextDocument) => {
    validate(document).catch(failure(`could not check ${document.uri}`));
  };

  const recheckAll = () => {
    for (const document of documents.all()) run(document);
    refreshConfigProblems().catch(failure('could not check the configuration files'));
  };

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      run(document);
    }, DEBOUNCE_MS));
  };

  documents.onDidOpen((event) => run(event.document));
  documents.onDidChangeContent((event) => {
    if (event.document.version > 1) schedule(event.document);
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    analyses.delete(event.document.uri);
    notes.forget(event.document.uri);
    if (isConfigFile(event.document.uri)) refreshConfigProblems().catch(failure('could not check the configuration files'));
    else void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  // Editors that do not watch files still say when a configuration file they show is saved.
  documents.onDidSave((event) => {
    if (!isConfigFile(event.document.uri)) return;
    notes.filesChanged();
    recheckAll();
  });

  connection.onDidChangeConfiguration((params) => {
    notes.settingsChanged(params);
    recheckAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    notes.filesChanged();
    recheckAll();
  });

  connection.onHover(whenEnabled(null, (params, { options }) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const context = { uri: document.uri, analysis: analysisOf(document, options), lines: splitLines(document.getText()), files, ruleDocs: docs };
    return hoverAt(context, params.position);
  }));

  connection.onCodeAction(whenEnabled([], (params, { options }) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(params, analysisOf(document, options).model, document.getText()) : [];
  }));

  connection.onCompletion(whenEnabled(null, (params, { options }) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const lines = splitLines(document.getText());
    if (!wantsAnalysis(params, lines[params.position.line] ?? '')) return null;
    return completions(analysisOf(document, options).model, lines, params.position);
  }));

  connection.onDocumentSymbol(whenEnabled([], (params, { options }) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(analysisOf(document, options).model) : [];
  }));

  connection.onFoldingRanges(whenEnabled([], (params, { options }) => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(analysisOf(document, options).model, splitLines(document.getText())) : [];
  }));

  connection.onCodeLens(whenEnabled([], (params, { options }) => {
    const document = documents.get(params.textDocument.uri);
    return document ? statusLens(analysisOf(document, options)) : [];
  }));

  connection.onRequest(FOLLOW_UP_REQUEST, (params: FollowUpParams) => followUp(params));

  documents.listen(connection);
  connection.listen();
}
