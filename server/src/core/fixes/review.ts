// Where open items stand. `open-items-not-reviewed`: the follow-up writes one line per item of the
// note it follows ("- Envoyer le devis : fait"), under its review heading ("Depuis la dernière fois"),
// a new one when it has none. `overdue-commitment`: the note that holds the item marks it done
// (ticked, or "(fait)" after it) or dropped ("(abandonné)"), in a list or in a table's row.
// Each fix edits only those lines, and once applied its finding goes and it is not offered again.
import {
  ITEM_MARKS, REVIEW_HEADINGS, REVIEW_LINE, REVIEW_STATES, REVIEW_TITLES, type ReviewState,
} from '../../lexicon/fixes';
import { FOLLOW_UP_TEXT } from '../../lexicon/follow-up';
import { quote } from '../reading/quote';
import { normalize } from '../reading/text';
import type { Range, Section } from '../types';
import { type Fix, type FixContext, contentEnd, insertAt, insertBlockAfter, insertBlockBefore, lastContentLine } from './fix';

const STATES: readonly ReviewState[] = ['done', 'progress', 'dropped'];
/** A title quotes this much of an item. */
const TITLE_QUOTE = 80;

/** `open-items-not-reviewed`: a fix per state, writing every item the finding names with it. */
export function reviewOpenItems(context: FixContext, data: Record<string, unknown>): Fix[] {
  const { note, lines } = context;
  const items = Array.isArray(data.items) ? data.items.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
  // An item the note already writes out is reported on: writing it again would change nothing.
  const missing = [...new Set(items.map((item) => item.trim()))].filter((item) => !lines.some((line) => line.includes(item)));
  if (!missing.length) return [];
  const language = note.language;
  const review = note.sections.find((section) => REVIEW_HEADINGS.includes(normalize(section.heading.text)));
  return STATES.map((state) => {
    const block = missing.map((item) => REVIEW_LINE[language](item, REVIEW_STATES[language][state])).join('\n');
    const title = missing.length === 1 ? REVIEW_TITLES[language].one(quote(missing[0], TITLE_QUOTE), state) : REVIEW_TITLES[language].many(missing.length, state);
    return { title, edits: [review ? appendTo(lines, review, block) : newSection(context, block)] };
  });
}

/** The lines go after the last line of the review section's own text. */
function appendTo(lines: readonly string[], section: Section, block: string) {
  const heading = section.heading.range.start.line;
  const last = lastContentLine(lines, heading, ownEnd(section));
  if (last === heading) return insertBlockAfter(lines, heading, block);
  return insertAt(last, (lines[last] ?? '').length, `\n${block}`);
}

/** The section's own lines end at its first sub-heading. */
function ownEnd(section: Section): number {
  const own = section.ownLines.at(-1);
  return own ? own.range.end.line : section.heading.range.start.line;
}

/** "Depuis la dernière fois" / "Since last time", before the next steps, else at the end of the note. */
function newSection(context: FixContext, block: string) {
  const { note, lines } = context;
  const nextSteps = note.sections.find((section) => section.role === 'next-steps' && !section.heading.pseudo);
  const level = nextSteps?.heading.level ?? Math.max(2, ...note.sections.filter((s) => !s.heading.pseudo).map((s) => s.heading.level).slice(0, 1));
  const text = `${'#'.repeat(Math.min(level, 6))} ${FOLLOW_UP_TEXT[note.language].since}\n\n${block}`;
  if (nextSteps) return insertBlockBefore(lines, nextSteps.heading.range.start.line, text);
  const last = lastContentLine(lines, 0, lines.length - 1);
  return insertBlockAfter(lines, last, text);
}

/** `overdue-commitment`: marks the item done or dropped where it is written. */
export function markItem(context: FixContext, range: Range, data: Record<string, unknown>): Fix[] {
  const { note, lines } = context;
  const text = typeof data.text === 'string' ? data.text.trim() : '';
  const line = range.start.line;
  const raw = lines[line];
  if (!text || raw === undefined) return [];
  const language = note.language;
  const table = raw.trimStart().startsWith('|');
  const at = raw.indexOf(text);
  // In a table the mark goes in the item's own cell; a cell that does not hold it as read is left alone.
  if (table && at < 0) return [];
  const box = /^(\s*(?:[-*+]|\d+[.)])\s+)\[([ xX])\]/.exec(raw);
  const end = at >= 0 ? at + text.length : contentEnd(range.end.line === line ? raw : (lines[range.end.line] ?? ''));
  const endLine = at >= 0 || range.end.line === line ? line : range.end.line;
  const after = (lines[endLine] ?? '').slice(end);
  return (['done', 'dropped'] as const).flatMap((state) => {
    const mark = ITEM_MARKS[language][state];
    if (after.trimStart().startsWith(mark) || (state === 'done' && box && box[2] !== ' ')) return [];
    const title = REVIEW_TITLES[language].mark(quote(text, TITLE_QUOTE), state);
    // A checklist item is ticked when done; a dropped one keeps its box and says so.
    if (state === 'done' && box) {
      const start = { line, character: box[1].length + 1 };
      return [{ title, edits: [{ range: { start, end: { line, character: start.character + 1 } }, newText: 'x' }] }];
    }
    return [{ title, edits: [insertAt(endLine, end, ` ${mark}`)] }];
  });
}

