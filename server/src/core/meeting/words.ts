// Words of a sentence with their place in it, and whole-word phrase lookup through an index keyed
// by a phrase's first word, so a sentence is read once whatever the size of the vocabulary.
import { normalize } from '../reading/text';

export interface Word {
  /** Normalised like `normalize`: lower case, no accents. */
  norm: string;
  raw: string;
  /** Offsets in the text the words were read from. */
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
}

/** A character of a word: a letter, a figure or "+", as `normalize` keeps them. */
const WORD_CHAR = /^[\p{L}\p{N}+]$/u;
/** Whether each UTF-16 unit of the basic plane is a word character, learnt as met (0: not yet known). */
const wordUnits = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let known = wordUnits[code];
  if (!known) wordUnits[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The length (0, 1 or 2 units) of the word character at `i`, a letter of another plane included. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43 ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isWordUnit(code) ? 1 : 0;
}

/** The words of a text, split like `normalize` splits them ("d'ici" is "d" and "ici"): runs of word characters. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    let size = wordCharAt(text, i);
    if (!size) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    do {
      if (size > 1 || text.charCodeAt(i) >= 128) ascii = false;
      i += size;
    } while (i < text.length && (size = wordCharAt(text, i)));
    const raw = text.slice(start, i);
    // Plain ASCII letters and figures are their own normal form, in lower case.
    if (ascii) {
      const first = raw.charCodeAt(0);
      out.push({ norm: raw.toLowerCase(), raw, start, end: i, capital: first >= 65 && first <= 90 });
      continue;
    }
    for (const [index, norm] of normalize(raw).split(' ').entries()) {
      if (!norm) continue;
      // A word that normalises into several ("œuvre") keeps the raw span of the whole.
      out.push({ norm, raw, start, end: i, capital: index === 0 && /^\p{Lu}/u.test(raw) });
    }
  }
  return out;
}

export interface PhraseMatch<T> {
  phrase: string;
  value: T;
  /** Index of the first word and one past the last. */
  from: number;
  to: number;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; phrase: string; value: T }[]>();

  add(phrase: string, value: T): this {
    const words = normalize(phrase).split(' ').filter(Boolean);
    if (!words.length) return this;
    const list = this.byFirst.get(words[0]) ?? [];
    // The first value given to a phrase stays: callers add the most specific lists first.
    if (list.some((entry) => entry.phrase === words.join(' '))) return this;
    list.push({ words, phrase: words.join(' '), value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    return this;
  }

  addAll(phrases: readonly string[], value: T): this {
    for (const phrase of phrases) this.add(phrase, value);
    return this;
  }

  /** The longest phrase starting at word `at`, if any. */
  at(words: readonly Word[], at: number): PhraseMatch<T> | undefined {
    for (const entry of this.byFirst.get(words[at]?.norm ?? '') ?? []) {
      if (entry.words.every((word, k) => words[at + k]?.norm === word)) {
        return { phrase: entry.phrase, value: entry.value, from: at, to: at + entry.words.length };
      }
    }
    return undefined;
  }

  /** Every longest match, left to right, not overlapping. */
  all(words: readonly Word[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length;) {
      const match = this.at(words, i);
      if (match) {
        out.push(match);
        i = match.to;
      } else i++;
    }
    return out;
  }
}
