// The baseline for start-up: a minimal language server that lints Markdown with markdownlint and
// publishes its findings, the least an editor would run for the same notes.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from 'markdownlint/sync';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) => {
  const results = lint({ strings: { note: document.getText() } }).note;
  connection.sendDiagnostics({
    uri: document.uri,
    diagnostics: results.map((r) => {
      const at = { line: r.lineNumber - 1, character: 0 };
      return { range: { start: at, end: at }, message: r.ruleDescription, source: 'markdownlint' };
    }),
  });
});
documents.listen(connection);
connection.listen();
