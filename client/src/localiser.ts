// The one thing the pure view builders need of VS Code: its translations. The extension passes
// `vscode.l10n`; tests pass a function over the English strings or the French bundle.
export interface Localiser {
  t(message: string, ...args: (string | number)[]): string;
}
