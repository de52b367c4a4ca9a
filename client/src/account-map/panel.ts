// "Boussole: Show account map": asks the server for the account of a note (the one a CodeLens names,
// else the active editor's) and shows its picture in a webview that runs no script and loads nothing.
import { randomBytes } from 'node:crypto';
import { type ExtensionContext, l10n, env, type Uri, ViewColumn, type WebviewPanel, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ACCOUNT_MAP_REQUEST, type AccountMapParams, type AccountMapResult } from '../../../server/src/lsp/protocol';
import { mapPage } from './html';
import { accountMapSvg } from './svg';

export const ACCOUNT_MAP_VIEW = 'boussole.accountMap';

/** One panel, reused: a second map replaces the first rather than piling up tabs. */
let panel: WebviewPanel | undefined;

export async function showAccountMap(context: ExtensionContext, client: LanguageClient, uri?: string | Uri): Promise<void> {
  const target = typeof uri === 'string' ? uri : (uri ?? window.activeTextEditor?.document.uri)?.toString();
  if (!target) {
    void window.showInformationMessage(l10n.t('Open a meeting note to see its account map.'));
    return;
  }
  const params: AccountMapParams = { uri: target };
  const { account } = await client.sendRequest<AccountMapResult>(ACCOUNT_MAP_REQUEST, params);
  if (!account) {
    void window.showInformationMessage(l10n.t('This note belongs to no account: name it in the front matter (account: …) or in the title.'));
    return;
  }
  const title = l10n.t('Account map: {0}', account.name);
  if (!panel) {
    panel = window.createWebviewPanel(ACCOUNT_MAP_VIEW, title, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableCommandUris: false,
      enableFindWidget: true,
      // The page is one HTML string: the webview may read no file at all.
      localResourceRoots: [],
    });
    panel.onDidDispose(() => { panel = undefined; }, undefined, context.subscriptions);
  }
  panel.title = title;
  const svg = accountMapSvg(account, l10n, env.language);
  panel.webview.html = mapPage({ title, svg, cspSource: panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), language: env.language });
  panel.reveal(undefined, true);
}
