// The one shape every rule has. The registry stamps ids, severities and documentation links.
import { trimChars } from '../core/reading/scan';
import type { Language, Note, NoteKind, Range, RuleFinding, Severity } from '../core/types';

export interface Rule {
  /** Fixed, kebab-case; configs, comments and other tools name rules by it. */
  id: string;
  defaultSeverity: Severity;
  /** The kinds of note the rule reads; others are never passed to `check`. */
  kinds: readonly NoteKind[];
  /** One line: what the rule looks for, in both languages. */
  summary: Record<Language, string>;
  check(note: Note): RuleFinding[];
}

/** Picks the text of the note's language. */
export function say(language: Language, text: Record<Language, string>): string {
  return text[language];
}

/** "[ ] " or "[x] " opening a task list item. */
const TASK_BOX = /^\[[ xX]\] /;

/** Shortens a quoted sentence so a message stays readable: cut at a word boundary, with "…". */
export function quote(text: string, max = 80): string {
  // Quotes, a task's checkbox and a final full stop go: the message puts the quote inside its own sentence.
  const clean = trimChars(text.trim().replace(/\s+/g, ' ').replace(TASK_BOX, ''), '"«“', '"»”').trim().replace(/(?<!\.)\.$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than a third of the room is cut where it stands rather than dropped.
  const head = space >= (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${trimChars(head, '', ' ,;:–—(«“"\'-')}…`;
}

/** Where a note-wide finding goes: the title, else the first line of prose of a meeting note without headings. */
export function titleRange(note: Note): Range {
  const first = note.kind === 'meeting' && !note.sections.length ? note.lines[0]?.range : undefined;
  return note.title?.range ?? first ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
