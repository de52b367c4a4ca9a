// Linear scans for what backtracking regular expressions did badly on long or hostile lines:
// each one reads a line a bounded number of times, whatever it holds.

const SPACE = /\s/;
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/** Index of the first non-space character at or after `from`. */
export function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.test(text[at])) at++;
  return at;
}

/** Finds `needle` at or after a position that only moves forward, remembering the last answer. */
export class ForwardFinder {
  private found = -2;

  constructor(private readonly text: string, private readonly needle: string) {}

  /** The first index of the needle at or after `from`, or -1. */
  from(from: number): number {
    if (this.found === -1 || (this.found >= from)) return this.found;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

export interface Span {
  start: number;
  /** Just after the closing character. */
  end: number;
  inner: string;
}

/** "(…)" and "[…]" groups in order, left to right, as `/\(([^)]*)\)|\[([^\]]*)\]/g` finds them. */
export function bracketedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const paren = new ForwardFinder(text, ')');
  const square = new ForwardFinder(text, ']');
  for (let at = 0; at < text.length; at++) {
    const ch = text[at];
    if (ch !== '(' && ch !== '[') continue;
    const close = (ch === '(' ? paren : square).from(at + 1);
    if (close < 0) continue;
    spans.push({ start: at, end: close + 1, inner: text.slice(at + 1, close) });
    at = close;
  }
  return spans;
}

export interface Labelled {
  label: string;
  /** What follows the colon, leading spaces left out. */
  rest: string;
}

/**
 * "Label : rest" at the first colon, the label `min` to `max` characters long once trailing spaces
 * are set aside (as `^([^:]{min,max}?)\s*:\s*(.*)$` reads it); `allowed` vets the label's characters.
 */
export function labelBeforeColon(text: string, min: number, max: number, allowed?: (ch: string) => boolean): Labelled | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  let end = colon;
  while (end > 0 && isSpace(text[end - 1])) end--;
  end = Math.max(end, Math.min(min, colon));
  if (end < min || end > max) return undefined;
  if (allowed) for (let i = 0; i < end; i++) if (!allowed(text[i])) return undefined;
  return { label: text.slice(0, end), rest: text.slice(skipSpaces(text, colon + 1)) };
}

/** The text without the characters of `leading` at its start and of `trailing` at its end. */
export function trimChars(text: string, leading: string, trailing: string = leading): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text[start])) start++;
  while (end > start && trailing.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Marks that take no room on screen: a "<!-‏-" with a direction mark typed inside still looks like "<!--". */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/;

/**
 * The first "<!--" from `from`, also written with invisible marks between its characters; `end`
 * is where its "--" ends.
 */
export function commentOpening(raw: string, from = 0): { start: number; end: number } | undefined {
  for (let at = raw.indexOf('<', from); at >= 0; at = raw.indexOf('<', at + 1)) {
    let i = at + 1;
    let matched = 0;
    for (const wanted of '!--') {
      while (i < raw.length && INVISIBLE.test(raw[i])) i++;
      if (raw[i] !== wanted) break;
      i++;
      matched++;
    }
    if (matched === 3) return { start: at, end: i };
  }
  return undefined;
}

/** Where a line's own text ends once trailing HTML comments and spaces are left out. */
export function endBeforeTrailingComments(raw: string): number {
  let end = raw.trimEnd().length;
  while (end >= 7 && raw.startsWith('-->', end - 3)) {
    // The comment opens at the first "<!--" after the previous "-->", as HTML reads it.
    const previousClose = raw.lastIndexOf('-->', end - 4);
    const opening = commentOpening(raw, previousClose < 0 ? 0 : previousClose + 3);
    const open = opening?.start ?? -1;
    if (open < 0 || opening!.end > end - 3) break;
    end = open;
    while (end > 0 && isSpace(raw[end - 1])) end--;
  }
  return end;
}

/** A heading's text without its closing sequence: "Faits ##" -> "Faits". */
export function stripClosingHashes(text: string): string {
  const end = text.trimEnd().length;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes === end || hashes === 0 || !isSpace(text[hashes - 1])) return text.slice(0, end);
  return text.slice(0, hashes).trimEnd();
}

const DELIMITER_CELL = /^:?-{3,}:?$/;

/** "| --- | :---: |": the line under a table's header. */
export function isTableDelimiter(line: string): boolean {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|')) text = text.slice(0, -1);
  return text.split('|').every((cell) => DELIMITER_CELL.test(cell.trim()));
}

const ANSWER_SEPARATORS = ['->', '→', '=>', '⇒', '—', '–', '-', ':', '>'];
const ANSWER_LABELS = ['A', 'R', 'Réponse', 'Answer'];

/** A question and its reply on one line: "Combien ? → Douze", "Tried anything? -> no", "… ? — Huit ans". */
export function inlineAnswer(text: string): { question: string; reply: string } | undefined {
  for (let mark = text.indexOf('?', 1); mark >= 0; mark = text.indexOf('?', mark + 1)) {
    const after = skipSpaces(text, mark + 1);
    const reply = replyAfter(text, after);
    if (reply !== undefined) return { question: text.slice(0, mark + 1), reply: text.slice(reply) };
  }
  return undefined;
}

/** Where the reply starts when a separator stands at `at`, tried in the order the notes prefer. */
function replyAfter(text: string, at: number): number | undefined {
  const startOfReply = (from: number) => {
    const start = skipSpaces(text, from);
    return start < text.length ? start : undefined;
  };
  for (const separator of ANSWER_SEPARATORS) {
    if (!text.startsWith(separator, at)) continue;
    const start = startOfReply(at + separator.length);
    if (start !== undefined) return start;
  }
  for (const label of ANSWER_LABELS) {
    if (!text.startsWith(label, at)) continue;
    const colon = skipSpaces(text, at + label.length);
    if (text[colon] !== ':') continue;
    const start = startOfReply(colon + 1);
    if (start !== undefined) return start;
  }
  return undefined;
}

const LIST_DASHES = '—–-';

/** Splits "Jean Dupont — DAF, Acme | décideur" at " — ", ", ", "; ", ": " and "|", spaces around them included. */
export function splitAtSeparators(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = 0; at < text.length;) {
    const spacesEnd = skipSpaces(text, at);
    const ch = text[spacesEnd];
    let end = -1;
    if (spacesEnd > at && LIST_DASHES.includes(ch ?? '\0') && isSpace(text[spacesEnd + 1])) end = skipSpaces(text, spacesEnd + 1);
    else if (ch !== undefined && ',;:'.includes(ch) && isSpace(text[spacesEnd + 1])) end = skipSpaces(text, spacesEnd + 1);
    else if (ch === '|') end = skipSpaces(text, spacesEnd + 1);
    if (end < 0) {
      at = spacesEnd > at ? spacesEnd : at + 1;
      continue;
    }
    parts.push(text.slice(from, at));
    from = end;
    at = end;
  }
  parts.push(text.slice(from));
  return parts;
}

/** The text after the last " — " of a line: the owner in "Envoyer le devis — Tom". */
export function afterLastDash(text: string): string | undefined {
  const lastLong = Math.max(text.lastIndexOf('—'), text.lastIndexOf('–'));
  for (let at = Math.max(lastLong, 1); at < text.length; at++) {
    if (!LIST_DASHES.includes(text[at]) || (at !== lastLong && text[at] !== '-')) continue;
    if (!isSpace(text[at - 1]) || !isSpace(text[at + 1])) continue;
    const start = skipSpaces(text, at + 1);
    if (start < text.length) return text.slice(start);
  }
  return undefined;
}

/** "Marie Dupont – DAF" at its first dash with spaces around it, both sides non-empty. */
export function splitAtFirstDash(text: string): { before: string; after: string } | undefined {
  for (let at = 1; at < text.length - 1; at++) {
    if (!LIST_DASHES.includes(text[at]) || !isSpace(text[at - 1]) || !isSpace(text[at + 1])) continue;
    let nameEnd = at - 1;
    while (nameEnd > 0 && isSpace(text[nameEnd - 1])) nameEnd--;
    const start = skipSpaces(text, at + 1);
    if (nameEnd > 0 && start < text.length) return { before: text.slice(0, nameEnd), after: text.slice(start) };
  }
  return undefined;
}

const LETTER = /\p{L}/u;

/** The dotted word a text ends with before its final full stop: "etc." -> "etc", "p. ex." -> "ex". */
export function wordBeforeFinalDot(text: string): string | undefined {
  const end = text.length - 1;
  if (text[end] !== '.') return undefined;
  let start = end;
  while (start > 0 && (LETTER.test(text[start - 1])
    || (text[start - 1] === '.' && start - 1 > 0 && LETTER.test(text[start - 2]) && LETTER.test(text[start])))) start--;
  return start < end ? text.slice(start, end) : undefined;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Calls `each` with every run of letters and digits of `text`, in order: what
 * `text.split(/[^\p{L}\p{N}]+/u)` keeps, without the empty pieces, and five times faster (ASCII is
 * told apart by its code, the rest one character at a time).
 */
export function forEachWord(text: string, each: (word: string) => void): void {
  let start = -1;
  const end = text.length;
  for (let at = 0; at < end; at++) {
    const code = text.charCodeAt(at);
    let inWord: boolean;
    let width = 1;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    else {
      width = code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;
      inWord = LETTER_OR_DIGIT.test(text.slice(at, at + width));
    }
    if (inWord) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      each(text.slice(start, at));
      start = -1;
    }
    at += width - 1;
  }
  if (start >= 0) each(text.slice(start));
}
