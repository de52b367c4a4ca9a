// Splits a note into top-level chunks that remark can parse independently, and caches the trees.
// A chunk starts at an ATX heading outside fenced code (or at the start of the text), so an edit
// re-parses only the chunk it touches. Link reference definitions do not cross chunks: the
// analysis reads text, not link targets, so that trade is harmless here.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { forEachProseLine } from './source-lines';

export interface Chunk {
  /** Zero-based line of the chunk's first line in the note. */
  startLine: number;
  text: string;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A list item's marker: a list goes on past a blank line, so it is not cut there. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** HTML blocks that go on past blank lines, up to their closing mark (CommonMark's kinds 1 to 5). */
const HTML_OPENINGS: readonly [RegExp, string][] = [
  [/<(?:script|pre|style|textarea)(?:[\s>]|$)/i, '</'],
  [/<!--/, '-->'],
  [/<\?/, '?>'],
  [/<!\[CDATA\[/, ']]>'],
];
/** A bullet item with content: it ends whatever paragraph or item is above it (not `***` nor `- - -`). */
const BULLET_ITEM = /^[-*+][ \t]+[^-*+ \t]/;
/**
 * A chunk without headings is also cut once it is this long, where remark reads the text the same
 * cut or not: its cost grows faster than its input on some shapes (setext headings each edit the
 * whole list of events; a long list is a single block).
 */
const MAX_CHUNK = 4_000;
/**
 * Past this length even a block is cut, at a line that starts like text: no real paragraph or list
 * is that long, and a paragraph read as two is a small price against a parse that never ends.
 */
const MAX_BLOCK = 10_000;

/** Where a chunk without headings is cut: the bounds above unless a test asks for others. */
export interface ChunkLimits {
  chunk: number;
  block: number;
}

export function splitChunks(lines: readonly string[], limits: ChunkLimits = { chunk: MAX_CHUNK, block: MAX_BLOCK }): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let length = 0;
  let htmlEnd: string | undefined;
  const push = (end: number) => {
    if (end > start) chunks.push({ startLine: start, text: lines.slice(start, end).join('\n') });
    start = end;
    length = 0;
  };
  // Front matter stays in the first chunk, whatever headings it seems to hold.
  forEachProseLine(lines, (line, index) => {
    if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = undefined;
    } else if (HEADING.test(line)) push(index);
    else if (length >= limits.chunk && index > start && (startsTopLevelBlock(line, lines[index - 1]) || BULLET_ITEM.test(line))) push(index);
    else if (length >= limits.block && index > start && startsLikeText(line)) push(index);
    if (!htmlEnd && line.includes('<')) htmlEnd = htmlOpened(line);
    length += line.length + 1;
  });
  push(lines.length);
  return chunks;
}

/**
 * After a blank line, a line that starts at the margin with neither a list marker nor HTML opens a
 * block that nothing above it continues: remark reads the text the same cut there or not.
 */
function startsTopLevelBlock(line: string, before: string): boolean {
  return before.trim() === '' && line !== '' && line[0] !== ' ' && line[0] !== '\t' && line[0] !== '<' && !LIST_MARKER.test(line);
}

/**
 * A line at the margin that opens no block of its own when cut from the line above: not a setext
 * underline, table delimiter, quote, list marker (numbered ones included), code, HTML or heading.
 */
function startsLikeText(line: string): boolean {
  const first = line[0];
  return first !== undefined && !' \t|-=+:>#<`~'.includes(first) && !(first >= '0' && first <= '9') && !BULLET_ITEM.test(line);
}

/** The closing mark an HTML block opened on this line waits for, when the line does not close it. */
function htmlOpened(line: string): string | undefined {
  for (const [opening, closing] of HTML_OPENINGS) {
    const match = opening.exec(line);
    if (match && !line.includes(closing, match.index + match[0].length)) return closing;
  }
  return undefined;
}

/**
 * What remark-parse with remark-frontmatter reads, called directly: a note is parsed as many chunks,
 * and unified's processor and file, made again for each, cost a fifth of a small chunk's parse.
 */
const PARSE_OPTIONS = { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] };

export function parseChunk(text: string): Root {
  return fromMarkdown(text, PARSE_OPTIONS);
}
