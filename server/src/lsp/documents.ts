// The open documents, as the editor last sent them. Each open and each change starts a new
// generation: editors may reopen a note with the same version number or repeat one, so the version
// alone cannot say which text a result belongs to.
import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface OpenDocument {
  readonly document: TextDocument;
  /** Grows with every open and change; a result is current only for the generation it was made from. */
  readonly generation: number;
  /** The generation of its didOpen: results from before belong to an earlier opening. */
  readonly openedAt: number;
}

export interface DocumentEvents {
  opened(uri: string): void;
  changed(uri: string): void;
  closed(uri: string): void;
}

export interface Documents {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /** The document and its generation, or undefined once closed. */
  open(uri: string): OpenDocument | undefined;
}

let generations = 0;

export function listenToDocuments(connection: Connection, events: DocumentEvents): Documents {
  const open = new Map<string, OpenDocument>();
  const warn = (what: string) => connection.console.warn(`Boussole ignored a malformed ${what} notification.`);

  connection.onDidOpenTextDocument((params) => {
    const item = params?.textDocument;
    if (typeof item?.uri !== 'string' || typeof item.text !== 'string') return warn('didOpen');
    const version = Number.isInteger(item.version) ? item.version : 0;
    const generation = ++generations;
    const document = TextDocument.create(item.uri, item.languageId ?? 'markdown', version, item.text);
    open.set(item.uri, { document, generation, openedAt: generation });
    events.opened(item.uri);
  });

  connection.onDidChangeTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    const changes = params?.contentChanges;
    if (typeof uri !== 'string' || !Array.isArray(changes)) return warn('didChange');
    const current = open.get(uri);
    if (!current || !changes.length) return;
    const version = Number.isInteger(params.textDocument.version) ? params.textDocument.version : current.document.version;
    let document: TextDocument;
    try {
      document = TextDocument.update(current.document, changes, version);
    } catch {
      return warn('didChange');
    }
    open.set(uri, { document, generation: ++generations, openedAt: current.openedAt });
    events.changed(uri);
  });

  connection.onDidCloseTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return warn('didClose');
    if (open.delete(uri)) events.closed(uri);
  });

  return {
    get: (uri) => open.get(uri)?.document,
    all: () => [...open.values()].map((entry) => entry.document),
    open: (uri) => open.get(uri),
  };
}
