// The VS Code side: starts the bundled language server for Markdown files and registers the
// commands, each in its own file under commands/.
import * as path from 'node:path';
import { type ExtensionContext, commands } from 'vscode';
import { newFollowUp } from './commands/new-follow-up';
import { newNote } from './commands/new-note';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

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
  };
  client = new LanguageClient('boussole', 'Boussole', serverOptions, clientOptions);
  registerCommands(context, client);
  await client.start();
}

/** The follow-up command asks the language server, so it gets the client that talks to it. */
function registerCommands(context: ExtensionContext, languageClient: LanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('boussole.newSession', () => newNote('session')),
    commands.registerCommand('boussole.newMeeting', () => newNote('meeting')),
    commands.registerCommand('boussole.newFollowUp', () => newFollowUp(languageClient)),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
