// Folding by section, including steps written as plain "Étape 2" lines and bold "**Faits**" lines,
// which Markdown's own folding does not see.
import type { FoldingRange } from 'vscode-languageserver/node';
import type { Note } from '../core/types';

export function foldingRanges(note: Note, lines: readonly string[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of note.sections) {
    const startLine = section.heading.range.start.line;
    let endLine = section.range.end.line;
    while (endLine > startLine && !(lines[endLine] ?? '').trim()) endLine--;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  return ranges;
}
