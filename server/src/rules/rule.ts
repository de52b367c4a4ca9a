// The one shape every rule has. The registry stamps ids, severities and documentation links.
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

export { quote } from '../core/reading/quote';

/** Where a note-wide finding goes: the title, else the first line of prose of a meeting note without headings. */
export function titleRange(note: Note): Range {
  const first = note.kind === 'meeting' && !note.sections.length ? note.lines[0]?.range : undefined;
  return note.title?.range ?? first ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
