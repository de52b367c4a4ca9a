// Wires the language features to a connection. Only this folder knows LSP.
import { join } from 'node:path';
import {
  CodeActionKind, type Connection, DidChangeConfigurationNotification, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analyze';
import { codeActions } from './code-actions';
import { statusLens } from './code-lens';
import { completions, wantsAnalysis } from './completion';
import { toDiagnostic } from './diagnostics';
import { noteFiles } from './files';
import { followUp } from './follow-up';
import { foldingRanges } from './folding';
import { hoverAt } from './hover';
import { FOLLOW_UP_REQUEST, type FollowUpParams } from './protocol';
import { ruleDocs } from './rule-docs';
import { splitLines } from '../core/model';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { documentSymbols } from './symbols';

/** Typing pauses shorter than this do not trigger a new analysis. */
const DEBOUNCE_MS = 250;

export function startServer(connection: Connection, root = join(__dirname, '..')): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  const settings = new Map<string, Promise<Settings>>();
  let configurationPull = false;
  const files = noteFiles((uri) => documents.get(uri)?.getText());
  const docs = ruleDocs(root);

  connection.onInitialize((params) => {
    configurationPull = params.capabilities.workspace?.configuration === true;
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
    if (configurationPull) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
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

  /** Analyses once per document version; hovers and diagnostics share the result. */
  const analysisOf = (document: TextDocument): Analysis => {
    const cached = analyses.get(document.uri);
    if (cached?.version === document.version) return cached.analysis;
    const analysis = analyze(document.getText());
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  };

  const validate = async (document: TextDocument) => {
    const { enable } = await settingsFor(document.uri);
    if (documents.get(document.uri)?.version !== document.version) return;
    const diagnostics = enable ? analysisOf(document).findings.map((f) => toDiagnostic(f, root)) : [];
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const run = (document: TextDocument) => {
    validate(document).catch((error: unknown) => {
      connection.console.error(`Boussole could not check ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
    });
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
    settings.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    for (const document of documents.all()) run(document);
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const context = { uri: document.uri, analysis: analysisOf(document), lines: splitLines(document.getText()), files, ruleDocs: docs };
    return hoverAt(context, params.position);
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(params, analysisOf(document).model, document.getText()) : [];
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const lines = splitLines(document.getText());
    if (!wantsAnalysis(params, lines[params.position.line] ?? '')) return null;
    return completions(analysisOf(document).model, lines, params.position);
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(analysisOf(document).model) : [];
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(analysisOf(document).model, splitLines(document.getText())) : [];
  });

  connection.onCodeLens(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !(await settingsFor(document.uri)).enable) return [];
    return statusLens(analysisOf(document));
  });

  connection.onRequest(FOLLOW_UP_REQUEST, (params: FollowUpParams) => followUp(params));

  documents.listen(connection);
  connection.listen();
}
