// What makes a sentence of notes factual: figures, dates, counted things, or an explicit "Fait :" label.
import { pattern } from '../patterns';
import { APPROXIMATORS, COUNTABLE_UNITS, FACT_LABELS, NUMBER_WORDS, TIME_ANCHORS } from '../../lexicon/session';
import { stripLeading } from '../reading/phrases';
import type { Note, Sentence } from '../types';
import { hasAnyPhrase, isQuestion, normalize } from '../reading/text';

const COUNTED = pattern(
  // Normalised text has single spaces: literal ones keep the optional word from backtracking.
  `\\b(?:\\d+|${NUMBER_WORDS.join('|')}) (?:\\w+ )?(?:${COUNTABLE_UNITS.join('|')})\\b`,
);

/** An answer that opens with a number ("Six, dont deux par le CFA") answers a "how many". */
const NUMBER_FIRST = pattern(`^(?:${NUMBER_WORDS.join('|')})\\b`);

export function isFactual(sentence: Sentence): boolean {
  if (isQuestion(sentence.text)) return false;
  if (sentence.speaker && FACT_LABELS.includes(normalize(sentence.speaker))) return true;
  if (/\d/.test(sentence.body) || /[%€$£]/.test(sentence.body)) return true;
  const normalized = sentence.normalized;
  return COUNTED.test(normalized) || NUMBER_FIRST.test(stripLeading(normalized, APPROXIMATORS))
    || hasAnyPhrase(normalized, TIME_ANCHORS);
}

/** How many factual statements the sentences hold: a narrative paragraph may report several. */
export function factualStatements(sentences: readonly Sentence[]): number {
  return sentences.filter(isFactual).length;
}

/** Sentences of the note's Facts sections ("Faits", "Facts"), wherever they sit. */
export function factsSectionSentences(note: Note): Sentence[] {
  return note.sections.filter((s) => s.role === 'facts').flatMap((s) => s.sentences);
}
