// A session told in prose, without headings or numbers: the paragraph that opens each step says so
// in its first words ("Nadia nous a exposé…", "En réponse aux questions…", "We reformulated: …").
// Only a run of them in the method's order is read, so one stray "questions" or "will" is not.
import { PLAN_AFTER_NAME, STEP_NAMES, STEP_OPENINGS } from '../../lexicon/kind';
import { Phrases } from '../reading/evidence/signals';
import { normalize } from '../reading/text';
import type { StepNumber, TextLine } from '../types';
import type { Block } from './blocks';
import { isCommentLine } from './sections';

/** How many words of a paragraph may come before the words that open its step. */
const OPENING_WORDS = 12;
/** Fewer steps than this in order say nothing of the note's layout. */
const MIN_STEPS = 3;

const STEP_NUMBERS: readonly StepNumber[] = [1, 2, 3, 4, 5, 6];
const OPENINGS = STEP_NUMBERS.map((step) => new Phrases([...STEP_NAMES[step], ...STEP_OPENINGS[step]]));

/** The first line of each paragraph (or list item at the margin) that opens a step, by its line. */
export function stepParagraphs(blocks: readonly Block[], sourceLines: readonly string[], labelled = false,
  namedAt: ReadonlyMap<number, StepNumber> = new Map()): Map<number, StepNumber> {
  const candidates: { line: number; step: StepNumber }[] = [];
  for (const block of blocks) {
    if (block.type !== 'line' || !opensAParagraph(block.line, sourceLines)) continue;
    // Beside steps the layout names, only a label names one: "- Contrat (validé par Olivier) : « … »".
    const label = labelled ? labelOf(block.line.text) : block.line.text;
    const step = label === undefined ? undefined : openedStep(label);
    if (step) candidates.push({ line: block.line.range.start.line, step });
  }
  const chosen = longestInOrder(candidates);
  if (chosen.length >= MIN_STEPS) return new Map(chosen.map((c) => [c.line, c.step]));
  // Beside steps the layout names ("2. Questions" over its nested questions), the numbers must agree
  // with them: six numbered questions under a "Questions" heading are no steps.
  const numbered = numberedItems(blocks, sourceLines);
  return [...namedAt].every(([line, step]) => numbered.get(line) === step) ? numbered : new Map();
}

/** "1. Farid: 2 shops…" … "6. - great session": a session jotted as one list numbered 1 to 6, a step an item. */
const ITEM_NUMBER = /^(\d)[.)]\s/;

function numberedItems(blocks: readonly Block[], sourceLines: readonly string[]): Map<number, StepNumber> {
  const items: { line: number; step: StepNumber }[] = [];
  for (const block of blocks) {
    if (block.type !== 'line' || block.line.block !== 'list-item' || !block.line.itemStart) continue;
    const raw = sourceLines[block.line.range.start.line] ?? '';
    const number = ITEM_NUMBER.exec(raw);
    if (number) items.push({ line: block.line.range.start.line, step: Number(number[1]) as StepNumber });
  }
  // The six numbers, each once and in order: the list is the note's layout, not a list of questions in it.
  const sixInOrder = items.length === 6 && items.every((item, i) => item.step === i + 1);
  return new Map(sixInOrder ? items.map((item) => [item.line, item.step]) : []);
}

/** Words before a colon that opens a line, as a label: "Problème exposé", "Suggestions du groupe". */
const LABEL_CHARS = 40;

function labelOf(text: string): string | undefined {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= LABEL_CHARS ? text.slice(0, colon) : undefined;
}

function opensAParagraph(line: TextLine, sourceLines: readonly string[]): boolean {
  if (line.block === 'list-item') return line.itemStart === true && !/^\s/.test(sourceLines[line.range.start.line] ?? '');
  if (line.block !== 'paragraph') return false;
  const previous = line.range.start.line > 0 ? sourceLines[line.range.start.line - 1] : '';
  // A comment alone on its line ("<!-- boussole-disable-next-line … -->") is a block of its own.
  const before = previous?.trim() ?? '';
  return before === '' || before.startsWith('#') || isCommentLine(before);
}

/** The step whose words come first in the opening of a paragraph. */
function openedStep(text: string): StepNumber | undefined {
  const words = normalize(text).split(' ').slice(0, OPENING_WORDS);
  if (plansAfterName(text, words)) return 5;
  for (let at = 0; at < words.length; at++) {
    // "Before the reactions round I reformulated the request": the step named after "before" is still to come.
    if (BEFORE.has(words[at - 1] ?? '') || (ARTICLES.has(words[at - 1] ?? '') && BEFORE.has(words[at - 2] ?? ''))) continue;
    for (let i = 0; i < OPENINGS.length; i++) if (OPENINGS[i].startingAt(words, at)) return STEP_NUMBERS[i];
  }
  return undefined;
}

const BEFORE = new Set(['before', 'avant', 'until']);
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'our', 'notre', 'nos']);

/** "Stéphane recevra les deux commerciaux…", "Aurélie will…": the client's plan, in the future, by name. */
function plansAfterName(text: string, words: readonly string[]): boolean {
  const verb = words[1];
  if (!verb || !/^\p{Lu}\p{Ll}/u.test(text.trimStart())) return false;
  return PLAN_AFTER_NAME.words.includes(verb) || (verb.length > 4 && PLAN_AFTER_NAME.endings.some((end) => verb.endsWith(end)));
}

/**
 * The longest run of candidates whose steps strictly increase, in the note's order; linear, as the
 * steps are six: for each step, the best run that ends with it so far.
 */
function longestInOrder<T extends { step: StepNumber }>(candidates: readonly T[]): T[] {
  const ending: (Run<T> | undefined)[] = new Array(7).fill(undefined);
  for (const item of candidates) {
    let best: Run<T> | undefined;
    for (let step = 1; step < item.step; step++) {
      const run = ending[step];
      if (run && (!best || run.length > best.length)) best = run;
    }
    const run = { length: (best?.length ?? 0) + 1, item, previous: best };
    // The earliest paragraph that opens a step is where it starts: a later one of the same length does not replace it.
    if (!ending[item.step] || run.length > ending[item.step]!.length) ending[item.step] = run;
  }
  let last: Run<T> | undefined;
  for (const run of ending) if (run && (!last || run.length > last.length)) last = run;
  const out: T[] = [];
  for (let run = last; run; run = run.previous) out.push(run.item);
  return out.reverse();
}

interface Run<T> {
  length: number;
  item: T;
  previous?: Run<T>;
}
