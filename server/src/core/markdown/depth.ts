// Nesting the input sets is bounded, so no walk (ours or a library's) recurses as deep as a note
// wants, and the parser never meets thousands of containers opened on one line. A note that goes
// deeper is still read: past the cap its markers are plain text, and the note says so once.
import type { Nodes, Root } from 'mdast';

/** Far beyond any real note: lists and quotes nest a handful of levels. */
export const MAX_NESTING = 100;
/** Not Markdown whitespace: a marker replaced by it starts plain text, and the column stays the same. */
const NEUTRAL = '\u00a0';

export interface Limited {
  text: string;
  /** The first line (of the chunk) where nesting went past the cap. */
  deepLine?: number;
}

/**
 * Quote marks and list markers that open more than MAX_NESTING containers on one line: the one past
 * the cap is made plain text (same length, so every position is kept).
 */
export function limitContainerMarkers(text: string): Limited {
  let out: string[] | undefined;
  let deepLine: number | undefined;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const past = markerPastCap(line);
    if (past < 0) return;
    out ??= [...lines];
    out[index] = `${line.slice(0, past)}${NEUTRAL}${line.slice(past + 1)}`;
    deepLine ??= index;
  });
  return out ? { text: out.join('\n'), deepLine } : { text };
}

function markerPastCap(line: string): number {
  let depth = 0;
  for (let at = 0; at < line.length;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    const ch = line[at];
    let width = 0;
    if (ch === '>') width = 1;
    else if ((ch === '-' || ch === '*' || ch === '+') && isBreak(line[at + 1])) width = 1;
    else {
      let digits = 0;
      while (digits < 10 && line[at + digits] >= '0' && line[at + digits] <= '9') digits++;
      if (digits && (line[at + digits] === '.' || line[at + digits] === ')') && isBreak(line[at + digits + 1])) width = digits + 1;
    }
    if (!width) return -1;
    if (++depth > MAX_NESTING) return at;
    at += width;
  }
  return -1;
}

const isBreak = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\t';

/**
 * Containers nested deeper than the cap (by indentation, over many lines) are only reported; inline
 * content nested deeper (emphasis in emphasis in …) becomes the plain source text of its paragraph
 * or heading. Returns the first line (of the chunk) deeper than the cap.
 */
export function flattenDeepInline(tree: Root, text: string): number | undefined {
  let deepLine: number | undefined;
  const note = (node: Nodes) => {
    if (node.position) deepLine = Math.min(deepLine ?? Infinity, node.position.start.line - 1);
  };
  const pending: { node: Nodes; blocks: number; inline: number; holder?: Nodes }[] = [{ node: tree, blocks: 0, inline: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { node, holder } = item;
    const blocks = item.blocks + (node.type === 'blockquote' || node.type === 'listItem' ? 1 : 0);
    const inline = holder ? item.inline + 1 : 0;
    if (blocks > MAX_NESTING) note(node);
    if (inline > MAX_NESTING && holder && 'children' in holder && holder.position) {
      const first = holder.children[0]?.position?.start ?? holder.position.start;
      const last = holder.children.at(-1)?.position?.end ?? holder.position.end;
      holder.children = [{ type: 'text', value: text.slice(first.offset, last.offset), position: { start: first, end: last } }] as never;
      note(holder);
      continue;
    }
    const isHolder = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
    if (!('children' in node)) continue;
    for (const child of node.children) {
      pending.push({ node: child as Nodes, blocks: blocks > MAX_NESTING ? MAX_NESTING : blocks, inline, holder: holder ?? (isHolder ? node : undefined) });
    }
  }
  return deepLine;
}
