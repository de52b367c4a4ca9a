// Which account a note belongs to, and how accounts are keyed: "Acme SAS" and "ACME" are one account.
import { DEAL_OBJECTS, LEGAL_FORMS, TITLE_WORDS } from '../../lexicon/workspace';
import { hasAnyPhrase, normalize } from '../reading/text';
import type { Note, TextLine } from '../types';

const LEGAL = new Set(LEGAL_FORMS);
const BESIDES_ACCOUNT = new Set(TITLE_WORDS);

/** An account's key: its normalised name without legal forms ("Transports Girard SAS" -> "transports girard"). */
export function accountKey(name: string): string {
  const words = normalize(name).split(' ').filter(Boolean);
  const kept = words.filter((word) => !LEGAL.has(word));
  return (kept.length ? kept : words).join(' ');
}

/**
 * The buyer's organisation a meeting title names: the part of the title that is neither the
 * meeting's words, a date, nor one of the note's people. "Premier rendez-vous – Machin Industries"
 * -> "Machin Industries"; "Appel avec Nadia Benali" -> nothing.
 */
export function accountFromTitle(title: string, peopleKeys: readonly string[]): string | undefined {
  const people = new Set(peopleKeys);
  for (const segment of segments(title)) {
    const words = segment.split(' ').filter(Boolean);
    const isOther = (word: string) => {
      const parts = normalize(word).split(' ').filter(Boolean);
      return parts.every((part) => BESIDES_ACCOUNT.has(part) || /^\d+(?:er|st|nd|rd|th)?$/.test(part));
    };
    let start = 0;
    let end = words.length;
    while (start < end && isOther(words[start])) start++;
    while (end > start && isOther(words[end - 1])) end--;
    const name = words.slice(start, end).join(' ');
    if (!name || end - start > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) continue;
    if (people.has(normalize(name)) || peopleKeys.some((key) => key.split(' ').includes(normalize(name)))) continue;
    return name;
  }
  return undefined;
}

/** The title's parts between dashes, colons, bars, slashes and brackets. */
function segments(title: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < title.length; i++) {
    const ch = title[i];
    const spacedDash = (ch === '-' || ch === '–' || ch === '—') && title[i - 1] === ' ' && title[i + 1] === ' ';
    if (spacedDash || ch === '–' || ch === '—' || ch === ':' || ch === '|' || ch === '/' || ch === '(' || ch === ')' || ch === '·' || ch === ',') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The first line that speaks of a proposal or a quote. */
export function dealLine(note: Note): TextLine | undefined {
  return note.lines.find((line) => hasAnyPhrase(normalize(line.text), DEAL_OBJECTS));
}
