// Text helpers shared by the core and the rules: normalisation and whole-word phrase matching.
import { isSpace, labelBeforeColon } from './scan';

export { stripInlineMarkdown } from './inline';

/** Lower case, accents and punctuation removed, single spaces: "Étape 2 : Faits" -> "etape 2 faits". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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

/** "Q : Que vends-tu ?" -> { speaker: "Q", body: "Que vends-tu ?" }. Short prefixes only. */
export function splitSpeaker(text: string): { speaker?: string; body: string } {
  // "> : answer" in transcripts: an answer whose speaker is implied.
  if (text.startsWith(':')) return { body: text.slice(1).trim() };
  const match = labelBeforeColon(text, 1, 40, (ch) => !SENTENCE_ENDS.includes(ch));
  if (!match) return { body: text };
  const speaker = match.label.replace(/^[>\-–—\s]+/, '').trim();
  if (speaker.split(/\s+/).length > 5) return { body: text };
  return { speaker: speaker || undefined, body: match.rest.trim() };
}

const SENTENCE_ENDS = '?!.';
const CLOSING_QUOTES = '"»”)';

/** Ends with "?", closing quotes and spaces aside. */
export function isQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  while (end > 0 && CLOSING_QUOTES.includes(text[end - 1])) end--;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text[end - 1] === '?';
}
