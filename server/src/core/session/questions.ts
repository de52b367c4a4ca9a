// Clarification questions (step 2) and their form: advice in disguise, closed, open.
import { pattern } from '../patterns';
import {
  ADVICE_EXCEPTIONS, ADVICE_OPENINGS, CLOSED_OPENINGS, INVERTED_SUBJECTS, LEADING_CONNECTORS, OPEN_OPENINGS,
  OPEN_REQUEST_VERBS, OPEN_TAIL_WORDS, QUESTION_SPEAKERS,
} from '../../lexicon/questions';
import { both, startingPhrase, stripLeading } from '../reading/phrases';
import type { Note, TextLine } from '../types';
import { hasAnyPhrase, isQuestion, normalize } from '../reading/text';

const CONNECTORS = both(LEADING_CONNECTORS);

/** Lines of step 2 that ask something: a "?" at the end, or a "Q :" label when the "?" was forgotten. */
export function clarificationQuestions(note: Note): TextLine[] {
  return (note.steps[2]?.lines ?? []).filter((line) => {
    if (!(line.body || line.text).trim()) return false;
    return isQuestion(line.text) || (line.speaker !== undefined && QUESTION_SPEAKERS.includes(normalize(line.speaker)));
  });
}

/** The question's words, normalised, without its speaker and leading connectors. */
export function questionWords(line: TextLine): string {
  return stripLeading(normalize(line.body || line.text), CONNECTORS);
}

/** The opening that makes the question a suggestion ("as tu pense a"), if any. */
export function adviceOpening(line: TextLine): string | undefined {
  const words = questionWords(line);
  const opening = startingPhrase(words, both(ADVICE_OPENINGS));
  if (!opening) return undefined;
  const rest = words.slice(opening.length).trim();
  if (!rest || startingPhrase(rest, both(ADVICE_EXCEPTIONS))) return undefined;
  return opening;
}

const POLITE_ASK = /^(?:peux tu|pouvez vous|pourrais tu|pourriez vous|tu peux|vous pouvez|can you|could you|would you|will you)(?: (?:me|nous|m|us|me|a bit))? (\w+)/;
const INVERTED = pattern(`^\\w+(?: t)? (?:${INVERTED_SUBJECTS.join('|')})\\b`);

/** Open: an interrogative word ("Comment ...", "Tu fais comment ?") or a polite "Peux-tu décrire ...". */
export function isOpenQuestion(line: TextLine): boolean {
  const words = questionWords(line);
  if (startingPhrase(words, both(OPEN_OPENINGS))) return true;
  if (hasAnyPhrase(words, both(OPEN_TAIL_WORDS))) return true;
  const polite = POLITE_ASK.exec(words);
  return polite !== null && both(OPEN_REQUEST_VERBS).includes(polite[1]);
}

/** Closed: answered by yes or no. Elliptic questions ("Ton ambition ?") are neither. */
export function isClosedQuestion(line: TextLine): boolean {
  if (isOpenQuestion(line)) return false;
  const words = questionWords(line);
  return startingPhrase(words, both(CLOSED_OPENINGS)) !== undefined || INVERTED.test(words);
}
