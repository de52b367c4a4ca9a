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
/** The note whose account the panel shows, asked again when the workspace changes. */
let shown: string | undefined;
/** The picture on screen: a redraw that changes nothing leaves the page (and its scroll) alone. */
let drawn: string | undefined;
/** Only the latest request's answer is drawn: an older one may arrive after it. */
let latest = 0;

/** Redraws the open map from the server's current index. */
export function refreshAccountMap(client: LanguageClient): void {
  if (panel && shown) void draw(client, shown, false).catch((error) => client.warn(`${ACCOUNT_MAP_REQUEST}: ${String(error)}`));
}

export async function showAccountMap(context: ExtensionContext, client: LanguageClient, uri?: string | Uri): Promise<void> {
  const target = typeof uri === 'string' ? uri : (uri ?? window.activeTextEditor?.document.uri)?.toString();
  if (!target) {
    void window.showInformationMessage(l10n.t('Open a meeting note to see its account map.'));
    return;
  }
  await draw(client, target, true, context);
}

async function draw(client: LanguageClient, target: string, asked: boolean, context?: ExtensionContext): Promise<void> {
  const request = ++latest;
  const params: AccountMapParams = { uri: target };
  const { account } = await client.sendRequest<AccountMapResult>(ACCOUNT_MAP_REQUEST, params);
  if (request !== latest) return;
  if (!account) {
    if (asked) void window.showInformationMessage(l10n.t('This note belongs to no account: name it in the front matter (account: …) or in the title.'));
    return;
  }
  const title = l10n.t('Account map: {0}', account.name);
  if (!panel) {
    if (!asked) return;
    panel = window.createWebviewPanel(ACCOUNT_MAP_VIEW, title, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableCommandUris: false,
      enableFindWidget: true,
      // The page is one HTML string: the webview may read no file at all.
      localResourceRoots: [],
    });
    panel.onDidDispose(() => {
      panel = undefined;
      shown = undefined;
      drawn = undefined;
    }, undefined, context?.subscriptions);
  }
  shown = target;
  panel.title = title;
  const svg = accountMapSvg(account, l10n, env.language);
  if (svg !== drawn) {
    drawn = svg;
    panel.webview.html = mapPage({ title, svg, cspSource: panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), language: env.language });
  }
  if (asked) panel.reveal(undefined, true);
}
