// Links from a note to another note: a relative Markdown link, or the front matter key of a
// follow-up (`follows: ./2026-03-12-seance.md`). Only the target's text is returned; reading it is
// the caller's business.
import { FOLLOW_UP_KEYS } from '../../lexicon/links';
import { frontMatterEnd } from '../markdown/source-lines';
import type { Nodes } from 'mdast';
import { parseChunk } from '../markdown/chunks';
import type { Note, Position, Range } from '../types';
import { isSpace, labelBeforeColon } from './scan';

export interface NoteLink {
  /** The target as written, without its #fragment: "./2026-03-12-seance.md", "../clients/acme.md". */
  target: string;
  range: Range;
}

const QUOTES = '"\'';

/** The value of a `follows:` line, quotes aside, or undefined when the line holds another key. */
function followUpValue(raw: string): string | undefined {
  const field = labelBeforeColon(raw.trimStart(), 1, 40);
  if (!field || !FOLLOW_UP_KEYS.includes(field.label.trim().toLowerCase())) return undefined;
  let value = field.rest;
  if (QUOTES.includes(value[0] ?? '')) value = value.slice(1);
  value = value.trimEnd();
  if (QUOTES.includes(value.at(-1) ?? '')) value = value.slice(0, -1);
  if (!value || isSpace(value[0]) || [...QUOTES, '#'].some((ch) => value.includes(ch))) return undefined;
  return value;
}

/** The links of one line, as Markdown reads them: destination and where the link stands. */
function inlineLinks(raw: string): { destination: string; start: number; end: number }[] {
  const found: { destination: string; start: number; end: number }[] = [];
  const pending: Nodes[] = [parseChunk(raw)];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'link' && node.position) {
      found.push({ destination: node.url, start: node.position.start.column - 1, end: node.position.end.column - 1 });
    }
    if ('children' in node) pending.push(...node.children);
  }
  return found.sort((a, b) => a.start - b.start);
}

export function linkAt(note: Note, lines: readonly string[], position: Position): NoteLink | undefined {
  const raw = lines[position.line];
  if (raw === undefined) return undefined;
  const at = (start: number, end: number): Range => ({
    start: { line: position.line, character: start }, end: { line: position.line, character: end },
  });
  if (note.frontMatter.range && position.line > 0 && position.line < frontMatterEnd(lines)) {
    const value = followUpValue(raw);
    if (value === undefined) return undefined;
    const target = noteTarget(value);
    const start = raw.indexOf(value);
    return target ? { target, range: at(start, start + value.length) } : undefined;
  }
  if (!raw.includes('](')) return undefined;
  for (const { destination, start, end } of inlineLinks(raw)) {
    if (position.character < start || position.character > end) continue;
    const target = noteTarget(destination);
    return target ? { target, range: at(start, end) } : undefined;
  }
  return undefined;
}

/** The note this one follows: the `follows:` value of its front matter, where it is written. */
export function followsLink(note: Note, lines: readonly string[]): NoteLink | undefined {
  for (const [key, range] of Object.entries(note.frontMatter.keyRanges ?? {})) {
    if (FOLLOW_UP_KEYS.includes(key.toLowerCase())) return linkAt(note, lines, range.start);
  }
  return undefined;
}

/** A relative path to a Markdown note; web links, anchors and other files are not notes. */
function noteTarget(destination: string): string | undefined {
  const trimmed = destination.trim();
  const cut = trimmed.search(/[#?]/);
  const path = cut < 0 ? trimmed : trimmed.slice(0, cut);
  if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) return undefined;
  if (!/\.(md|markdown)$/i.test(path)) return undefined;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
