// A minimal LSP client over stdio for tests: spawns the bundled server like an editor would.
import { type ChildProcess, spawn } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest, createProtocolConnection, type Diagnostic, InitializeRequest, InitializedNotification, type ProtocolConnection,
  PublishDiagnosticsNotification, type PublishDiagnosticsParams, RegistrationRequest,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  open(name: string, text: string): Promise<Diagnostic[]>;
  /** Replaces the whole text of an open document and resolves with the diagnostics that follow. */
  change(name: string, text: string): Promise<Diagnostic[]>;
  /** Sends a request about the document `name`: `textDocument` is filled in. */
  ask<T>(method: string, name: string, params?: Record<string, unknown>): Promise<T>;
  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  uri(name: string): string;
  stop(): Promise<void>;
}

export interface ClientOptions {
  /** Answers the server's workspace/configuration requests; the client then advertises the capability. */
  configuration?: (section: string | undefined) => unknown;
}

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const queue = waiting.get(params.uri);
    queue?.shift()?.(params);
  });
  const { configuration } = options;
  if (configuration) {
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => configuration(item.section)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
  }
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, workspaceFolders: null,
    capabilities: configuration ? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } : {},
  });
  await connection.sendNotification(InitializedNotification.type, {});

  /** A name is a file under /notes, unless it is an absolute path (a note on disk). */
  const uri = (name: string) => pathToFileURL(isAbsolute(name) ? name : join('/notes', name)).href;
  const versions = new Map<string, number>();
  const nextDiagnostics = (target: string) => new Promise<PublishDiagnosticsParams>((resolve) => {
    waiting.set(target, [...(waiting.get(target) ?? []), resolve]);
  });
  return {
    connection,
    uri,
    nextDiagnostics,
    async open(name, text) {
      const pending = nextDiagnostics(uri(name));
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uri(name), languageId: 'markdown', version: 1, text },
      });
      versions.set(name, 1);
      return (await pending).diagnostics;
    },
    async change(name, text) {
      const version = (versions.get(name) ?? 1) + 1;
      versions.set(name, version);
      const pending = nextDiagnostics(uri(name));
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(name), version }, contentChanges: [{ text }],
      });
      return (await pending).diagnostics;
    },
    ask(method, name, params = {}) {
      return connection.sendRequest(method, { textDocument: { uri: uri(name) }, ...params });
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
