// A quick fix as plain data: a title and minimal text edits. The LSP layer turns it into a WorkspaceEdit.
import { endBeforeTrailingComments } from '../reading/scan';
import type { Note, Range } from '../types';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor may apply on its own ("auto fix"). */
  preferred?: boolean;
}

/** What a fix is rebuilt from: the finding's rule, data and range, never its message. */
export interface FixRequest {
  rule: string;
  data?: Record<string, unknown>;
  range: Range;
}

export interface FixContext {
  note: Note;
  /** The note's source lines. */
  lines: readonly string[];
}

export function insertAt(line: number, character: number, newText: string): TextEdit {
  const at = { line, character };
  return { range: { start: at, end: at }, newText };
}

/** The last non-blank line from `first` to `last`, or `first` when all are blank. */
export function lastContentLine(lines: readonly string[], first: number, last: number): number {
  for (let line = Math.min(last, lines.length - 1); line > first; line--) {
    if (lines[line].trim()) return line;
  }
  return first;
}

/**
 * Inserts a block after a line, separated by a blank line, leaving the lines that follow as they are;
 * and by a blank line from the next line when it has text: the block's last line would run on into
 * it, and a "---" under it would make the block a heading.
 */
export function insertBlockAfter(lines: readonly string[], line: number, block: string): TextEdit {
  const below = lines[line + 1];
  return insertAt(line, (lines[line] ?? '').length, `\n\n${block}${below !== undefined && below.trim() !== '' ? '\n' : ''}`);
}

/**
 * Inserts a block before a line, followed by a blank line, and after one when the line above has
 * text: a plain "Étape 1 – …" line would otherwise go on the paragraph or list item above it.
 */
export function insertBlockBefore(lines: readonly string[], line: number, block: string): TextEdit {
  const above = lines[line - 1];
  return insertAt(line, 0, `${above !== undefined && above.trim() !== '' ? '\n' : ''}${block}\n\n`);
}

/** Where a line's own text ends: trailing spaces and HTML comments excluded. */
export function contentEnd(raw: string): number {
  return endBeforeTrailingComments(raw);
}
