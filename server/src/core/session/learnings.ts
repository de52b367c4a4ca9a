// Step 6: each learning, and whether it is a lesson, mere satisfaction, or vague.
import { FACILITATOR_SPEAKERS } from '../../lexicon/action-plan';
import { LESSON_MARKERS, SATISFACTION_PHRASES, VAGUE_LEARNING_PHRASES } from '../../lexicon/learnings';
import { type Entry, entries } from '../reading/entries';
import { both } from '../reading/phrases';
import type { Note } from '../types';
import { findPhrase, hasAnyPhrase, isQuestion, normalize } from '../reading/text';

/** What people said they learnt: every statement of step 6 except the animator's prompts. */
export function learnings(note: Note): Entry[] {
  return entries(note.steps[6]?.lines ?? []).filter(({ line, text }) => {
    if (isQuestion(line.text) || !text.trim() || /:\s*$/.test(line.text)) return false;
    return !(line.speaker && FACILITATOR_SPEAKERS.includes(normalize(line.speaker)) && isQuestion(text));
  });
}

export function isLesson(text: string): boolean {
  return hasAnyPhrase(normalize(text), both(LESSON_MARKERS));
}

export function isSatisfaction(text: string): boolean {
  return hasAnyPhrase(normalize(text), both(SATISFACTION_PHRASES));
}

/** The vague phrases of a learning that names no lesson ("prise de conscience de quelque chose"). */
export function vaguePhrases(text: string): string[] {
  if (isLesson(text)) return [];
  const normalized = normalize(text);
  const found: string[] = [];
  let rest = normalized;
  for (let phrase = findPhrase(rest, both(VAGUE_LEARNING_PHRASES)); phrase; phrase = findPhrase(rest, both(VAGUE_LEARNING_PHRASES))) {
    found.push(phrase);
    rest = ` ${rest} `.replace(` ${phrase} `, ' | ').trim();
  }
  return found;
}
