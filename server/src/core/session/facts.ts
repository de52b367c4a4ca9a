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
  return statesAFact(sentence.body, sentence.normalized);
}

function statesAFact(body: string, normalized: string): boolean {
  if (/\d/.test(body) || /[%€$£]/.test(body)) return true;
  return COUNTED.test(normalized) || NUMBER_FIRST.test(stripLeading(normalized, APPROXIMATORS))
    || hasAnyPhrase(normalized, TIME_ANCHORS);
}

/** A clause of a narrated answer has a few words of its own ("12, 13 et 14 mars" is one fact). */
const CLAUSE_WORDS = 4;

/**
 * The facts a sentence states: one, or one per clause of a narrated answer ("elle a précisé que les
 * urgences font un tiers des ordres, qu'elle a déjà essayé de lisser le planning sur deux semaines…").
 */
function factsIn(sentence: Sentence): number {
  if (!isFactual(sentence)) return 0;
  let facts = 0;
  for (const clause of sentence.body.split(/[;,]/)) {
    const normalized = normalize(clause);
    if (normalized.split(' ').length >= CLAUSE_WORDS && statesAFact(clause, normalized)) facts++;
  }
  return Math.max(1, facts);
}

/** How many factual statements the sentences hold: a narrative paragraph may report several. */
export function factualStatements(sentences: readonly Sentence[]): number {
  let facts = 0;
  for (const sentence of sentences) facts += factsIn(sentence);
  return facts;
}

/** Sentences of the note's Facts sections ("Faits", "Facts"), wherever they sit. */
export function factsSectionSentences(note: Note): Sentence[] {
  return note.sections.filter((s) => s.role === 'facts').flatMap((s) => s.sentences);
}
