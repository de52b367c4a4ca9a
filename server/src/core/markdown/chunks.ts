// Splits a note into top-level chunks that remark can parse independently, and caches the trees.
// A chunk starts at an ATX heading outside fenced code (or at the start of the text), so an edit
// re-parses only the chunk it touches. Link reference definitions do not cross chunks: the
// analysis reads text, not link targets, so that trade is harmless here.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { forEachProseLine } from './source-lines';

export interface Chunk {
  /** Zero-based line of the chunk's first line in the note. */
  startLine: number;
  text: string;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

export function splitChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start) chunks.push({ startLine: start, text: lines.slice(start, end).join('\n') });
    start = end;
  };
  // Front matter stays in the first chunk, whatever headings it seems to hold.
  forEachProseLine(lines, (line, index) => {
    if (HEADING.test(line)) push(index);
  });
  push(lines.length);
  return chunks;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseChunk(text: string): Root {
  return processor.parse(text);
}
