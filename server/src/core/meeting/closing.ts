// Where a note's own text ends and its sign-off begins: "Thanks,", "Bonne journée,", "Cordialement",
// then a lone name and a signature. What follows a sign-off is nobody's next step.
import { SIGN_OFFS } from '../../lexicon/meeting';
import { startingPhrase } from '../reading/phrases';
import { normalize, writtenLength } from '../reading/text';
import type { TextLine } from '../types';

/** A sign-off and a name are short: "Thanks again, Alex", "Merci et bonne journée,". */
const SIGN_OFF_WORDS = 6;
/** A name after the sign-off: "Best, Alex Moreau". */
const NAME_AFTER = /^[\s,.!–—-]*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?[\s,.!]*$/u;

/** "Thanks,", "Cordialement", "Best, Alex", "Merci et bonne journée !": a line that closes a message. */
export function isSignOff(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 60) return false;
  const normalized = normalize(trimmed);
  const words = normalized.split(' ');
  if (!normalized || words.length > SIGN_OFF_WORDS) return false;
  // "Merci et bonne journée": two sign-offs joined.
  const joined = normalized.replace(/^(?:merci|thanks|thank you) (?:et|and) /, '');
  const phrase = startingPhrase(joined, SIGN_OFFS);
  if (!phrase) return false;
  if (joined === phrase) return true;
  // What follows the phrase, as written: a name at most ("Thanks, Alex"), never more words ("Merci Julie pour l'export").
  const rest = trimmed.slice(writtenLength(trimmed, phrase.split(' ').length + (joined === normalized ? 0 : 2)));
  return NAME_AFTER.test(rest);
}

/** A signature line is short: "Alex Moreau", "Account Executive, Slotwise", "06 12 34 56 78". */
const SIGNATURE_WORDS = 8;

/**
 * The source line where the note's closing starts: the first sign-off among the short paragraph
 * lines that end the note ("Thanks,", "Alex", "Account Executive, Slotwise"), or undefined. A
 * sign-off followed by a list or longer text (a forwarded e-mail, then notes) closes nothing.
 */
export function closingLine(lines: readonly TextLine[]): number | undefined {
  let closing: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.block !== 'paragraph' || normalize(line.text).split(' ').length > SIGNATURE_WORDS) break;
    if (isSignOff(line.text)) closing = line.range.start.line;
  }
  return closing;
}
