// What a note promised: its action items. Read by the follow-up the note gets (what is left to do)
// and by the hover on a link to it (what was promised, and what is done). An item is an entry of the
// action plan (session step 5) or of a next-steps section, or a checklist item ("- [ ] ...").
import { type Entry, entries } from './entries';
import { transcriptLines } from './transcript';
import type { Note, Section, TextLine } from '../types';

export interface NoteAction {
  /** The item's first line. */
  line: TextLine;
  /** Plain text of the first line, checkbox left out. */
  text: string;
  /** The whole item as written (links and emphasis kept), continuation lines joined, checkbox left out. */
  written: string;
  /** `- [x]`: true, `- [ ]`: false, an item without a checkbox: undefined. */
  done?: boolean;
}

/** Which lines count: the follow-up and the hover read a note a little differently. */
export interface ActionScope {
  /** Sessions: their next-steps sections count as well as the action plan. */
  sessionNextSteps: boolean;
  /** Checklist items outside those sections: in any note, or only in notes neither session nor meeting. */
  checklists: 'any-note' | 'unknown-kind';
  /** Prose lines of those sections: each one an item, or only when the section has no list. */
  prose: 'always' | 'without-list';
}

/** "[ ]" or "[x]" opening a list item: a task list item. */
const CHECKBOX = /^\[([ xX])\](?:\s+|$)/;

/** The note's action items, in the order they are written. */
export function noteActions(note: Note, sourceLines: readonly string[], scope: ActionScope): NoteAction[] {
  // A transcript's turns under a next-steps heading are what was said, not items.
  const speech = transcriptLines(note.lines, note.sections);
  const planned = plannedSections(note, scope).flatMap((section) => sectionItems(section.lines.filter((l) => !speech.has(l)), scope));
  const checklists = scope.checklists === 'any-note' || (note.kind !== 'session' && note.kind !== 'meeting')
    ? entries(note.lines).filter((entry) => checkbox(entry.line))
    : [];
  const byFirstLine = new Map<TextLine, Entry>();
  for (const entry of [...planned, ...checklists]) if (!byFirstLine.has(entry.line)) byFirstLine.set(entry.line, entry);
  return note.lines.filter((line) => byFirstLine.has(line)).map((line) => toAction(byFirstLine.get(line)!, sourceLines));
}

function plannedSections(note: Note, scope: ActionScope): Section[] {
  const nextSteps = note.sections.filter((section) => section.role === 'next-steps');
  if (note.kind !== 'session') return nextSteps;
  const plan = note.steps[5] ? [note.steps[5]] : [];
  return scope.sessionNextSteps ? [...plan, ...nextSteps] : plan;
}

function sectionItems(lines: readonly TextLine[], scope: ActionScope): Entry[] {
  const all = entries(lines);
  if (scope.prose === 'always') return all;
  const listed = all.filter((entry) => entry.line.block === 'list-item' && entry.line.itemStart);
  return listed.length ? listed : all.filter((entry) => entry.line.block !== 'list-item');
}

function toAction(entry: Entry, sourceLines: readonly string[]): NoteAction {
  const box = checkbox(entry.line);
  const written = entry.lines.map((line) => writtenText(line, sourceLines)).join(' ');
  return {
    line: entry.line,
    text: box ? entry.line.text.replace(CHECKBOX, '') : entry.line.text,
    written: (box ? written.replace(CHECKBOX, '') : written).trim(),
    done: box ? box[1] !== ' ' : undefined,
  };
}

function checkbox(line: TextLine): RegExpExecArray | null {
  return line.block === 'list-item' && line.itemStart ? CHECKBOX.exec(line.text) : null;
}

/** The line's content as it stands in the source, Markdown markers of the block excluded. */
function writtenText(line: TextLine, sourceLines: readonly string[]): string {
  const { start, end } = line.range;
  const source = sourceLines[start.line] ?? '';
  return source.slice(start.character, end.line === start.line ? end.character : undefined).trim();
}
