// Reads the YAML front matter; a malformed one is reported, never fatal.
import { parse } from 'yaml';
import { isSpace } from '../reading/scan';
import type { FrontMatter, Range } from '../types';

export function readFrontMatter(value: string | undefined, startLine: number, endLine: number, lines: readonly string[]): FrontMatter {
  if (value === undefined) return { data: {} };
  const range = { start: { line: startLine, character: 0 }, end: { line: endLine, character: (lines[endLine] ?? '').length } };
  try {
    const data = parseYaml(value);
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
    return { data: plainFields(value), range: errorRange, error: reason, ...(looksLikeYaml(value) ? { yamlLike: true } : {}) };
  }
}

/** Template code that writes the front matter later: Templater's `<% %>`, `{{ }}`, `{% %}`. */
const TEMPLATE_TAGS = ['<%', '{{', '{%'];

/**
 * Whether a block between `---` lines was meant as YAML: as many `key: value` lines at the margin as
 * other lines. A thematic break above and below prose, or a template's code, is none.
 */
function looksLikeYaml(value: string): boolean {
  if (TEMPLATE_TAGS.some((tag) => value.includes(tag))) return false;
  let keys = 0;
  let others = 0;
  for (const line of value.split('\n')) {
    const trimmed = line.trim();
    // Comments, nested values and list items belong to the key above them.
    if (!trimmed || trimmed.startsWith('#') || isSpace(line[0]) || trimmed.startsWith('- ')) continue;
    const key = keyOf(line);
    if (key && !key.split('').some(isSpace)) keys++;
    else others++;
  }
  return keys > 0 && keys >= others;
}

/** The last front matter parsed: it stays the same from one keystroke to the next. Its data is read, never changed. */
let last: { value: string; data: unknown } | undefined;

function parseYaml(value: string): unknown {
  if (last?.value === value) return last.data;
  // Warnings stay inside: YAML problems are a `front-matter` finding or nothing, never stderr.
  const data: unknown = parse(value, { maxAliasCount: 100, logLevel: 'error' });
  last = { value, data };
  return data;
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

/** "client: Acme" -> "client": a key that starts the line, then a colon and a space or the line's end. */
function keyOf(line: string): string | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || isSpace(line[0]) || line[0] === '#' || !(colon + 1 === line.length || isSpace(line[colon + 1]))) return undefined;
  return line.slice(0, colon).trimEnd();
}

function keyRanges(startLine: number, endLine: number, lines: readonly string[]): Record<string, Range> {
  const ranges: Record<string, Range> = {};
  for (let line = startLine + 1; line < endLine; line++) {
    const key = keyOf(lines[line] ?? '');
    if (key && !(key in ranges)) ranges[key] = { start: { line, character: 0 }, end: { line, character: lines[line].length } };
  }
  return ranges;
}

/** Plain `type: codev` / `lang: fr` lines still say what they say when the YAML around them is broken. */
function plainFields(value: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of value.split('\n')) {
    const field = /^(type|kind|lang|language|langue)[ \t]*:[ \t]*([\p{L}-]{1,30})[ \t]*$/iu.exec(line);
    if (field) data[field[1]] = field[2];
  }
  return data;
}
