// Turns a parsed chunk into a flat stream of headings and prose lines, positioned in the chunk;
// `shiftBlock` moves them to the chunk's place in the note.
import type { Nodes, Root } from 'mdast';
import type { BlockKind, Heading, Range, TextLine } from '../types';
import { inlineAnswer, isTableDelimiter, stripClosingHashes } from '../reading/scan';
import { speakerOf } from '../reading/labels';
import { forEachBlock } from './walk';
import { isQuestion, stripInlineMarkdown } from '../reading/text';

export type Block =
  | { type: 'heading'; heading: Heading }
  | { type: 'line'; line: TextLine }
  | { type: 'yaml'; value: string; startLine: number; endLine: number };

/** Leading quote marks and spaces of a continuation line. */
const CONTINUATION_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*/;

export function collectBlocks(tree: Root, lines: readonly string[]): Block[] {
  const out: Block[] = [];
  forEachBlock(tree, (node, block, itemStart) => {
    switch (node.type) {
      case 'yaml': {
        const pos = node.position!;
        out.push({ type: 'yaml', value: node.value, startLine: pos.start.line - 1, endLine: pos.end.line - 1 });
        return;
      }
      case 'heading': {
        const pos = node.position!;
        const line = pos.start.line - 1;
        const raw = lines[line] ?? '';
        const text = stripInlineMarkdown(stripClosingHashes(raw.replace(/^ {0,3}#{1,6}\s*/, '')));
        out.push({
          type: 'heading',
          heading: {
            text,
            level: node.depth,
            pseudo: false,
            range: { start: { line, character: pos.start.column - 1 }, end: { line, character: raw.trimEnd().length } },
          },
        });
        return;
      }
      case 'paragraph':
        pushLines(node.position!.start.line - 1, node.position!.end.line - 1,
          node.position!.start.column - 1, block ?? 'paragraph', itemStart, lines, out);
        return;
      case 'table':
        for (const row of node.children.slice(1)) pushTableRow(row.position!.start.line - 1, lines, out);
        return;
      default:
        // Code, HTML, thematic breaks and definitions carry no prose to analyse.
        return;
    }
  });
  return out;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;

/** The line without the HTML comments that end it ("| a | b | <!-- note -->"). */
export function withoutTrailingComments(raw: string): string {
  let line = raw.trimEnd();
  while (line.endsWith('-->')) {
    const open = line.lastIndexOf('<!--');
    if (open < 0) break;
    line = line.slice(0, open).trimEnd();
  }
  return line;
}

/** A row of a pipe table, whatever comments follow it. */
export function isTableRow(raw: string): boolean {
  return TABLE_ROW.test(withoutTrailingComments(raw));
}

function pushLines(first: number, last: number, firstColumn: number, block: BlockKind, itemStart: boolean,
  lines: readonly string[], out: Block[]): void {
  for (let line = first; line <= last; line++) {
    const raw = lines[line] ?? '';
    // Without table syntax in the parser, a table is a paragraph of "| a | b |" rows: read it row by row,
    // without its header and delimiter lines.
    if (isTableRow(raw) && block === 'paragraph') {
      const header = isTableDelimiter(lines[line + 1] ?? '');
      if (!header && !isTableDelimiter(raw)) pushTableRow(line, lines, out);
      continue;
    }
    const start = line === first ? firstColumn : CONTINUATION_PREFIX.exec(raw)![0].length;
    const text = stripInlineMarkdown(raw.slice(start));
    if (!text) continue;
    const lineBlock: BlockKind = block === 'paragraph' && /^\s*>/.test(raw) ? 'quote' : block;
    const inline = inlineAnswer(text);
    if (!inline) {
      out.push({ type: 'line', line: makeLine(text, lineBlock, itemStart && line === first, line, raw, start) });
      continue;
    }
    const asked = makeLine(inline.question, lineBlock, itemStart && line === first, line, raw, start);
    const replyStart = cellStart(raw, inline.reply);
    if (replyStart !== undefined) asked.range.end.character = replyStart;
    out.push({ type: 'line', line: asked });
    out.push({ type: 'line', line: { ...makeLine(inline.reply, lineBlock, false, line, raw, replyStart), answer: true } });
  }
}

/**
 * One table row, its cells joined by " | ". A row whose question cell is followed by more cells
 * ("Marc | Combien … ? | Onze") is a question, asked by the cell before it, and its answer.
 */
function pushTableRow(line: number, lines: readonly string[], out: Block[]): void {
  const raw = withoutTrailingComments(lines[line] ?? '');
  const cells = raw.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => stripInlineMarkdown(cell.trim()));
  const asked = cells.findIndex((cell) => isQuestion(cell));
  const reply = asked >= 0 ? cells.slice(asked + 1).filter(Boolean).join(' | ') : '';
  if (!reply) {
    const text = cells.filter(Boolean).join(' | ');
    if (text) out.push({ type: 'line', line: makeLine(text, 'table', true, line, raw) });
    return;
  }
  const by = asked > 0 ? cells[asked - 1] : '';
  const question = by && by.split(/\s+/).length <= 4 ? `${by} : ${cells[asked]}` : cells[asked];
  out.push({ type: 'line', line: makeLine(question, 'table', true, line, raw) });
  out.push({ type: 'line', line: { ...makeLine(reply, 'table', false, line, raw, cellStart(raw, reply)), answer: true } });
}

/** Where a cell's text starts in its source line, or the line's start when it cannot be found. */
function cellStart(raw: string, text: string): number | undefined {
  const at = raw.indexOf(text.slice(0, 12));
  return at >= 0 ? at : undefined;
}

function makeLine(text: string, block: BlockKind, itemStart: boolean, line: number, raw: string, start?: number): TextLine {
  const from = start ?? raw.length - raw.trimStart().length;
  const { speaker, role, body } = speakerOf(text);
  return {
    text,
    body,
    speaker,
    role,
    block,
    itemStart,
    range: { start: { line, character: from }, end: { line, character: raw.trimEnd().length } },
  };
}

export function shiftBlock(block: Block, offset: number): Block {
  if (offset === 0) return block;
  switch (block.type) {
    case 'yaml':
      return { ...block, startLine: block.startLine + offset, endLine: block.endLine + offset };
    case 'heading':
      return { type: 'heading', heading: { ...block.heading, range: shiftRange(block.heading.range, offset) } };
    case 'line':
      return { type: 'line', line: { ...block.line, range: shiftRange(block.line.range, offset) } };
  }
}

export function shiftRange(range: Range, offset: number): Range {
  return {
    start: { line: range.start.line + offset, character: range.start.character },
    end: { line: range.end.line + offset, character: range.end.character },
  };
}
