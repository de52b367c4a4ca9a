// Meeting next steps: aim at the decider (`next-step-non-decider`), ask what the buyer will think
// about (`next-step-without-purpose`). Both edit the step's own text only: its line, the last line
// of a step written over several, or the action cell of a table row.
import { DECIDER_MEETING, FIX_TITLES, PURPOSE_QUESTION } from '../../lexicon/fixes';
import { TABLE_COLUMNS } from '../../lexicon/stakeholders';
import { column, headerReader } from '../markdown/tables';
import { nameInSentence, whoDecides } from '../meeting/decider';
import type { NextStep, Note, Range } from '../types';
import { commentOpening } from '../reading/scan';
import { type Fix, type FixContext, contentEnd, insertAt } from './fix';

const CHECKBOX = /^\[[ xX]\][ \t]+/;

function stepAt(note: Note, range: Range): NextStep | undefined {
  return note.nextSteps.find((step) => step.range.start.line === range.start.line);
}

/** Who to meet: the decider present, the superior the note names, else "the decider". */
export function deciderToMeet(note: Note): string {
  const lang = note.language;
  const answer = whoDecides(note);
  if (answer.decider) return nameInSentence(answer.decider, lang);
  if (answer.superiorOf) return DECIDER_MEETING.superiorOf[lang](answer.superiorOf);
  return DECIDER_MEETING.unnamed[lang];
}

export function meetDecider(context: FixContext, range: Range): Fix[] {
  const { note, lines } = context;
  const step = stepAt(note, range);
  if (!step) return [];
  const line = step.range.start.line;
  const raw = lines[line] ?? '';
  const checkbox = CHECKBOX.exec(raw.slice(step.range.start.character))?.[0] ?? '';
  const start = afterLabel(raw, step, step.range.start.character + checkbox.length);
  const end = Math.max(start, contentEnd(raw));
  const text = DECIDER_MEETING.step[note.language](deciderToMeet(note));
  // Only replacing the step clears the finding: a meeting added before it would leave the proposal
  // aimed at the same person.
  return [{
    title: FIX_TITLES.replaceStep[note.language](text),
    edits: [{ range: { start: { line, character: start }, end: { line, character: end } }, newText: text }],
  }];
}

/**
 * Where the step's own words begin: after a label the line gives it ("Next step:", "• next —",
 * "**Prochaine étape :**"), which stays, so the line still reads as a next step.
 */
function afterLabel(raw: string, step: NextStep, start: number): number {
  const at = raw.indexOf(step.text, start);
  if (at <= start) return start;
  let end = at;
  while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t' || raw[end - 1] === '*' || raw[end - 1] === '_')) end--;
  return end > start && LABEL_ENDS.has(raw[end - 1]) ? at : start;
}

const LABEL_ENDS = new Set([':', '—', '–', '-']);

/** A sentence's own full stop at the end of its text, not an ellipsis. */
const FULL_STOP = /[^.]\.$/;

/**
 * Where the step's text ends on its line: at the step's own end when it ends there, so text after it
 * on the line (another sentence, a comment left open) does not come between the step and its question.
 */
function textEnd(raw: string, step: NextStep, line: number): number {
  // A comment still open ("<!-- à revoir" typed half) runs to the end of the line: the question goes before it.
  const comment = commentOpening(raw)?.start ?? -1;
  let end = comment >= 0 ? Math.min(contentEnd(raw), comment) : contentEnd(raw);
  if (step.range.end.line === line) end = Math.min(end, step.range.end.character);
  return raw.slice(0, end).trimEnd().length;
}

/**
 * The question goes at the end of the step, which then reads as the question to ask. A list item's
 * step runs on over its continuation lines, a paragraph's over its lines: the question goes after the
 * last one. After a full stop it would be a sentence of its own, and the step would still have no
 * purpose: it takes the stop's place.
 */
export function askPurpose(context: FixContext, range: Range): Fix[] {
  const { note, lines } = context;
  const step = stepAt(note, range);
  if (!step) return [];
  const line = lastLineOf(note, step);
  const raw = lines[line] ?? '';
  const block = note.lines.find((l) => l.range.start.line === line)?.block;
  const end = block === 'table' ? actionCellEnd(lines, line) : textEnd(raw, step, line);
  if (end === undefined) return [];
  const question = ` — ${PURPOSE_QUESTION[note.language]}`;
  const stop = block !== 'table' && FULL_STOP.test(raw.slice(0, end));
  const edit = stop
    ? { range: { start: { line, character: end - 1 }, end: { line, character: end } }, newText: question }
    : insertAt(line, end, question);
  return [{ title: FIX_TITLES.askPurpose[note.language], edits: [edit], preferred: true }];
}

/**
 * In a table row, where the text of the step's action cell ends: after the last pipe the question
 * would be no cell of the table. Undefined when the row has no action cell the step is read from.
 */
function actionCellEnd(lines: readonly string[], line: number): number | undefined {
  const header = headerReader(lines)(line);
  if (!header) return undefined;
  const index = Math.max(0, column(header, TABLE_COLUMNS.action));
  const raw = lines[line];
  let from = raw.length - raw.trimStart().length;
  if (raw[from] === '|') from++;
  for (let cell = 0; cell < index; cell++) {
    const pipe = raw.indexOf('|', from);
    if (pipe < 0) return undefined;
    from = pipe + 1;
  }
  const pipe = raw.indexOf('|', from);
  const text = raw.slice(from, pipe < 0 ? contentEnd(raw) : pipe);
  return text.trim() ? from + text.trimEnd().length : undefined;
}

/**
 * The step's last source line: in a paragraph, where its range ends; in a list item, its first line
 * or the last continuation line its text runs on to.
 */
function lastLineOf(note: Note, step: NextStep): number {
  const first = step.range.start.line;
  const index = note.lines.findIndex((l) => l.range.start.line === first);
  const line = note.lines[index];
  if (!line || line.block !== 'list-item') return line?.block === 'paragraph' ? step.range.end.line : first;
  if (!line.itemStart) return first;
  let last = index;
  while (note.lines[last + 1]?.block === 'list-item' && !note.lines[last + 1].itemStart) last++;
  // A step written with an arrow is that line alone, though the lines under it continue the item; a
  // step that runs on is longer than its first line, whatever its last line repeats.
  const runsOn = step.text.length > line.text.length && step.text.endsWith(note.lines[last].text);
  return last > index && runsOn ? note.lines[last].range.start.line : first;
}
