// Inline Markdown removed from one line, in one linear pass per construct: links and images keep
// their text, comments go, emphasis, code ticks and strike-through keep their content. Each pass
// finds what the regular expressions it replaces found, without their backtracking on long lines.
import { ForwardFinder, isSpace } from './scan';

const MARKUP = /[[<*_`~]/;

export function stripInlineMarkdown(line: string): string {
  if (!MARKUP.test(line)) return line.trim();
  let text = unwrapLinks(line, '(', ')');
  text = unwrapLinks(text, '[', ']');
  text = removeComments(text);
  text = unwrapPairs(text, ['**', '__']);
  text = unwrapEmphasis(text);
  text = unwrapCode(text);
  text = unwrapPairs(text, ['~~']);
  return text.trim();
}

/** "[text](target)" or "[text][ref]", with an optional "!", to "text". */
function unwrapLinks(text: string, open: '(' | '[', close: ')' | ']'): string {
  const labelEnds = new ForwardFinder(text, ']');
  const targetEnds = new ForwardFinder(text, close);
  let out = '';
  let last = 0;
  for (let at = 0; at < text.length; at++) {
    const bracket = text[at] === '!' ? at + 1 : at;
    if (text[bracket] !== '[') continue;
    const labelEnd = labelEnds.from(bracket + 1);
    if (labelEnd < 0) break;
    if (text[labelEnd + 1] !== open) continue;
    const end = targetEnds.from(labelEnd + 2);
    if (end < 0) continue;
    out += text.slice(last, at) + text.slice(bracket + 1, labelEnd);
    last = end + 1;
    at = end;
  }
  return out + text.slice(last);
}

function removeComments(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', last)) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) break;
    out += text.slice(last, at);
    last = close + 3;
  }
  return out + text.slice(last);
}

/** "**bold**", "__bold__", "~~struck~~": each delimiter pairs with its next occurrence. */
function unwrapPairs(text: string, delimiters: readonly string[]): string {
  const finders = delimiters.map((delimiter) => new ForwardFinder(text, delimiter));
  let out = '';
  let last = 0;
  for (let at = 0; at < text.length; at++) {
    const index = delimiters.findIndex((delimiter) => text.startsWith(delimiter, at));
    if (index < 0) continue;
    const width = delimiters[index].length;
    const close = finders[index].from(at + width + 1);
    if (close < 0) continue;
    out += text.slice(last, at) + text.slice(at + width, close);
    last = close + width;
    at = last - 1;
  }
  return out + text.slice(last);
}

const WORD = /\w/;
const isMarker = (ch: string | undefined) => ch === '*' || ch === '_';
const isWordOrStar = (ch: string) => ch === '*' || WORD.test(ch);

/**
 * "*word*" and "_word_": a marker after a non-word character (or at the start), content that starts
 * and ends with a non-space, and a closing marker before a non-word character (or at the end).
 * `nextClose` makes finding the closing marker constant time.
 */
function unwrapEmphasis(text: string): string {
  const n = text.length;
  if (!text.includes('*') && !text.includes('_')) return text;
  // nextClose[i]: the first closing marker at or after i.
  const nextClose = new Int32Array(n + 1).fill(-1);
  for (let c = n - 1; c >= 0; c--) {
    const closes = isMarker(text[c]) && c > 0 && !isSpace(text[c - 1]) && (c + 1 === n || !isWordOrStar(text[c + 1]));
    nextClose[c] = closes ? c : nextClose[c + 1];
  }
  let out = '';
  let last = 0;
  for (let p = 0; p < n; p++) {
    const open = p === 0 && isMarker(text[0]) ? 0 : !isWordOrStar(text[p]) && isMarker(text[p + 1]) ? p + 1 : -1;
    if (open < 0 || open + 2 > n || isSpace(text[open + 1])) continue;
    // The content is longer than one character when it can be: the shortest such run wins.
    const longer = open + 3 <= n ? nextClose[open + 3] : -1;
    const close = longer >= 0 ? longer : nextClose[open + 2] === open + 2 ? open + 2 : -1;
    if (close < 0) continue;
    out += text.slice(last, open) + text.slice(open + 1, close);
    last = close + 1;
    p = close;
  }
  return out + text.slice(last);
}

function unwrapCode(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', last)) {
    const close = text.indexOf('`', at + 1);
    if (close < 0) break;
    out += text.slice(last, at) + text.slice(at + 1, close);
    last = close + 1;
  }
  return out + text.slice(last);
}
