// What a click on the account map opens: a person's card opens the latest note that met them (else
// the one that names them) at their line, a note's column opens that note at its title. The page
// only names a link by its id; the extension looks the place up here, so a page can open nothing
// the map did not draw.
import type { NoteLocation } from '../../../server/src/lsp/protocol';
import type { Localiser } from '../localiser';
import { MAX_COLUMNS, type MapAccount, noteLink, orderStakeholders, personLink } from './svg';

export type MapLinks = Map<string, NoteLocation>;

export function mapLinks(account: MapAccount): MapLinks {
  const links: MapLinks = new Map();
  orderStakeholders(account.stakeholders).forEach((person, row) => {
    const place = person.met.at(-1)?.location ?? person.namedAt;
    if (place) links.set(personLink(row), place);
  });
  account.notes.slice(-MAX_COLUMNS).forEach((note, column) => links.set(noteLink(column), note.location));
  return links;
}

/** The place a message from the page asks to open, or undefined for anything else. */
export function linkTarget(message: unknown, links: MapLinks): NoteLocation | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, link } = message as { type?: unknown; link?: unknown };
  return type === 'open' && typeof link === 'string' ? links.get(link) : undefined;
}

/**
 * The map speaks its notes' language: the display language's translations when they are the same,
 * else English as written or the extension's French bundle.
 */
export function mapLocaliser(language: 'fr' | 'en', display: { l10n: Localiser; language: string }, french: () => Record<string, string> | undefined): Localiser {
  if (display.language.toLowerCase().startsWith(language)) return display.l10n;
  const translations = language === 'fr' ? french() ?? {} : {};
  return {
    t: (message, ...args) => (translations[message] ?? message).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? '')),
  };
}
