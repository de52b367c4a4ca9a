// Walking a note's source lines the way Markdown reads them: the front matter and fenced code
// blocks hold no headings and no directives, whatever they look like.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The index of the first line after the front matter (0 when there is none). */
export function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.findIndex((line, index) => index > 0 && (line === '---' || line === '...'));
  return close > 0 ? close + 1 : 0;
}

/** Calls `visit` on each line after the front matter that is neither inside nor opening a code fence. */
export function forEachProseLine(lines: readonly string[], visit: (line: string, index: number) => void): void {
  let fence: string | undefined;
  for (let i = frontMatterEnd(lines); i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
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

/** The line that opens a fenced code block still open after line `line`, if one is: text put after it is code. */
export function openFenceAt(lines: readonly string[], line: number): number | undefined {
  let fence: { mark: string; line: number } | undefined;
  for (let i = frontMatterEnd(lines); i <= line && i < lines.length; i++) {
    const fenceMatch = FENCE.exec(lines[i]);
    if (fence) {
      if (closesFence(lines[i], fenceMatch, fence.mark)) fence = undefined;
    } else if (fenceMatch) {
      fence = { mark: fenceMatch[1], line: i };
    }
  }
  return fence?.line;
}
