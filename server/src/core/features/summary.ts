// What a note promised, at a glance: its date, its request or purpose, its action plan or next
// steps and whether each is done. A follow-up note shows it when the consultant hovers its link.
import { type ActionScope, type NoteAction, noteActions } from '../reading/actions';
import { frontMatterString } from '../markdown/frontmatter';
import { initialRequest, reformulatedRequest } from '../session/request';
import type { Note, NoteKind } from '../types';

export type ActionItem = Pick<NoteAction, 'text' | 'done'>;

export interface NoteSummary {
  kind: NoteKind;
  title?: string;
  date?: string;
  /** Sessions: the reformulated request, else the initial one. Meetings: their purpose or situation. */
  purpose?: string;
  /** Sessions: the action plan (step 5); other notes: their next steps; both: checklist items anywhere. */
  actions: ActionItem[];
}

/**
 * A session's plan is step 5 alone; a section's prose counts only when it has no list (the list is
 * the plan, the prose around it comments on it); checklist items count in any note.
 */
const PROMISED: ActionScope = { sessionNextSteps: false, checklists: 'any-note', prose: 'without-list' };
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
  return noteActions(note, lines, PROMISED).map(({ text, done }) => ({ text, done }));
}
