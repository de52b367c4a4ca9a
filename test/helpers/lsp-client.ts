// A minimal LSP client over stdio for tests: spawns the bundled server like an editor would.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest, createProtocolConnection, type Diagnostic, InitializeRequest, InitializedNotification, type ProtocolConnection,
  PublishDiagnosticsNotification, type PublishDiagnosticsParams, type Registration, RegistrationRequest, ErrorCodes, ResponseError,
  WorkDoneProgressCreateRequest, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';

export type WorkDoneProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
const ProgressType = '$/progress';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
/** The servers the tests start keep their code cache here, not in the user's cache folder. */
const CODE_CACHE = join(tmpdir(), `boussole-test-code-cache-${process.pid}`);
process.once('exit', () => rmSync(CODE_CACHE, { recursive: true, force: true }));

export interface TestClient {
  connection: ProtocolConnection;
  /** Opens `name` (at `version`, 1 unless told) and resolves with the diagnostics that follow. */
  open(name: string, text: string, version?: number): Promise<Diagnostic[]>;
  /** Replaces the whole text of an open document and resolves with the diagnostics that follow. */
  change(name: string, text: string): Promise<Diagnostic[]>;
  /** Sends a request about the document `name`: `textDocument` is filled in. */
  ask<T>(method: string, name: string, params?: Record<string, unknown>): Promise<T>;
  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  /** Every publication for `uri` so far, oldest first. */
  published(uri: string): PublishDiagnosticsParams[];
  /**
   * What the client saw, in order: each publication as `diagnostics <uri>`, each end of progress as
   * `progress end`, each workspace/diagnostic/refresh as `refresh`, plus what tests `mark`.
   */
  events: string[];
  mark(event: string): void;
  /** The server process, to check it is still running. */
  child: ChildProcess;
  /** What the server registered through client/registerCapability, in order. */
  registrations: Registration[];
  /** What the server logged (window/logMessage), in order. */
  logs: string[];
  /** The $/progress values the server sent, in order. */
  progress: WorkDoneProgressValue[];
  /** Resolves with the first publication for `uri` that `test` accepts (the ones so far included). */
  diagnosticsWhere(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  /** Resolves once the server's workspace index is built (its progress ended); needs `progress`. */
  indexed(): Promise<void>;
  /** Resolves once `test` holds on `events`, checked now and after each publication, progress or refresh. */
  eventsWhere(test: (events: readonly string[]) => boolean): Promise<void>;
  uri(name: string): string;
  stop(): Promise<void>;
}

export interface ClientOptions {
  /**
   * Answers the server's workspace/configuration requests, item by item (a promise keeps the whole
   * answer waiting); the client then advertises the capability.
   */
  configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown;
  /** Refuses the server's client/registerCapability requests with an error, as some clients do. */
  refuseRegistration?: boolean;
  /** More arguments for the server. */
  args?: string[];
  /** The client watches files for the server (didChangeWatchedFiles with dynamic registration). */
  watchFiles?: boolean;
  /** The client accepts workspace/codeLens/refresh (the test answers it on `connection`). */
  codeLensRefresh?: boolean;
  /** Workspace folders (absolute paths) sent at initialize. */
  folders?: string[];
  initializationOptions?: Record<string, unknown>;
  /** The client shows server-initiated progress (window/workDoneProgress/create is answered, $/progress kept). */
  progress?: boolean;
  /** The client pulls diagnostics, workspace ones included (the test sends the pulls on `connection`). */
  pullDiagnostics?: boolean;
  /** With `pullDiagnostics`: the client accepts workspace/diagnostic/refresh (each one is an event, `refresh`). */
  pullRefresh?: boolean;
  /** Environment variables for the server, on top of the test's own. */
  env?: Record<string, string>;
}

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio', ...(options.args ?? [])], {
    stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, BOUSSOLE_CODE_CACHE: CODE_CACHE, ...options.env },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
  const history = new Map<string, PublishDiagnosticsParams[]>();
  const events: string[] = [];
  const watchers: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    history.set(params.uri, [...(history.get(params.uri) ?? []), params]);
    events.push(`diagnostics ${params.uri}`);
    const queue = waiting.get(params.uri);
    queue?.shift()?.(params);
    for (const watcher of [...watchers]) watcher();
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  const progress: WorkDoneProgressValue[] = [];
  if (options.progress) {
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onNotification(ProgressType, (params: { value: WorkDoneProgressValue }) => {
      progress.push(params.value);
      if (params.value.kind === 'end') events.push('progress end');
      for (const watcher of [...watchers]) watcher();
    });
  }
  /** Resolves once `test` holds, checked now and after each publication or progress. */
  const until = (test: () => boolean) => new Promise<void>((resolve) => {
    if (test()) return resolve();
    const watcher = () => {
      if (!test()) return;
      watchers.splice(watchers.indexOf(watcher), 1);
      resolve();
    };
    watchers.push(watcher);
  });
  const { configuration, refuseRegistration, watchFiles } = options;
  const registrations: Registration[] = [];
  if (configuration) connection.onRequest(ConfigurationRequest.type, (params) => Promise.all(params.items.map((item) => configuration(item.section, item.scopeUri))));
  if (configuration || watchFiles) {
    connection.onRequest(RegistrationRequest.type, (params) => {
      if (refuseRegistration) throw new ResponseError(ErrorCodes.InternalError, 'registration refused');
      registrations.push(...params.registrations);
    });
  }
  if (options.pullRefresh) {
    connection.onRequest('workspace/diagnostic/refresh', () => {
      events.push('refresh');
      for (const watcher of [...watchers]) watcher();
      return null;
    });
  }
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null,
    workspaceFolders: options.folders ? options.folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: folder })) : null,
    // The server's own watch on configuration files is off unless a test turns it on: only the
    // file events a test sends change anything.
    initializationOptions: { watchConfigFiles: false, ...options.initializationOptions },
    capabilities: {
      ...(options.progress ? { window: { workDoneProgress: true } } : {}),
      ...(options.pullDiagnostics ? { textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } } : {}),
      workspace: {
        ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: options.pullRefresh === true } } : {}),
        ...(configuration ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
        ...(watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        ...(options.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}),
      },
    },
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
    published: (target) => history.get(target) ?? [],
    events,
    mark: (event) => events.push(event),
    child,
    registrations,
    logs,
    progress,
    async diagnosticsWhere(target, test) {
      let found: Diagnostic[] | undefined;
      await until(() => {
        found = (history.get(target) ?? []).map((params) => params.diagnostics).find(test);
        return found !== undefined;
      });
      return found!;
    },
    indexed: () => until(() => progress.some((value) => value.kind === 'end')),
    eventsWhere: (test) => until(() => test(events)),
    async open(name, text, version = 1) {
      const pending = nextDiagnostics(uri(name));
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uri(name), languageId: 'markdown', version, text },
      });
      versions.set(name, version);
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
