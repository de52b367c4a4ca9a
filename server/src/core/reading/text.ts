// Text helpers shared by the core and the rules: normalisation and whole-word phrase matching.
import { isSpace } from './scan';
import transliterate from '@sindresorhus/transliterate';

export { stripInlineMarkdown } from './inline';

/**
 * Plain ASCII letters for any Latin text: compatibility forms unfolded (NFKD: "ﬁ" -> "fi", "²" -> "2"),
 * accents dropped, and the letters NFKD keeps whole folded by transliteration ("œ" -> "oe", "æ" -> "ae",
 * "ß" -> "ss"). Accents go before transliteration so that "ü" stays "u", as French expects.
 */
export function foldLetters(text: string): string {
  const unaccented = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return /^\p{ASCII}*$/u.test(unaccented) ? unaccented : transliterate(unaccented);
}

/** Lower case, accents and punctuation removed, single spaces: "Étape 2 : Faits" -> "etape 2 faits". */
export function normalize(text: string): string {
  return foldLetters(text)
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** True when `phrase` (already normalised) occurs as whole words in `normalized`. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** The first of `phrases` found as whole words, longest first. */
export function findPhrase(normalized: string, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if ((!best || phrase.length > best.length) && hasPhrase(normalized, phrase)) best = phrase;
  }
  return best;
}

export function hasAnyPhrase(normalized: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => hasPhrase(normalized, phrase));
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
