// What makes a line of notes factual: figures, dates, counted things, or an explicit "Fait :" label.
import { pattern } from '../patterns';
import { APPROXIMATORS, COUNTABLE_UNITS, FACT_LABELS, NUMBER_WORDS, TIME_ANCHORS } from '../../lexicon/session';
import { stripLeading } from '../reading/phrases';
import type { Note, TextLine } from '../types';
import { hasAnyPhrase, isQuestion, normalize } from '../reading/text';

const COUNTED = pattern(
  // Normalised text has single spaces: literal ones keep the optional word from backtracking.
  `\\b(?:\\d+|${NUMBER_WORDS.join('|')}) (?:\\w+ )?(?:${COUNTABLE_UNITS.join('|')})\\b`,
);

/** An answer that opens with a number ("Six, dont deux par le CFA") answers a "how many". */
const NUMBER_FIRST = pattern(`^(?:${NUMBER_WORDS.join('|')})\\b`);

export function isFactual(line: TextLine): boolean {
  if (isQuestion(line.text)) return false;
  if (line.speaker && FACT_LABELS.includes(normalize(line.speaker))) return true;
  if (/\d/.test(line.body) || /[%€$£]/.test(line.body)) return true;
  const normalized = normalize(line.body);
  return COUNTED.test(normalized) || NUMBER_FIRST.test(stripLeading(normalized, APPROXIMATORS))
    || hasAnyPhrase(normalized, TIME_ANCHORS);
}

/**
 * How many factual statements the lines hold, sentence by sentence: a narrative paragraph ("Léa lui a
 * demandé ... : deux mois. Karim a expliqué ... en novembre.") reports several facts on one line.
 */
export function factualStatements(lines: readonly TextLine[]): number {
  return lines.flatMap((line) => sentences(line.body || line.text).map((sentence) => ({ ...line, text: sentence, body: sentence })))
    .filter(isFactual).length;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!])\s+(?=\S)/).filter((sentence) => sentence.trim());
}

/** Lines of the note's Facts sections ("Faits", "Facts"), wherever they sit. */
export function factsSectionLines(note: Note): TextLine[] {
  return note.sections.filter((s) => s.role === 'facts').flatMap((s) => s.lines);
}
