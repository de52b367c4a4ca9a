// The header of the pipe table a row belongs to, so a row's cells can be read by column name.
import { normalize } from '../reading/text';

const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const ROW = /^\s*\|.*\|/;

/** The cells of a "| a | b |" line, trimmed; a comment after the last pipe is left out. */
export function tableCells(raw: string): string[] {
  const inner = raw.replace(/<!--.*?-->/g, '').trim().replace(/^\|/, '').replace(/\|\s*$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

/**
 * Reads the normalised header cells of the table around a row, or undefined when it has none.
 * Each row's first row is remembered, so a long table is walked once.
 */
export function headerReader(sourceLines: readonly string[]): (line: number) => string[] | undefined {
  const firstRow = new Map<number, number>();
  const first = (line: number): number => {
    const known = firstRow.get(line);
    if (known !== undefined) return known;
    let at = line;
    while (at > 0 && !firstRow.has(at - 1) && ROW.test(sourceLines[at - 1] ?? '') && !DELIMITER.test(sourceLines[at - 1] ?? '')) at--;
    const start = at > 0 && firstRow.has(at - 1) ? firstRow.get(at - 1)! : at;
    for (let l = start; l <= line; l++) firstRow.set(l, start);
    return start;
  };
  return (line) => {
    const at = first(line);
    if (at < 2 || !DELIMITER.test(sourceLines[at - 1] ?? '')) return undefined;
    return tableCells(sourceLines[at - 2] ?? '').map(normalize);
  };
}

/** The index of the first header cell among `names`, or -1. */
export function column(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((cell) => names.includes(cell));
}
