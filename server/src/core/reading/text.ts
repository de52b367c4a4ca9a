// Text helpers shared by the core and the rules: normalisation and whole-word phrase matching.
import { isSpace } from './scan';
import transliterate from '@sindresorhus/transliterate';
import { TextMemo } from './memo';

export { stripInlineMarkdown } from './inline';

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Plain ASCII letters for any Latin text: compatibility forms unfolded (NFKD: "ﬁ" -> "fi", "²" -> "2"),
 * accents dropped, and the letters NFKD keeps whole folded by transliteration ("œ" -> "oe", "æ" -> "ae",
 * "ß" -> "ss"). Accents go before transliteration so that "ü" stays "u", as French expects.
 */
export function foldLetters(text: string): string {
  // Plain ASCII is its own folding: NFKD, marks and transliteration leave it as it is.
  if (ASCII_ONLY.test(text)) return text;
  const unaccented = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return /^\p{ASCII}*$/u.test(unaccented) ? unaccented : transliterate(unaccented);
}

/**
 * Lines are normalised by many rules in one analysis and again at each keystroke: the results are
 * kept, up to a bounded number of characters, so each line is normalised once.
 */
const normalized = new TextMemo<string>(500_000);

/** Lower case, accents and punctuation removed, single spaces: "Étape 2 : Faits" -> "etape 2 faits". */
export function normalize(text: string): string {
  return normalized.get(text, normalizeText);
}

function normalizeText(text: string): string {
  return foldLetters(text)
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** True when `phrase` (already normalised) occurs as whole words in `normalized`. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  // What ` ${normalized} `.includes(` ${phrase} `) says, without copying the text for each phrase asked.
  for (let from = 0; from <= normalized.length;) {
    const at = normalized.indexOf(phrase, from);
    if (at < 0) return false;
    const end = at + phrase.length;
    if ((at === 0 || normalized.charCodeAt(at - 1) === SPACE) && (end === normalized.length || normalized.charCodeAt(end) === SPACE)) return true;
    from = at + 1;
  }
  return false;
}

const SPACE = 32;

/** True when `normalized` starts with `phrase` as whole words: "a b c" starts with "a b", not "a". */
export function startsWithPhrase(normalized: string, phrase: string): boolean {
  return normalized.startsWith(phrase) && (normalized.length === phrase.length || normalized.charCodeAt(phrase.length) === SPACE);
}

/** The first of `phrases` found as whole words, longest first. */
export function findPhrase(normalized: string, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if ((!best || phrase.length > best.length) && hasPhrase(normalized, phrase)) best = phrase;
  }
  return best;
}

/** A phrase list compiled once: the phrases and every word-level prefix of them. */
interface PhraseSet {
  phrases: Set<string>;
  prefixes: Set<string>;
}

const phraseSets = new WeakMap<readonly string[], PhraseSet>();

function phraseSet(phrases: readonly string[]): PhraseSet {
  let set = phraseSets.get(phrases);
  if (!set) {
    set = { phrases: new Set(phrases), prefixes: new Set() };
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      for (let n = 1; n <= words.length; n++) set.prefixes.add(words.slice(0, n).join(' '));
    }
    phraseSets.set(phrases, set);
  }
  return set;
}

/**
 * Texts split into words: many readers ask their phrase lists of each line, one after the other
 * (deal words, next steps, forecasts…), so a line is split once, not once per reader.
 */
const split = new TextMemo<readonly string[]>(200_000);
const splitWords = (normalized: string): readonly string[] => normalized.split(' ');

function wordsOf(normalized: string): readonly string[] {
  return split.get(normalized, splitWords);
}

/** True when any of `phrases` occurs as whole words: one pass over the words, whatever the list's length. */
export function hasAnyPhrase(normalized: string, phrases: readonly string[]): boolean {
  if (phrases.length < 4) return phrases.some((phrase) => hasPhrase(normalized, phrase));
  const { phrases: wanted, prefixes } = phraseSet(phrases);
  if (!normalized) return wanted.has('');
  const words = wordsOf(normalized);
  for (let i = 0; i < words.length; i++) {
    let candidate = '';
    for (let j = i; j < words.length; j++) {
      candidate = j === i ? words[i] : `${candidate} ${words[j]}`;
      if (!prefixes.has(candidate)) break;
      if (wanted.has(candidate)) return true;
    }
  }
  return false;
}

const CLOSING_QUOTES = '"»”)';

/** Ends with "?", closing quotes and spaces aside. */
export function isQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  while (end > 0 && CLOSING_QUOTES.includes(text[end - 1])) end--;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text[end - 1] === '?';
}

/** How many characters of `text` its first `count` words take, punctuation between them included. */
export function writtenLength(text: string, count: number): number {
  let seen = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const letter = /[\p{L}\p{N}]/u.test(text[i]);
    if (letter && !inWord) {
      if (seen === count) return i;
      seen++;
    }
    inWord = letter;
  }
  return text.length;
}
