// Walking a note's source lines the way Markdown reads them: the front matter and fenced code
// blocks hold no headings and no directives, whatever they look like.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A front matter fence as the Markdown parser reads it: "---", spaces or tabs after it allowed. */
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/**
 * The index of the first line after the front matter (0 when there is none), as the Markdown parser
 * finds it: a byte order mark before the opening fence is no text, and only "---" closes it.
 */
export function frontMatterEnd(lines: readonly string[]): number {
  const first = lines.length ? sourceLine(lines, 0) : undefined;
  if (first === undefined || !FRONT_MATTER_FENCE.test(first)) return 0;
  const close = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line));
  return close > 0 ? close + 1 : 0;
}

/** A line as the Markdown parser reads it: a byte order mark opening the note is no text, "\ufeff```" opens a fence. */
function sourceLine(lines: readonly string[], index: number): string {
  const line = lines[index];
  return index === 0 && line.startsWith('\ufeff') ? line.slice(1) : line;
}

/** Calls `visit` on each line after the front matter that is neither inside nor opening a code fence. */
export function forEachProseLine(lines: readonly string[], visit: (line: string, index: number) => void): void {
  let fence: string | undefined;
  for (let i = frontMatterEnd(lines); i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(sourceLine(lines, i));
    if (fence) {
      if (closesFence(line, fenceMatch, fence)) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else {
      visit(line, i);
    }
  }
}

/** A closing fence has nothing after it: "```bash" inside a block is code, not its end. */
function closesFence(line: string, fenceMatch: RegExpExecArray | null, fence: string): boolean {
  return fenceMatch !== null && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length
    && line.slice(fenceMatch[0].length).trim() === '';
}

/**
 * HTML blocks that run until a closing mark rather than a blank line: `<!--` until `-->`, `<script`
 * until `</script>`... Left open, they swallow the rest of the note.
 */
const HTML_BLOCKS: readonly { open: RegExp; close: RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
];

/**
 * The line that opens a fenced code block or an HTML block (a comment left open) still open after
 * line `line`, if one is: text put after it is code, or hidden.
 */
export function openBlockAt(lines: readonly string[], line: number): number | undefined {
  let fence: { mark: string; line: number } | undefined;
  let html: { close: RegExp; line: number } | undefined;
  for (let i = frontMatterEnd(lines); i <= line && i < lines.length; i++) {
    const raw = sourceLine(lines, i);
    if (html) {
      if (html.close.test(raw)) html = undefined;
      continue;
    }
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (closesFence(raw, fenceMatch, fence.mark)) fence = undefined;
    } else if (fenceMatch) {
      fence = { mark: fenceMatch[1], line: i };
    } else {
      const block = HTML_BLOCKS.find((b) => b.open.test(raw));
      // A block closed on its own line ("<!-- note -->") hides nothing after it.
      if (block && !block.close.test(raw.slice(raw.indexOf('<') + 2))) html = { close: block.close, line: i };
    }
  }
  return fence?.line ?? html?.line;
}
