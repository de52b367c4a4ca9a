// Next steps agreed in prose, for a note that lists none: "On s'est mis d'accord pour une démo le
// 18 novembre", "We agreed to a pilot at the Elm Street practice", "I'll send Greg the quote by
// Friday", "Mike sends me the recall list by next Wednesday".
import {
  AGREED_STEP_CUES, BUYER_ACTIONS, PROMISE_OPENINGS, SELLER_DELIVERABLES, SELLER_SUBJECTS, TIME_PATTERNS,
} from '../../lexicon/meeting';
import { PROPOSAL_WORDS } from '../../lexicon/people';
import { pattern } from '../patterns';
import { startingPhrase } from '../reading/phrases';
import { hasAnyPhrase, isQuestion, normalize, writtenLength } from '../reading/text';
import type { Sentence, TextLine } from '../types';

/** How far into a sentence an agreement may start: "Bref, on s'est mis d'accord pour…". */
const CUE_WITHIN = 3;
const CHECKBOX = /^\s*\[[ xX]\]/;
/** How many words may name the buyer before their act: "Mme Simon nous transmet", "the IT lead sends us". */
const BUYER_WITHIN = 4;
const TIME = TIME_PATTERNS.map((source) => pattern(source));

export interface ProseStep {
  line: TextLine;
  text: string;
  own: true;
}

/** The prose sentences that agree or promise a next step, before the note's closing. */
export function proseSteps(sentences: readonly Sentence[], closing: number): ProseStep[] {
  const out: ProseStep[] = [];
  for (const sentence of sentences) {
    // A checklist item carried over from the note before is still pending, not a new step.
    if (sentence.range.start.line >= closing || isQuestion(sentence.text) || CHECKBOX.test(sentence.text)) continue;
    const text = stepText(sentence.text);
    if (!text) continue;
    const line: TextLine = { text, body: text, block: sentence.block, itemStart: true, range: sentence.range };
    out.push({ line, text, own: true });
  }
  return out;
}

/** Whether a text agrees or promises a next step ("I'll send Greg the quote by Friday"): nobody's name. */
export function readsAsStep(text: string): boolean {
  return stepText(text) !== undefined;
}

/** What a sentence agrees or promises, as the step's text, or undefined. */
function stepText(text: string): string | undefined {
  const normalized = normalize(text);
  const words = normalized.split(' ');
  for (let at = 0; at <= CUE_WITHIN && at < words.length; at++) {
    const cue = startingPhrase(words.slice(at).join(' '), AGREED_STEP_CUES);
    if (!cue) continue;
    const after = text.slice(writtenLength(text, at + cue.split(' ').length)).trim();
    // "We agreed that it was too early": an agreement on a fact, not on something to do.
    return after && !/^(?:that|que|qu)\b/i.test(after) ? after : undefined;
  }
  const promise = startingPhrase(normalized, PROMISE_OPENINGS) !== undefined;
  // "Mme Simon nous transmet…", "Mike sends me…": the buyer's act opens the sentence.
  const buyer = !promise && BUYER_ACTIONS.some((phrase) => words.slice(0, BUYER_WITHIN + phrase.split(' ').length).join(' ').includes(phrase))
    && !SELLER_SUBJECTS.includes(words[0]);
  if (!promise && !buyer) return undefined;
  const dated = TIME.some((time) => time.test(` ${normalized} `));
  const deliverable = hasAnyPhrase(normalized, SELLER_DELIVERABLES) || hasAnyPhrase(normalized, PROPOSAL_WORDS);
  // A promise names what or when; a buyer's act, when (a buyer who "sends us" something some day is a wish).
  return (promise && (dated || deliverable)) || (buyer && dated) ? text.trim() : undefined;
}

