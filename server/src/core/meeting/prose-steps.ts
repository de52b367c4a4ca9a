// Next steps agreed in prose, for a note that lists none: "On s'est mis d'accord pour une démo le
// 18 novembre", "We agreed to a pilot at the Elm Street practice", "I'll send Greg the quote by
// Friday", "Mike sends me the recall list by next Wednesday".
import {
  AGREED_STEP_CUES, BUYER_ACTIONS, PLANNED_STEP, PROMISE_OPENINGS, SELLER_DELIVERABLES, SELLER_SUBJECTS, SPOKEN_STEP_LABELS, TIME_PATTERNS,
} from '../../lexicon/meeting';
import { LEADING_CONNECTORS } from '../../lexicon/questions';
import { PROPOSAL_WORDS } from '../../lexicon/people';
import { pattern } from '../patterns';
import { startingPhrase, stripLeading } from '../reading/phrases';
import { hasAnyPhrase, isQuestion, normalize, writtenLength } from '../reading/text';
import type { Range, Sentence, TextLine } from '../types';

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
    // "Laurent réunit son comité le 8 décembre ; je lui envoie la proposition d'ici là": two steps.
    // "I send Priya the proposal by Friday and she forwards it to Rob": the buyer's part is a step of its own.
    let from = 0;
    for (const part of text.split(THEIR_PART).map((piece) => piece.trim().replace(/,$/, '')).filter(Boolean)) {
      const range = partRange(sentence, part, from);
      if (range !== sentence.range) from = range.end.character - sentence.range.start.character;
      const line: TextLine = { text: part, body: part, block: sentence.block, itemStart: true, range };
      out.push({ line, text: part, own: true });
    }
  }
  return out;
}

/**
 * Where a step stands in its sentence, so a fix replaces that step and no more ("next step" and the
 * buyer's part around it stay); the sentence's range when it is not one line written as read.
 */
function partRange(sentence: Sentence, part: string, from: number): Range {
  const { start, end } = sentence.range;
  if (start.line !== end.line || end.character - start.character !== sentence.text.length) return sentence.range;
  const at = sentence.text.indexOf(part, from);
  if (at < 0) return sentence.range;
  return { start: { line: start.line, character: start.character + at }, end: { line: start.line, character: start.character + at + part.length } };
}

const CONNECTORS = [...LEADING_CONNECTORS.fr, ...LEADING_CONNECTORS.en];
const wordCount = (normalized: string) => (normalized ? normalized.split(' ').length : 0);

/** Where a step's text passes to another's part: "; ", "and she …", "et il …", "and Kelly's going to…", "et Paul va…". */
const THEIR_PART = / ; | (?:and|et) (?=(?:she|he|they|elle|il|ils|elles)[ '’])| (?:and|et) (?=\p{Lu}\p{Ll}+(?:['’]s | will | is going | va | doit | devra ))/u;

/** How many words a planned step may have: "Donc relance du Dr Morel prévue début mars". */
const PLANNED_WORDS = 16;

/** Whether a text agrees or promises a next step ("I'll send Greg the quote by Friday"): nobody's name. */
export function readsAsStep(text: string): boolean {
  return stepText(text) !== undefined;
}

/** What a sentence agrees or promises, as the step's text, or undefined. */
function stepText(sentence: string): string | undefined {
  // "Du coup je lui envoie…", "So next step I send Priya…": as a memo is dictated, connectors and an
  // unpunctuated "next step" open the sentence; the step is what follows them.
  const opening = normalize(sentence);
  const rest = stripLeading(opening, CONNECTORS);
  const text = rest === opening ? sentence : sentence.slice(writtenLength(sentence, wordCount(opening) - wordCount(rest))).trim();
  const label = startingPhrase(rest, SPOKEN_STEP_LABELS);
  if (label && rest.length > label.length) {
    const cut = writtenLength(text, wordCount(label));
    // "Next steps: none agreed" is a field, read with the note's labels.
    return text.slice(0, cut).includes(':') ? undefined : text.slice(cut).trim();
  }
  const normalized = rest;
  const words = normalized.split(' ');
  // Words are single-spaced: the text from word `at` on is a slice of `normalized`.
  for (let at = 0, from = 0; at <= CUE_WITHIN && at < words.length; from += words[at].length + 1, at++) {
    const cue = startingPhrase(normalized.slice(from), AGREED_STEP_CUES);
    if (!cue) continue;
    const after = text.slice(writtenLength(text, at + cue.split(' ').length)).trim().replace(/^[:,–—-]\s*/, '');
    // "Comme convenu, voici ce que nous avons retenu :" introduces what follows: no step of its own.
    if (!after || after.endsWith(':')) return undefined;
    // "We agreed that it was too early": an agreement on a fact, not on something to do; "we agreed
    // that Tom books a call next week" agrees on something to do, with its time.
    if (/^(?:that|que|qu)\b/i.test(after) || /^(?:that|que)$/.test(words[at + cue.split(' ').length - 1] ?? '')) {
      const clause = after.replace(/^(?:that|que|qu)\b[’']?\s*/i, '');
      return clause && dated(normalize(clause)) ? clause : undefined;
    }
    return after;
  }
  if (words.length <= PLANNED_WORDS && hasAnyPhrase(normalized, PLANNED_STEP.planned) && hasAnyPhrase(normalized, PLANNED_STEP.acts) && dated(normalized)) {
    return text.trim().replace(/^(?:donc|alors|so|then)\b[,\s]*/i, '');
  }
  const promise = startingPhrase(normalized, PROMISE_OPENINGS) !== undefined;
  // "Mme Simon nous transmet…", "Mike sends me…": the buyer's act opens the sentence.
  const buyer = !promise && buyerActs(words) && !SELLER_SUBJECTS.includes(words[0]);
  if (!promise && !buyer) return promiseAfterConnector(text, words);
  const isDated = dated(normalized);
  const deliverable = hasAnyPhrase(normalized, SELLER_DELIVERABLES) || hasAnyPhrase(normalized, PROPOSAL_WORDS);
  // A promise names what or when; a buyer's act, when (a buyer who "sends us" something some day is a wish).
  return (promise && (isDated || deliverable)) || (buyer && isDated) ? text.trim() : undefined;
}

/** Connectors inside a sentence after which a promise starts: "she asked me for the quote so I'll send it by Friday". */
const PROMISE_AFTER = new Set(['so', 'then', 'donc', 'alors']);
const PROMISE_WORDS = 6;
/** A promise's opening, in characters: "je me permettrai de revenir vers vous" and a little more. */
const PROMISE_CHARS = 60;

/** How many of a sentence's commas may close the clause a promise follows. */
const CLAUSES_BEFORE = 3;

/**
 * The promise a sentence makes after a connector or an opening clause, as its own step: "…so I'll
 * send it by Friday", "Comme vous me l'avez proposé, je vous rappelle en mars"; undefined when there is none.
 */
function promiseAfterConnector(text: string, words: readonly string[]): string | undefined {
  for (let comma = text.indexOf(','), n = 0; comma > 0 && n < CLAUSES_BEFORE; comma = text.indexOf(',', comma + 1), n++) {
    const step = text.slice(comma + 1).trim();
    const opening = normalize(step.slice(0, PROMISE_CHARS));
    if (startingPhrase(opening, PROMISE_OPENINGS) !== undefined && stepText(step) === step) return step;
  }
  for (let at = 1; at < words.length - 1; at++) {
    if (!PROMISE_AFTER.has(words[at])) continue;
    // A promise's opening is a few words: only those are joined, however long the sentence.
    const rest = words.slice(at + 1, at + 1 + PROMISE_WORDS).join(' ');
    if (startingPhrase(rest, PROMISE_OPENINGS) === undefined) continue;
    const step = text.slice(writtenLength(text, at + 1)).trim();
    return stepText(step) === step ? step : undefined;
  }
  return undefined;
}

/** The buyer's acts by their number of words: the sentence's opening is joined once per length. */
const BUYER_ACTS_BY_LENGTH = (() => {
  const byLength = new Map<number, string[]>();
  for (const phrase of BUYER_ACTIONS) {
    const length = phrase.split(' ').length;
    byLength.set(length, [...(byLength.get(length) ?? []), phrase]);
  }
  return [...byLength];
})();

/** An act of the buyer's within the sentence's first words (the act's own and `BUYER_WITHIN` before it). */
function buyerActs(words: readonly string[]): boolean {
  return BUYER_ACTS_BY_LENGTH.some(([length, phrases]) => {
    const opening = words.slice(0, BUYER_WITHIN + length).join(' ');
    return phrases.some((phrase) => opening.includes(phrase));
  });
}

function dated(normalized: string): boolean {
  return TIME.some((time) => time.test(` ${normalized} `));
}

