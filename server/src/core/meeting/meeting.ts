// What the meeting rules ask of a note: times, purposes of next steps, forecasts, who decides.
import { pattern } from '../patterns';
import { eng, fra } from 'stopword';
import {
  DEAL_WORDS, FOLLOW_UP_WORDS, FORECAST_LABELS, MEETING_WORDS, NEXT_STEP_PHRASES, NO_STEP_WORDS, SELLER_DELIVERABLES, TIME_PATTERNS,
  TIME_WORDS, VAGUE_WORDS,
} from '../../lexicon/meeting';
import { isForecast } from './forecast';
import { frontMatterValues } from '../markdown/frontmatter';
import { whoDecides } from './decider';
import { mentionKeys } from './people';
import type { FrontMatter, NextStep, Note, Participant, Range, TextLine } from '../types';
import { TextMemo } from '../reading/memo';
import { HONORIFICS } from '../../lexicon/stakeholders';
import { findPhrase, hasAnyPhrase, normalize } from '../reading/text';

const TIME = TIME_PATTERNS.map((source) => pattern(source, 'g'));


// An honorific ("relance du Dr Morel") names someone, like the name after it: it says nothing of a purpose.
const EMPTY_WORDS = new Set([...fra, ...eng, ...FOLLOW_UP_WORDS, ...VAGUE_WORDS, ...TIME_WORDS, ...HONORIFICS].map(normalize));

/**
 * The words of a step that say what it is for, once times, follow-up and agenda words, stop words
 * and the participants' names are set aside: "rappeler Jean dans 3 mois" leaves nothing.
 */
export function purposeWords(text: string, participants: readonly Participant[], dateText?: string): string[] {
  const normalized = timeless.get(dateText ? `${dateText.length}:${dateText}${text}` : `:${text}`, () => withoutTimes(text, dateText));
  const names = nameWords(participants);
  const owner = OWNER_FIRST.exec(text.trim())?.[1];
  const ownerWord = owner ? normalize(owner) : undefined;
  return normalized.split(' ').filter((word) => word.length >= 2 && !/^\d+$/.test(word) && !EMPTY_WORDS.has(word) && !names.has(word) && word !== ownerWord);
}

/** "Jake to follow up with Kevin", "Paul va relancer": whoever the step opens with does it, even unlisted. */
const OWNER_FIRST = /^(\p{Lu}[\p{Ll}'’-]+) (?:to|will|shall|va|doit|devra)\b/u;

/** The words of the participants' keys, once per list: every step of a note is read against the same. */
const namesOf = new WeakMap<readonly Participant[], Set<string>>();
function nameWords(participants: readonly Participant[]): Set<string> {
  let names = namesOf.get(participants);
  if (!names) namesOf.set(participants, names = new Set(participants.flatMap((p) => mentionKeys(p, participants)).flatMap((key) => key.split(' '))));
  return names;
}

/** A step's normalised text without its date and times, by text: each step is read at each keystroke. */
const timeless = new TextMemo<string>(100_000);

function withoutTimes(text: string, dateText: string | undefined): string {
  let normalized = ` ${normalize(text)} `;
  if (dateText) normalized = normalized.replace(` ${normalize(dateText)} `, ' ');
  for (const pattern of TIME) normalized = normalized.replace(pattern, ' ');
  return normalized;
}

/** A step says what it is for when anything is left once times, follow-up words and names are set aside. */
export function hasPurpose(step: NextStep): boolean {
  return step.purpose !== undefined;
}

/** A meeting with the buyer's side ("rendez-vous avec", "workshop", "call with"). */
export function isMeeting(step: NextStep): boolean {
  return hasAnyPhrase(normalize(step.text), MEETING_WORDS);
}

/** The step puts the seller's own work in front of the buyer: a proposal, a demo, documentation. */
export function isDeliverable(step: NextStep): boolean {
  return hasAnyPhrase(normalize(step.text), SELLER_DELIVERABLES);
}

/** The step aims at whoever decides: a decider present, or one named who was not there. */
export function aimsAtDecider(step: NextStep): boolean {
  return step.towardsDecider === true || step.target?.decider === true;
}

export function deciderMet(note: Note): boolean {
  return whoDecides(note).met;
}

/** The note says who decides, whether or not they were in the meeting. */
export function deciderKnown(note: Note): boolean {
  return whoDecides(note).known;
}

/** Every next step is the seller's own task: nothing is asked of the buyer. */
export function sellerOnly(steps: readonly NextStep[]): boolean {
  return steps.length > 0 && !steps.some(engagesBuyer) && steps.some(sellersOwn);
}

/**
 * The buyer carries the step out, or gives their time to a meeting that is more than the seller's
 * presentation, or meets the decider; sending a proposal, even to the decider, stays the seller's.
 */
function engagesBuyer(step: NextStep): boolean {
  if (step.owner === 'buyer') return true;
  // "Rappeler Jean à la rentrée": a call with no purpose asks nothing of the buyer, even of the decider.
  if (!step.purpose) return false;
  // Sending the decider a planning or a deck is still the seller's own work.
  if (step.owner === 'seller' && !isMeeting(step)) return false;
  if (isDeliverable(step)) return isMeeting(step) && aimsAtDecider(step);
  return isMeeting(step) || aimsAtDecider(step);
}

/** The seller's task: said so, or a proposal or a demo, which only the seller prepares. */
function sellersOwn(step: NextStep): boolean {
  return step.owner === 'seller' || (step.owner === undefined && isDeliverable(step));
}

/** A line that agrees a next step in passing ("On se revoit le 12 mai avec…"), for notes with no next-steps section. */
export function nextStepInProse(note: Note): TextLine | undefined {
  return note.lines.find((line) => {
    const normalized = normalize(line.text);
    return hasAnyPhrase(normalized, NEXT_STEP_PHRASES) && !hasAnyPhrase(normalized, NO_STEP_WORDS);
  });
}

/** The first line that speaks of a proposal, budget or signature. */
export function dealLine(note: Note): TextLine | undefined {
  return note.lines.find((line) => hasAnyPhrase(normalize(line.text), DEAL_WORDS));
}

export interface Forecast {
  text: string;
  range: Range;
}

/** Win probabilities and forecast categories recorded in the note's lines or its front matter. */
export function forecasts(note: Note): readonly Forecast[] {
  // The rule and the workspace record both ask: the lines are read once per note.
  const known = forecastsOf.get(note);
  if (known?.lines === note.lines) return known.found;
  const found = readForecasts(note);
  forecastsOf.set(note, { lines: note.lines, found });
  return found;
}

const forecastsOf = new WeakMap<Note, { lines: readonly TextLine[]; found: readonly Forecast[] }>();

function readForecasts(note: Note): Forecast[] {
  const found: Forecast[] = [];
  const fromFrontMatter = frontMatterForecast(note.frontMatter);
  if (fromFrontMatter) found.push(fromFrontMatter);
  for (const line of note.lines) {
    if (isForecast(line.text)) found.push({ text: line.text, range: line.range });
  }
  return found;
}

function frontMatterForecast(frontMatter: FrontMatter): Forecast | undefined {
  if (!frontMatter.range) return undefined;
  for (const key of Object.keys(frontMatter.data)) {
    const label = findPhrase(normalize(key), FORECAST_LABELS);
    const value = label && frontMatterValues(frontMatter.data, key.toLowerCase())[0];
    if (value) return { text: `${key}: ${value}`, range: frontMatter.keyRanges?.[key] ?? frontMatter.range };
  }
  return undefined;
}
