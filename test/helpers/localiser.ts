// The translations the client's view builders get from VS Code, outside VS Code: English as written
// in the sources, or French from the extension's own bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Localiser } from '../../client/src/localiser';

const FRENCH: Record<string, string> = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8'));

function localiser(translations: Record<string, string>): Localiser {
  return {
    t: (message, ...args) => (translations[message] ?? message).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
  };
}

export const english = localiser({});
/** Fails loudly on a message the bundle does not translate, so a test cannot pass on English by mistake. */
export const french: Localiser = {
  t: (message, ...args) => {
    if (!(message in FRENCH)) throw new Error(`no French for: ${message}`);
    return localiser(FRENCH).t(message, ...args);
  },
};
