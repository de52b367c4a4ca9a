// Links from a note to another note: a relative Markdown link, or the front matter key of a
// follow-up (`follows: ./2026-03-12-seance.md`). Only the target's text is returned; reading it is
// the caller's business.
import { FOLLOW_UP_KEYS } from '../../lexicon/links';
import { frontMatterEnd } from '../markdown/source-lines';
import type { Note, Position, Range } from '../types';

export interface NoteLink {
  /** The target as written, without its #fragment: "./2026-03-12-seance.md", "../clients/acme.md". */
  target: string;
  range: Range;
}

const INLINE_LINK = /\[[^\]]*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const FRONT_MATTER_LINK = new RegExp(`^\\s*(?:${FOLLOW_UP_KEYS.join('|')})\\s*:\\s*["']?([^"'#\\s][^"'#]*?)["']?\\s*$`, 'i');

export function linkAt(note: Note, lines: readonly string[], position: Position): NoteLink | undefined {
  const raw = lines[position.line];
  if (raw === undefined) return undefined;
  const at = (start: number, end: number): Range => ({
    start: { line: position.line, character: start }, end: { line: position.line, character: end },
  });
  if (note.frontMatter.range && position.line > 0 && position.line < frontMatterEnd(lines)) {
    const match = FRONT_MATTER_LINK.exec(raw);
    if (!match) return undefined;
    const target = noteTarget(match[1]);
    const start = raw.indexOf(match[1]);
    return target ? { target, range: at(start, start + match[1].length) } : undefined;
  }
  for (const match of raw.matchAll(INLINE_LINK)) {
    const start = match.index;
    const end = start + match[0].length;
    if (position.character < start || position.character > end) continue;
    const target = noteTarget(match[1].replace(/^<|>$/g, ''));
    return target ? { target, range: at(start, end) } : undefined;
  }
  return undefined;
}

/** A relative path to a Markdown note; web links, anchors and other files are not notes. */
function noteTarget(destination: string): string | undefined {
  const path = destination.trim().replace(/[#?].*$/, '');
  if (!path || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) return undefined;
  if (!/\.(md|markdown)$/i.test(path)) return undefined;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
