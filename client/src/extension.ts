// The VS Code side: starts the bundled language server for Markdown files and registers the
// commands, each in its own file under commands/. Messages go through vscode.l10n (l10n/).
import * as path from 'node:path';
import { type ExtensionContext, commands, l10n, window } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { type InitializationOptions, PING_REQUEST } from '../../server/src/lsp/protocol';
import { refreshAccountMap, showAccountMap } from './account-map/panel';
import { newFollowUp } from './commands/new-follow-up';
import { newNote } from './commands/new-note';
import { registerFollowUps } from './follow-ups/view';
import { startWatchdog } from './watchdog';
import { workspaceChanges } from './workspace-changed';

/** How often the server is asked whether it still answers, and how long it has to answer. */
const PING_INTERVAL_MS = 30_000;
const PING_TIMEOUT_MS = 15_000;

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Virtual workspaces (a repository opened without cloning): the open notes are checked.
      { scheme: 'vscode-vfs', language: 'markdown' },
      // Configuration files, so their problems show while they are typed.
      { scheme: 'file', pattern: '**/.boussole.{jsonc,json,yaml,yml}' },
    ],
    synchronize: { configurationSection: 'boussole' },
    // The server caches its workspace index there (the extension's storage), never in the workspace.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath } satisfies InitializationOptions,
  };
  const languageClient = new LanguageClient('boussole', 'Boussole', serverOptions, clientOptions);
  client = languageClient;
  registerCommands(context, languageClient);
  await languageClient.start();
  // The views ask the server again when its workspace index changes.
  const changes = workspaceChanges(languageClient);
  context.subscriptions.push(changes, changes.event(() => refreshAccountMap(languageClient)));
  registerFollowUps(context, languageClient, changes.event);
  const watchdog = startWatchdog({
    ping: () => languageClient.sendRequest(PING_REQUEST),
    running: () => languageClient.isRunning(),
    restart: () => languageClient.restart(),
    notify: () => void window.showWarningMessage(l10n.t('The Boussole language server stopped answering and was restarted.')),
    log: (message) => languageClient.warn(message),
    intervalMs: PING_INTERVAL_MS,
    timeoutMs: PING_TIMEOUT_MS,
  });
  context.subscriptions.push(watchdog);
}

/** The follow-up and account map commands ask the language server, so they get the client that talks to it. */
function registerCommands(context: ExtensionContext, languageClient: LanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('boussole.newSession', () => newNote('session')),
    commands.registerCommand('boussole.newMeeting', () => newNote('meeting')),
    commands.registerCommand('boussole.newFollowUp', () => newFollowUp(languageClient)),
    // The CodeLens on a meeting note's title passes the note's URI; the palette passes nothing.
    commands.registerCommand('boussole.showAccountMap', (uri?: string) => showAccountMap(context, languageClient, uri)),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
