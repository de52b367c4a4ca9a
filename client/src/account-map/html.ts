// The account map's page: the SVG, a style sheet of theme colours and one small script that turns a
// click on a card or a note into a message, under a Content-Security-Policy that allows nothing
// else: no remote content, styles and the script only with this page's nonce.
import { escapeXml as esc } from './escape';

export interface MapPage {
  title: string;
  svg: string;
  /** `webview.cspSource`: the only origin images may come from. */
  cspSource: string;
  /** Fresh for every page. */
  nonce: string;
  /** The display language, for the page's `lang`. */
  language: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ');
}

export function mapPage(page: MapPage): string {
  return `<!DOCTYPE html>
<html lang="${esc(page.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)}</title>
<style nonce="${esc(page.nonce)}">${STYLE}</style>
</head>
<body>
<main>
${page.svg}
</main>
<script nonce="${esc(page.nonce)}">${SCRIPT}</script>
</body>
</html>`;
}

/**
 * A click (or Enter) on an element with a `data-link` asks the extension to open what it names; the
 * page knows no URI, only the link's id.
 */
const SCRIPT = `
const vscode = acquireVsCodeApi();
const open = (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-link]') : null;
  if (!target) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', link: target.getAttribute('data-link') });
};
document.addEventListener('click', open);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') open(event);
});
`;

/** Theme colours, so the map reads in light, dark and high-contrast themes alike. */
const STYLE = `
body { margin: 0; padding: 16px; background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); }
main { overflow: auto; }
svg.account-map { max-width: 100%; height: auto; font-family: var(--vscode-font-family); }
svg text { fill: var(--vscode-editor-foreground); font-size: 12px; }
.account { font-size: 22px; font-weight: 600; }
.muted, .date, .year, .detail, .legend text { fill: var(--vscode-descriptionForeground); }
.date { font-size: 12px; font-weight: 600; fill: var(--vscode-editor-foreground); }
.year { font-size: 10px; }
.name { font-size: 15px; font-weight: 600; }
.card { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); stroke-width: 1; }
.never-met .card, .legend-never { stroke: var(--vscode-charts-red); stroke-width: 1.5; stroke-dasharray: 6 4; }
.warn-text { fill: var(--vscode-charts-red); font-weight: 600; }
.lane { stroke: var(--vscode-panel-border, var(--vscode-descriptionForeground)); stroke-width: 1; opacity: 0.6; }
circle.met { fill: var(--vscode-charts-green); stroke: var(--vscode-editor-background); stroke-width: 2; }
circle.absent { fill: var(--vscode-descriptionForeground); opacity: 0.5; }
.badge rect { opacity: 0.22; }
.badge text { font-size: 11px; font-weight: 600; }
.person .accent, .person .badge rect { fill: var(--vscode-descriptionForeground); }
.decides .accent, .decides .badge rect { fill: var(--vscode-charts-purple); }
.champion .accent, .champion .badge rect { fill: var(--vscode-charts-green); }
.validates .accent, .validates .badge rect { fill: var(--vscode-charts-blue); }
.influences .accent, .influences .badge rect { fill: var(--vscode-charts-yellow); }
.verdict rect { opacity: 0.25; }
.verdict text { font-size: 13px; font-weight: 600; }
.verdict.good rect { fill: var(--vscode-charts-green); }
.verdict.warn rect { fill: var(--vscode-charts-yellow); }
.verdict.bad rect { fill: var(--vscode-charts-red); }
[data-link] { cursor: pointer; }
[data-link]:focus { outline: none; }
[data-link]:focus .card, [data-link]:hover .card { stroke: var(--vscode-focusBorder); stroke-width: 2; }
`;
