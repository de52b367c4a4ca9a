// "Boussole: Show account map": asks the server for the account of a note (the one a CodeLens names,
// else the active editor's) and shows its picture, in its notes' language, in a webview that loads
// nothing; its one script (allowed by nonce) says which card or note was clicked, and the note opens
// at that line.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExtensionContext, l10n, env, Range, Uri, ViewColumn, type WebviewPanel, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ACCOUNT_MAP_REQUEST, type AccountMapParams, type AccountMapResult } from '../../../server/src/lsp/protocol';
import { mapPage } from './html';
import { linkTarget, type MapLinks, mapLinks, mapLocaliser } from './links';
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
/** Where each link of the page on screen goes. */
let links: MapLinks = new Map();
/** The extension's folder, where the French translations are. */
let extensionPath: string | undefined;
let frenchBundle: Record<string, string> | undefined;

/** The French translations, for a French account seen in another display language. */
function french(): Record<string, string> | undefined {
  if (frenchBundle || !extensionPath) return frenchBundle;
  try {
    frenchBundle = JSON.parse(readFileSync(join(extensionPath, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
  } catch {
    frenchBundle = undefined;
  }
  return frenchBundle;
}

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
  extensionPath = context.extensionPath;
  await draw(client, target, true, context);
}

async function draw(client: LanguageClient, target: string, asked: boolean, context?: ExtensionContext): Promise<void> {
  const request = ++latest;
  const params: AccountMapParams = { uri: target };
  const { account, off } = await client.sendRequest<AccountMapResult>(ACCOUNT_MAP_REQUEST, params);
  if (request !== latest) return;
  if (off) {
    if (asked) void window.showInformationMessage(l10n.t('The workspace index is off (boussole.workspace.index): there is no account map.'));
    return;
  }
  if (!account) {
    if (asked) void window.showInformationMessage(l10n.t('This note belongs to no account: name it in the front matter (account: …) or in the title.'));
    return;
  }
  const title = l10n.t('Account map: {0}', account.name);
  if (!panel) {
    if (!asked) return;
    panel = window.createWebviewPanel(ACCOUNT_MAP_VIEW, title, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      // One script, allowed by the page's nonce: it only tells which link was clicked.
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      // The page is one HTML string: the webview may read no file at all.
      localResourceRoots: [],
    });
    panel.webview.onDidReceiveMessage((message: unknown) => {
      const place = linkTarget(message, links);
      if (!place) return;
      const { start, end } = place.range;
      void window.showTextDocument(Uri.parse(place.uri), {
        viewColumn: ViewColumn.One, preview: false, selection: new Range(start.line, start.character, end.line, end.character),
      });
    }, undefined, context?.subscriptions);
    panel.onDidDispose(() => {
      panel = undefined;
      shown = undefined;
      drawn = undefined;
      links = new Map();
    }, undefined, context?.subscriptions);
  }
  shown = target;
  panel.title = title;
  // The picture speaks its notes' language; the tab, VS Code's.
  const words = mapLocaliser(account.language, { l10n, language: env.language }, french);
  const svg = accountMapSvg(account, words, account.language);
  links = mapLinks(account);
  if (svg !== drawn) {
    drawn = svg;
    panel.webview.html = mapPage({ title, svg, cspSource: panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), language: account.language });
  }
  if (asked) panel.reveal(undefined, true);
}
