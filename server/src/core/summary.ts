// What a note promised, at a glance: its date, its request or purpose, its action plan or next
// steps and whether each is done. A follow-up note shows it when the consultant hovers its link.
import { frontMatterString } from './frontmatter';
import { initialRequest, reformulatedRequest } from './request';
import type { Note, NoteKind, TextLine } from './types';

export interface ActionItem {
  text: string;
  /** `- [x]`: true, `- [ ]`: false, a plain item: undefined. */
  done?: boolean;
}

export interface NoteSummary {
  kind: NoteKind;
  title?: string;
  date?: string;
  /** Sessions: the reformulated request, else the initial one. Meetings: their purpose or situation. */
  purpose?: string;
  /** Sessions: the action plan (step 5); other notes: their next steps; both: checklist items anywhere. */
  actions: ActionItem[];
}

const TASK = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+/;
const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

export function summarize(note: Note, lines: readonly string[], fileName = ''): NoteSummary {
  const date = frontMatterString(note.frontMatter.data, 'date')
    ?? DATE.exec(fileName)?.[1] ?? (note.title ? DATE.exec(note.title.text)?.[1] : undefined);
  return { kind: note.kind, title: note.title?.text, date, purpose: purposeOf(note), actions: actionsOf(note, lines) };
}

function purposeOf(note: Note): string | undefined {
  if (note.kind === 'session') return reformulatedRequest(note)?.text ?? initialRequest(note).at(-1)?.text;
  const stated = frontMatterString(note.frontMatter.data, 'purpose', 'objet', 'objectif', 'goal');
  if (stated) return stated;
  return note.sections.find((s) => s.role === 'situation')?.lines[0]?.text;
}

function actionsOf(note: Note, lines: readonly string[]): ActionItem[] {
  const isTask = (line: TextLine) => line.itemStart && TASK.test(lines[line.range.start.line] ?? '');
  const planned = note.kind === 'session'
    ? entries(note.steps[5]?.lines ?? [])
    : entries(note.sections.filter((s) => s.role === 'next-steps').flatMap((s) => s.lines));
  // Checklist items elsewhere (a follow-up's "since last time") are promises too.
  const chosen = new Set([...planned, ...note.lines.filter(isTask)]);
  return note.lines.filter((line) => chosen.has(line)).map((line) => {
    const task = TASK.exec(lines[line.range.start.line] ?? '');
    return { text: task ? line.text.replace(/^\[[ xX]\]\s*/, '') : line.text, done: task ? task[1] !== ' ' : undefined };
  });
}

/** One entry per list item; lines of prose each count when the section has no list. */
function entries(lines: readonly TextLine[]): TextLine[] {
  const items = lines.filter((line) => line.block === 'list-item' && line.itemStart);
  return items.length ? items : lines.filter((line) => line.block !== 'list-item');
}
