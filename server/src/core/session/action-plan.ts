// The client's action plan (step 5): which utterances are commitments, and which of them stay vague.
import {
  ACTION_PLAN_LABELS, ACTION_QUESTION_WORDS, ACTION_SUBJECTS, NAMED_SUBJECT_VERBS, DEADLINE_MARKERS, SYNTHESIS_OPENERS,
  VAGUE_VERBS, VERBLESS_OPENINGS,
} from '../../lexicon/action-plan';
import { TIME_ANCHORS } from '../../lexicon/session';
import { isGroupUtterance, isMarkedAnswer } from './dialogue';
import { both, startingPhrase, stripLeading } from '../reading/phrases';
import { type Utterance, utterances } from '../reading/sentences';
import type { Note, Section, Sentence } from '../types';
import { hasAnyPhrase, isQuestion, normalize } from '../reading/text';

/** One commitment: a list item, or a sentence of a prose plan. */
export interface ActionItem {
  /** Its first sentence: where a finding about it is reported. */
  sentence: Sentence;
  /** The item's words, labels left out. */
  text: string;
}

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
export function actionItems(note: Note): ActionItem[] {
  const step = note.steps[5];
  if (!step) return [];
  let lastQuestion: Utterance | undefined;
  const items: ActionItem[] = [];
  for (const utterance of utterances(planSection(note, step).sentences)) {
    if (utterance.sentences.some((sentence) => isQuestion(sentence.text))) {
      lastQuestion = utterance;
      continue;
    }
    if (isGroupUtterance(utterance) || !utterance.text.trim() || /:\s*$/.test(utterance.text)) continue;
    const [first] = utterance.sentences;
    if (isMarkedAnswer(first) && lastQuestion && !hasAnyPhrase(normalize(lastQuestion.text), both(ACTION_QUESTION_WORDS))) continue;
    // A list item is one commitment; a prose plan says one in each sentence.
    const said = first.block === 'list-item' || first.block === 'table'
      ? [{ sentence: first, text: utterance.text }]
      : utterance.sentences.map((sentence) => ({ sentence, text: sentence.body }));
    items.push(...said.filter((item) => item.text.trim() && !startingPhrase(normalize(item.text), both(SYNTHESIS_OPENERS))));
  }
  return items;
}

/** "Aurélie will think about it" -> "will think about it": the plan told of the client by name. */
function withoutLeadingName(text: string): string {
  const normalized = normalize(text);
  const space = normalized.indexOf(' ');
  if (space < 0 || !/^\p{Lu}\p{Ll}/u.test(text.trimStart())) return normalized;
  const next = normalized.slice(space + 1).split(' ', 1)[0];
  return NAMED_SUBJECT_VERBS.includes(next) ? normalized.slice(space + 1) : normalized;
}

export function hasDeadline(text: string): boolean {
  const normalized = normalize(text);
  return /\d/.test(text) || hasAnyPhrase(normalized, TIME_ANCHORS) || hasAnyPhrase(normalized, both(DEADLINE_MARKERS));
}

/**
 * No date or deadline, and nothing to check: a light verb ("J'aurais tout fait"), an act on nothing
 * named ("Je vais m'y atteler", "I'll look into it"), or no verb at all.
 */
export function isVagueAction(text: string): boolean {
  if (hasDeadline(text)) return false;
  const words = stripLeading(withoutLeadingName(text), both(ACTION_SUBJECTS));
  return startingPhrase(words, both(VAGUE_VERBS)) !== undefined || startingPhrase(words, both(VERBLESS_OPENINGS)) !== undefined;
}
