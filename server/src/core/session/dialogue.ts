// The dialogue of a session section, read from its sentences and their labels: who asks, who answers.
import type { LabelRole, Section, Sentence } from '../types';
import { type Utterance, utterances } from '../reading/sentences';
import { isQuestion } from '../reading/text';

/** Labels on the client's side of the dialogue: "R :", "A:", "->", "Client :". */
const ANSWER_ROLES: readonly (LabelRole | undefined)[] = ['answer', 'arrow', 'client'];
/** Labels on the group's side: who asks and who runs the session. */
export const GROUP_ROLES: readonly (LabelRole | undefined)[] = ['question', 'facilitator', 'consultant'];

/** A sentence marked as the client's reply: by its label, a quote block, or a reply written after its question. */
export function isMarkedAnswer(sentence: Sentence): boolean {
  if (isQuestion(sentence.text)) return false;
  if (ANSWER_ROLES.includes(sentence.role)) return true;
  return sentence.block === 'quote' && !GROUP_ROLES.includes(sentence.role);
}

/** An utterance of the group: a question, a prompt, a consultant's words. */
export function isGroupUtterance(utterance: Utterance): boolean {
  return GROUP_ROLES.includes(utterance.role);
}

/**
 * The client's answers in a section written as questions and answers: marked replies, and the
 * words of whoever speaks right after a question ("**Daniel**: …", "Porteur : …"). Free-form notes
 * write what was learnt without marking who said it: there every statement counts.
 */
/** A dash or an arrow that opens what follows a question on its line: the answer. */
const ANSWER_DASH = /^\s*(?:—|–|→|->|=>)\s*\S/;

export function answers(section: Section | undefined): Sentence[] {
  const said = utterances(section?.sentences ?? []);
  const marked: Sentence[] = [];
  let afterQuestion = false;
  for (const utterance of said) {
    const asks = utterance.sentences.some((sentence) => isQuestion(sentence.text)) || utterance.role === 'question';
    let asked = false;
    for (const sentence of utterance.sentences) {
      // "Tom: How much…? — Gemma: around 8 pages": the answer after the question, on its line.
      if (isMarkedAnswer(sentence) || (afterQuestion && !asks && !isGroupUtterance(utterance)) || (asked && ANSWER_DASH.test(sentence.text))) marked.push(sentence);
      asked ||= isQuestion(sentence.text);
    }
    afterQuestion = asks;
  }
  if (marked.length) return marked;
  return (section?.sentences ?? []).filter((sentence) => !isQuestion(sentence.text));
}
