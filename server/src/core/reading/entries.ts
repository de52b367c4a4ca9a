// The entries of a section: one per list item (its continuation lines joined), one per other line.
import type { TextLine } from '../types';

export interface Entry {
  /** The entry's first line: where a finding about it is reported. */
  line: TextLine;
  /** The whole entry's body, continuation lines included. */
  text: string;
  /** Its lines, the first one and its continuation lines. */
  lines: TextLine[];
}

export function entries(lines: readonly TextLine[]): Entry[] {
  const result: Entry[] = [];
  for (const line of lines) {
    const last = result.at(-1);
    if (line.block === 'list-item' && !line.itemStart && last?.line.block === 'list-item') {
      last.text = `${last.text} ${line.text}`;
      last.lines.push(line);
      continue;
    }
    result.push({ line, text: line.body || line.text, lines: [line] });
  }
  return result;
}
