// Reads the YAML front matter; a malformed one is reported, never fatal.
import { parse } from 'yaml';
import type { FrontMatter, Range } from '../types';

export function readFrontMatter(value: string | undefined, startLine: number, endLine: number, lines: readonly string[]): FrontMatter {
  if (value === undefined) return { data: {} };
  const range = { start: { line: startLine, character: 0 }, end: { line: endLine, character: (lines[endLine] ?? '').length } };
  try {
    // logLevel 'error': YAML warnings (an unknown tag…) would go to stderr with the note's own lines.
    const data: unknown = parse(value, { maxAliasCount: 100, logLevel: 'error' });
    if (data === null || data === undefined) return { data: {}, range };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, range, error: 'front matter is not a set of "key: value" lines' };
    }
    return { data: data as Record<string, unknown>, range, keyRanges: keyRanges(startLine, endLine, lines) };
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split('\n')[0] : String(error)).replace(/ at line \d+, column \d+:?$/, '');
    // Point at the faulty YAML line when the parser says which one (1-based, after the opening ---).
    const at = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const line = at ? Math.min(startLine + at, endLine) : startLine;
    const errorRange = { start: { line, character: 0 }, end: { line, character: (lines[line] ?? '').length } };
    return { data: {}, range: errorRange, error: reason };
  }
}

/** A front matter field as a string, whatever its case: `Type`, `type`, `TYPE`. */
export function frontMatterString(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  const values = frontMatterValues(data, ...keys);
  return values.length ? values.join(', ') : undefined;
}

/** A front matter field as a list of strings (a single value or a YAML list). */
export function frontMatterValues(data: Record<string, unknown>, ...keys: string[]): string[] {
  for (const [key, value] of Object.entries(data)) {
    if (!keys.includes(key.toLowerCase())) continue;
    const list = Array.isArray(value) ? value : [value];
    return list.filter((v) => v !== null && v !== undefined && typeof v !== 'object').map((v) => String(v));
  }
  return [];
}

function keyRanges(startLine: number, endLine: number, lines: readonly string[]): Record<string, Range> {
  const ranges: Record<string, Range> = {};
  for (let line = startLine + 1; line < endLine; line++) {
    const key = /^([^\s#:][^:]*?)\s*:(?:\s|$)/.exec(lines[line] ?? '')?.[1];
    if (key && !(key in ranges)) ranges[key] = { start: { line, character: 0 }, end: { line, character: lines[line].length } };
  }
  return ranges;
}
