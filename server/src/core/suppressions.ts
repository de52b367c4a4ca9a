// Comments that silence a rule where the consultant decided it does not apply:
//   <!-- boussole-disable-next-line rule-id other-rule -->   the next line (not counting such comments)
//   <!-- boussole-disable rule-id -->                          the whole note, wherever the comment sits
// Without a rule id, every rule is silenced. Comments inside fenced code are examples, not directives.
import { forEachProseLine } from './markdown/source-lines';
import { skipSpaces } from './reading/scan';
import type { Finding } from './types';

export const DISABLE_NEXT_LINE = 'boussole-disable-next-line';
export const DISABLE_FILE = 'boussole-disable';

const WORD = /\w/;

/**
 * "<!-- boussole-disable-next-line a b -->" alone on its line: the directive and what follows it.
 * Quote marks and indentation may precede the comment, so it can sit inside a quote or list item.
 */
function parseComment(line: string): { directive: SuppressionComment['directive']; rest: string } | undefined {
  let at = 0;
  // A byte order mark may open the note's first line.
  if (line[0] === '\ufeff') at++;
  while (line[at] === ' ' || line[at] === '\t' || line[at] === '>') at++;
  if (!line.startsWith('<!--', at)) return undefined;
  at = skipSpaces(line, at + 4);
  if (!line.startsWith(DISABLE_FILE, at)) return undefined;
  // The longer directive when it stands as a word, else the shorter one followed by the rest.
  for (const directive of [DISABLE_NEXT_LINE, DISABLE_FILE] as const) {
    const end = at + directive.length;
    if (!line.startsWith(directive, at) || WORD.test(line[end] ?? '')) continue;
    const close = line.indexOf('>', end);
    if (close < 0 || !line.startsWith('--', close - 2) || close - 2 < end || line.slice(close + 1).trim()) return undefined;
    return { directive, rest: line.slice(end, close - 2) };
  }
  return undefined;
}

/** `all` silences every rule. */
export type RuleSet = Set<string> | 'all';

export interface Suppressions {
  file: RuleSet;
  /** Zero-based line -> rules silenced on it. */
  lines: Map<number, RuleSet>;
}

export interface SuppressionComment {
  line: number;
  directive: typeof DISABLE_NEXT_LINE | typeof DISABLE_FILE;
  rules: string[];
}

/** Read once per note's lines: every finding's "disable" fixes look for them. */
const commentsOf = new WeakMap<readonly string[], SuppressionComment[]>();

export function suppressionComments(lines: readonly string[]): SuppressionComment[] {
  const known = commentsOf.get(lines);
  if (known) return known;
  const comments: SuppressionComment[] = [];
  commentsOf.set(lines, comments);
  forEachProseLine(lines, (line, index) => {
    if (!line.includes('boussole-disable')) return;
    const match = parseComment(line);
    if (!match) return;
    const rules = match.rest.split(/[\s,]+/).filter(Boolean);
    comments.push({ line: index, directive: match.directive, rules });
  });
  return comments;
}

export function readSuppressions(lines: readonly string[]): Suppressions {
  return suppressionsFrom(suppressionComments(lines));
}

/** What the comments silence, read once from a note's lines (the workspace index keeps only the comments). */
export function suppressionsFrom(comments: readonly SuppressionComment[]): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  const commentLines = new Set(comments.map((c) => c.line));
  for (const comment of comments) {
    if (comment.directive === DISABLE_FILE) {
      result.file = merge(result.file, comment.rules);
      continue;
    }
    let target = comment.line + 1;
    while (commentLines.has(target)) target++;
    result.lines.set(target, merge(result.lines.get(target) ?? new Set(), comment.rules));
  }
  return result;
}

export function isSuppressed(finding: Finding, suppressions: Suppressions): boolean {
  return covers(suppressions.file, finding.rule) || covers(suppressions.lines.get(finding.range.start.line), finding.rule);
}

/** The first line after a front matter block, where a note-wide comment can go. */
function merge(set: RuleSet, rules: readonly string[]): RuleSet {
  if (set === 'all' || rules.length === 0) return 'all';
  for (const rule of rules) set.add(rule);
  return set;
}

function covers(set: RuleSet | undefined, rule: string): boolean {
  return set === 'all' || (set !== undefined && set.has(rule));
}
