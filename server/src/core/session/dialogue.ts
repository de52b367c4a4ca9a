// Answers in a transcript-like section: "Q : ...", "> answer", "Client : ...".
import { CLIENT_SPEAKERS } from '../../lexicon/session';
import type { Section, TextLine } from '../types';
import { isQuestion, normalize } from '../reading/text';

export function isAnswer(line: TextLine): boolean {
  return !isQuestion(line.text) && (line.answer === true || line.block === 'quote' || (line.speaker !== undefined && CLIENT_SPEAKERS.includes(normalize(line.speaker))));
}

/**
 * The client's answers when the section is written as questions and answers; otherwise every
 * statement, since free-form notes write what was learnt without marking who said it.
 */
export function answers(section: Section | undefined): TextLine[] {
  const lines = section?.lines ?? [];
  const marked = lines.filter(isAnswer);
  return marked.length ? marked : lines.filter((line) => !isQuestion(line.text));
}
