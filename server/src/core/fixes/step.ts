// `missing-step` and `request-not-reformulated`: write the step the note lacks, with a prompt line,
// where it belongs and in the form the other steps take (heading level, or an "Étape N" line).
import { FACTS_HEADING, FACTS_PROMPT, FIX_TITLES, STEP_PROMPTS, STEP_WORD } from '../../lexicon/fixes';
import { STEPS } from '../../lexicon/steps';
import { openBlockAt } from '../markdown/source-lines';
import { DISABLE_NEXT_LINE, suppressionComments } from '../suppressions';
import type { Note, Section, StepNumber } from '../types';
import {
  type Fix, type FixContext, type TextEdit, insertBlockAfter, insertBlockBefore, lastContentLine,
} from './fix';

export function stepHeadingText(note: Note, step: StepNumber): string {
  const name = STEPS.find((s) => s.step === step)!.name[note.language];
  return `${STEP_WORD[note.language]} ${step} – ${name}`;
}

/** "## Étape 3 – …" at the level of the other steps, or a plain "Étape 3 – …" line when they are written so. */
/**
 * A heading like the note's steps. Where they are plain lines ("Étape 2 : …"), `text` stays plain
 * only when it reads as a heading by itself (`plainIsHeading`); otherwise it is a bold line.
 */
function headingLine(note: Note, text: string, deeper = false, plainIsHeading = true, reference = presentSteps(note)[0]): string {
  if (reference?.heading.pseudo) return deeper || !plainIsHeading ? `**${text}**` : text;
  const level = Math.min((reference?.heading.level ?? 2) + (deeper ? 1 : 0), 6);
  return `${'#'.repeat(level)} ${text}`;
}

function presentSteps(note: Note): Section[] {
  return Object.values(note.steps).sort((a, b) => a.heading.range.start.line - b.heading.range.start.line);
}

/**
 * Inserts a block where step `step` belongs: before the next step present (and the disable comments
 * right above it, which stay with it), else after the previous one.
 */
function insertAsStep(context: FixContext, step: StepNumber, block: string): TextEdit | undefined {
  const { note, lines } = context;
  const present = presentSteps(note);
  const next = present.filter((s) => s.step! > step).sort((a, b) => a.step! - b.step!)[0];
  if (next) return insertBlockBefore(lines, aboveComments(lines, next.heading.range.start.line), block);
  const previous = present.filter((s) => s.step! < step).sort((a, b) => b.step! - a.step!)[0];
  const after = previous ? endOfText(lines, previous.range.start.line, previous.range.end.line) : endOfText(lines, 0, lines.length - 1);
  return after === undefined ? undefined : insertBlockAfter(lines, after, block);
}

/**
 * The last line with text from `first` to `last` after which a block is read as text: before a
 * code fence or an HTML comment left open to the end, which would make it code or hide it;
 * undefined when there is none.
 */
function endOfText(lines: readonly string[], first: number, last: number): number | undefined {
  const end = lastContentLine(lines, first, last);
  const fence = openBlockAt(lines, end);
  if (fence === undefined) return end;
  return fence > first ? lastContentLine(lines, first, fence - 1) : undefined;
}

/** The first of the disable comments right above a line (the line itself when there are none). */
function aboveComments(lines: readonly string[], line: number): number {
  const comments = new Set(suppressionComments(lines).filter((c) => c.directive === DISABLE_NEXT_LINE).map((c) => c.line));
  let first = line;
  while (comments.has(first - 1)) first--;
  return first;
}

export function addStep(context: FixContext, step: StepNumber): Fix | undefined {
  const { note } = context;
  const text = stepHeadingText(note, step);
  const block = `${headingLine(note, text)}\n\n${STEP_PROMPTS[step][note.language]}`;
  const edit = insertAsStep(context, step, block);
  return edit && { title: FIX_TITLES.addStep[note.language](text), edits: [edit], preferred: true };
}

/** Step 3 is there but empty: the prompt goes right under its heading. */
export function writeReformulation(context: FixContext): Fix | undefined {
  const step3 = context.note.steps[3];
  if (!step3) return addStep(context, 3);
  if (step3.lines.length) return undefined;
  const line = step3.heading.range.start.line;
  return {
    title: FIX_TITLES.writeReformulation[context.note.language],
    edits: [insertBlockAfter(context.lines, line, STEP_PROMPTS[3][context.note.language])],
    preferred: true,
  };
}

/**
 * `no-facts`: a Facts section at the end of step 2, one level under it (in bold under a step written
 * as a paragraph, as a heading would make the paragraph headings after it its own), or where step 2 would be.
 */
export function addFacts(context: FixContext): Fix | undefined {
  const { note, lines } = context;
  // "Faits" alone on a line is no heading: among plain step lines it is written in bold.
  const heading = (deeper: boolean, reference?: Section) => headingLine(note, FACTS_HEADING[note.language], deeper, false, reference);
  const step2 = note.steps[2];
  const end = step2 && endOfText(lines, step2.range.start.line, step2.range.end.line);
  const edit = step2
    ? end === undefined ? undefined : insertBlockAfter(lines, end, `${heading(true, step2)}\n\n${FACTS_PROMPT[note.language]}`)
    : insertAsStep(context, 2, `${heading(false)}\n\n${FACTS_PROMPT[note.language]}`);
  return edit && { title: FIX_TITLES.addFacts[note.language], edits: [edit], preferred: true };
}
