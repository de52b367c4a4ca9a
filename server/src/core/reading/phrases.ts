// Lexicon lists come in French and English side by side; notes mix both, so rules match both.
import { startsWithPhrase } from './text';
export interface Bilingual<T = string> {
  fr: readonly T[];
  en: readonly T[];
}

const joined = new WeakMap<Bilingual<unknown>, { fr: readonly unknown[]; en: readonly unknown[]; both: unknown[] }>();

/** Both lists in one, the same array from one call to the next so phrase matchers compiled for it are kept. */
export function both<T>(list: Bilingual<T>): T[] {
  const known = joined.get(list);
  if (known && known.fr === list.fr && known.en === list.en && known.both.length === list.fr.length + list.en.length) return known.both as T[];
  const value = [...list.fr, ...list.en];
  joined.set(list, { fr: list.fr, en: list.en, both: value });
  return value;
}

/** "et donc comment ..." -> "comment ...": leading words that change nothing to what follows. */
export function stripLeading(normalized: string, words: readonly string[]): string {
  let text = normalized;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of words) {
      if (text.length > word.length && startsWithPhrase(text, word)) {
        text = text.slice(word.length + 1);
        changed = true;
      }
    }
  }
  return text;
}

/** The longest of `phrases` that `normalized` starts with, as whole words. */
export function startingPhrase(normalized: string, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if (phrase.length > (best?.length ?? 0) && startsWithPhrase(normalized, phrase)) best = phrase;
  }
  return best;
}

/** The words of `text` that a normalised phrase matched, as written: "franchir une étape". */
export function writtenAs(text: string, phrase: string): string {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const wanted = phrase.split(' ');
  const plain = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((word, k) => plain(words[i + k][0]) === word)) {
      const last = words[i + wanted.length - 1];
      return text.slice(words[i].index, last.index! + last[0].length);
    }
  }
  return phrase;
}
