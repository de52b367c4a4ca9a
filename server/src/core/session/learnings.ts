// Step 6: each learning, and whether it is a lesson, mere satisfaction, or vague.
import { LESSON_MARKERS, SATISFACTION_PHRASES, VAGUE_LEARNING_PHRASES } from '../../lexicon/learnings';
import { both } from '../reading/phrases';
import { utterances } from '../reading/sentences';
import type { Note, Sentence } from '../types';
import { classifyHeading } from '../reading/vocabulary';
import { findPhrase, hasAnyPhrase, isQuestion, normalize } from '../reading/text';

export interface Learning {
  /** Its first sentence: where a finding about it is reported. */
  sentence: Sentence;
  /** What was said, questions and labels left out. */
  text: string;
}

/** What people said they learnt: every utterance of step 6 except the prompts and questions. */
export function learnings(note: Note): Learning[] {
  const out: Learning[] = [];
  for (const utterance of utterances(note.steps[6]?.sentences ?? [])) {
    if (utterance.role === 'facilitator' || utterance.role === 'question') {
      if (utterance.sentences.some((sentence) => isQuestion(sentence.text))) continue;
    }
    const said = utterance.sentences.filter((sentence) => !isQuestion(sentence.text) && sentence.body.trim() && !namesTheStep(sentence));
    const text = said.map((sentence) => sentence.body).join(' ');
    if (!said.length || /:\s*$/.test(text)) continue;
    out.push({ sentence: said[0], text });
  }
  return out;
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

/** "6. Learnings" told as the step's first line: the step's name, nothing learnt. */
function namesTheStep(sentence: Sentence): boolean {
  return normalize(sentence.body).split(' ').length <= STEP_NAME_WORDS && classifyHeading(sentence.body).step === 6;
}

const STEP_NAME_WORDS = 5;
