// The header of the pipe table a row belongs to, so a row's cells can be read by column name.
import { endBeforeTrailingComments, isTableDelimiter } from '../reading/scan';
import { normalize } from '../reading/text';

const DELIMITER = { test: isTableDelimiter };
const isRow = (line: string) => line.trimStart().startsWith('|') && line.indexOf('|', line.indexOf('|') + 1) > 0;
const ROW = { test: isRow };

/** The cells of a "| a | b |" line, trimmed; a comment after the last pipe is left out. */
export function tableCells(raw: string): string[] {
  let inner = raw.slice(0, endBeforeTrailingComments(raw)).trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
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
