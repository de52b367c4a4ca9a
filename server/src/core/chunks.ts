// Splits a note into top-level chunks that remark can parse independently, and caches the trees.
// A chunk starts at an ATX heading outside fenced code (or at the start of the text), so an edit
// re-parses only the chunk it touches. Link reference definitions do not cross chunks: the
// analysis reads text, not link targets, so that trade is harmless here.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

export interface Chunk {
  /** Zero-based line of the chunk's first line in the note. */
  startLine: number;
  text: string;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function splitChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let fence: string | undefined;
  const push = (end: number) => {
    if (end > start) chunks.push({ startLine: start, text: lines.slice(start, end).join('\n') });
    start = end;
  };
  let i = 0;
  if (lines[0] === '---') {
    // Front matter stays in the first chunk, whatever headings it seems to hold.
    const close = lines.findIndex((line, index) => index > 0 && (line === '---' || line === '...'));
    if (close > 0) i = close + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (HEADING.test(line)) push(i);
  }
  push(lines.length);
  return chunks;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseChunk(text: string): Root {
  return processor.parse(text);
}
