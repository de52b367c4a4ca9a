// Clarification questions (step 2) and their form: advice in disguise, closed, open. Questions are
// sentences: a "?" at its end, or the first sentence of a "Q :" utterance when the "?" was forgotten.
import { pattern } from '../patterns';
import {
  ADVICE_EXCEPTIONS, ADVICE_OPENINGS, CLOSED_OPENINGS, INVERTED_SUBJECTS, LEADING_CONNECTORS, OPEN_OPENINGS,
  OPEN_REQUEST_VERBS, OPEN_TAIL_WORDS, STATEMENT_QUESTION, SUGGESTION_HYPOTHESES, WHY_NOT,
} from '../../lexicon/questions';
import { both, startingPhrase, stripLeading } from '../reading/phrases';
import { utterances } from '../reading/sentences';
import type { Note, Section, Sentence } from '../types';
import { hasAnyPhrase, hasPhrase, isQuestion } from '../reading/text';
import { isMarkedAnswer } from './dialogue';

const CONNECTORS = both(LEADING_CONNECTORS);

/** The sentences of a section that ask something, the client's own words left out. */
export function questionsIn(section: Section | undefined): Sentence[] {
  const out: Sentence[] = [];
  for (const utterance of utterances(section?.sentences ?? [])) {
    if (utterance.role === 'answer' || utterance.role === 'arrow' || utterance.role === 'client') continue;
    const asked = utterance.sentences.filter((sentence) => isQuestion(sentence.text) && sentence.body.trim() && !isMarkedAnswer(sentence));
    if (asked.length) out.push(...asked);
    else if (utterance.role === 'question' && utterance.text.trim()) out.push(utterance.sentences[0]);
  }
  return out;
}

/** The clarification questions: those of step 2. */
export function clarificationQuestions(note: Note): Sentence[] {
  return questionsIn(note.steps[2]);
}

/** The question's words, normalised, without its speaker and leading connectors. */
export function questionWords(sentence: Sentence): string {
  return stripLeading(sentence.normalized, CONNECTORS);
}

/** The opening that makes the question a suggestion ("as tu pense a", "et si tu essayais"), if any. */
export function adviceOpening(sentence: Sentence): string | undefined {
  const words = questionWords(sentence);
  const opening = startingPhrase(words, both(ADVICE_OPENINGS));
  if (opening) {
    const rest = words.slice(opening.length).trim();
    if (rest && !startingPhrase(rest, both(ADVICE_EXCEPTIONS))) return opening;
  }
  return hypothesis(words) ?? whyNot(words);
}

/** "si tu essayais", "what if you tried": a lead, maybe a pronoun, and a verb in the past. */
function hypothesis(words: string): string | undefined {
  for (const forms of [SUGGESTION_HYPOTHESES.fr, SUGGESTION_HYPOTHESES.en]) {
    const lead = startingPhrase(words, forms.leads);
    if (!lead) continue;
    const after = words.slice(lead.length).trim().split(' ');
    let at = 0;
    while (at < after.length - 1 && forms.pronouns.includes(after[at])) at++;
    const verb = after[at] ?? '';
    if (forms.endings.some((ending) => verb.length > ending.length + 1 && verb.endsWith(ending)) || forms.irregular.includes(verb)) {
      return `${lead} ${after.slice(0, at + 1).join(' ')}`;
    }
  }
  return undefined;
}

/** "pourquoi tu lui proposes pas", "why not": a why and a negation in the first words. */
function whyNot(words: string): string | undefined {
  for (const forms of [WHY_NOT.fr, WHY_NOT.en]) {
    const why = startingPhrase(words, forms.why);
    if (!why) continue;
    const head = words.split(' ').slice(0, 7).join(' ');
    const negation = forms.negations.find((word) => hasPhrase(head, word));
    if (negation) return `${why} … ${negation}`;
  }
  return undefined;
}

const POLITE_ASK = /^(?:peux tu|pouvez vous|pourrais tu|pourriez vous|tu peux|vous pouvez|tu pourrais|vous pourriez|can you|could you|would you|will you)(?: (?:me|nous|m|us|a bit))? (\w+)/;
const INVERTED = pattern(`^\\w+(?: t)? (?:${INVERTED_SUBJECTS.join('|')})\\b`);

/** Open: an interrogative word ("Comment ...", "Tu fais comment ?") or a polite "Peux-tu décrire ...". */
export function isOpenQuestion(sentence: Sentence): boolean {
  const words = questionWords(sentence);
  if (startingPhrase(words, both(OPEN_OPENINGS))) return true;
  if (hasAnyPhrase(words, both(OPEN_TAIL_WORDS))) return true;
  const polite = POLITE_ASK.exec(words);
  return polite !== null && both(OPEN_REQUEST_VERBS).includes(polite[1]);
}

/** Closed: answered by yes or no. Elliptic questions ("Ton ambition ?") are neither. */
export function isClosedQuestion(sentence: Sentence): boolean {
  if (isOpenQuestion(sentence)) return false;
  const words = questionWords(sentence);
  return startingPhrase(words, both(CLOSED_OPENINGS)) !== undefined || INVERTED.test(words) || isStatementQuestion(words);
}

/** "ton boss sait", "your boss knows": a subject opened by a determiner, then a common verb. */
function isStatementQuestion(words: string): boolean {
  for (const forms of [STATEMENT_QUESTION.fr, STATEMENT_QUESTION.en]) {
    if (!startingPhrase(words, forms.determiners)) continue;
    const head = words.split(' ').slice(1, 7).join(' ');
    if (forms.verbs.some((verb) => hasPhrase(head, verb))) return true;
  }
  return false;
}
