// The client's action plan (step 5): which lines are commitments, and which of them stay vague.
import {
  ACTION_PLAN_LABELS, ACTION_QUESTION_WORDS, ACTION_SUBJECTS, DEADLINE_MARKERS, FACILITATOR_SPEAKERS, SYNTHESIS_OPENERS,
  VAGUE_VERBS, VERBLESS_OPENINGS,
} from '../../lexicon/action-plan';
import { TIME_ANCHORS } from '../../lexicon/session';
import { isAnswer } from './dialogue';
import { type Entry, entries } from '../reading/entries';
import { both, startingPhrase, stripLeading } from '../reading/phrases';
import type { Note, Section, TextLine } from '../types';
import { hasAnyPhrase, isQuestion, normalize } from '../reading/text';

/** The plan's sub-section when step 5 has one ("### Plan d'action"), else the whole step. */
function planSection(note: Note, step: Section): Section {
  const labels = both(ACTION_PLAN_LABELS);
  return note.sections.find((section) =>
    section !== step
    && section.range.start.line > step.range.start.line
    && section.range.end.line <= step.range.end.line
    && labels.includes(normalize(section.heading.text))) ?? step;
}

/** The commitments of step 5: items and statements, and answers to a question about what will be done. */
export function actionItems(note: Note): Entry[] {
  const step = note.steps[5];
  if (!step) return [];
  let lastQuestion: TextLine | undefined;
  return entries(planSection(note, step).lines).filter(({ line, text }) => {
    if (isQuestion(line.text)) {
      lastQuestion = line;
      return false;
    }
    if (line.speaker && FACILITATOR_SPEAKERS.includes(normalize(line.speaker))) return false;
    if (!text.trim() || /:\s*$/.test(line.text)) return false;
    if (isAnswer(line) && lastQuestion && !hasAnyPhrase(normalize(lastQuestion.body || lastQuestion.text), both(ACTION_QUESTION_WORDS))) return false;
    return !startingPhrase(normalize(text), both(SYNTHESIS_OPENERS));
  });
}

export function hasDeadline(text: string): boolean {
  const normalized = normalize(text);
  return /\d/.test(text) || hasAnyPhrase(normalized, TIME_ANCHORS) || hasAnyPhrase(normalized, both(DEADLINE_MARKERS));
}

/** No date or deadline, and no action verb: a light verb ("J'aurais tout fait") or no verb at all. */
export function isVagueAction(text: string): boolean {
  if (hasDeadline(text)) return false;
  const words = stripLeading(normalize(text), both(ACTION_SUBJECTS));
  return startingPhrase(words, both(VAGUE_VERBS)) !== undefined || startingPhrase(words, both(VERBLESS_OPENINGS)) !== undefined;
}
