// The sentences of a note's prose lines: a paragraph or a list item is joined across its wrapped
// lines, then cut at sentence ends, each sentence keeping the source range it spans.
import type { Range, TextLine } from '../types';
import { normalize } from '../reading/text';

export interface ProseSentence {
  text: string;
  normalized: string;
  range: Range;
  /** The line the sentence starts on. */
  line: TextLine;
  /** The entry (list item, paragraph, table row) the sentence belongs to starts with it. */
  entryStart: boolean;
}

/** "-> …", "=> …", "Q/ …", "Label : …": a line that starts something new even when wrapped. */
const NEW_START = /^(?:->|=>|→|⇒|[QRA]\s*\/|[^:]{1,30}:\s)/;
const WRAPPED_LINE = 50;
const ABBREVIATION = /(?:^|[\s(])(?:M|Mme|Mlle|Dr|Mr|Mrs|Ms|St|Pr|etc|ex|cf|vs|resp|réf|ref|n°|No|Jr|Sr|Inc|Ltd|Co|approx|env|lun|mar|mer|jeu|ven|sam|dim|Mon|Tue|Wed|Thu|Fri|Sat|Sun|janv|févr|avr|juil|sept|oct|nov|déc)\.$/i;

function continues(prev: TextLine, line: TextLine): boolean {
  if (line.block === 'table' || prev.block === 'table' || line.block !== prev.block) return false;
  if (line.range.start.line !== prev.range.start.line + 1) return false;
  if (line.block === 'list-item') return !line.itemStart;
  if (NEW_START.test(line.text) || /:\s*$/.test(prev.text)) return false;
  return prev.text.length >= WRAPPED_LINE || /^[\p{Ll}\p{N}(«"“'’,;)]/u.test(line.text);
}

export function proseSentences(lines: readonly TextLine[]): ProseSentence[] {
  const out: ProseSentence[] = [];
  let group: TextLine[] = [];
  const flush = () => {
    if (group.length) out.push(...splitGroup(group));
    group = [];
  };
  for (const line of lines) {
    if (group.length && !continues(group.at(-1)!, line)) flush();
    group.push(line);
  }
  flush();
  return out;
}

function splitGroup(group: readonly TextLine[]): ProseSentence[] {
  // Joined text, and where each line's text starts in it.
  let text = '';
  const starts: number[] = [];
  for (const line of group) {
    if (text) text += ' ';
    starts.push(text.length);
    text += line.text;
  }
  const position = (offset: number, end: boolean) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    const line = group[i];
    const character = line.range.start.character + Math.min(offset - starts[i], line.text.length);
    if (end && i === group.length - 1 && offset >= text.length) return line.range.end;
    return { line: line.range.start.line, character };
  };
  const out: ProseSentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence) {
      const start = from + lead;
      const lineIndex = starts.findLastIndex((s) => s <= start);
      out.push({
        text: sentence, normalized: normalize(sentence),
        range: { start: position(start, false), end: position(start + sentence.length, true) },
        line: group[Math.max(0, lineIndex)], entryStart: out.length === 0,
      });
    }
    from = to;
  };
  for (const end of sentenceEnds(text)) {
    if (ABBREVIATION.test(text.slice(Math.max(0, end.mark - 8), end.mark + 1))) continue;
    push(end.after);
  }
  push(text.length);
  return out;
}

const END = '.!?…';
const CLOSING = '"»”)';
const OPENING = '"«“(';

/** Where sentences end: a full stop, "?" or "!" (closing quotes included), then a space and a capital or a figure. */
function sentenceEnds(text: string): { mark: number; after: number }[] {
  const out: { mark: number; after: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!END.includes(text[i])) continue;
    const mark = i;
    while (i + 1 < text.length && END.includes(text[i + 1])) i++;
    let after = i + 1;
    while (after < text.length && CLOSING.includes(text[after])) after++;
    let next = after;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next === after || next >= text.length) continue;
    if (OPENING.includes(text[next])) next++;
    if (/[\p{Lu}\p{N}]/u.test(text[next] ?? '')) out.push({ mark, after });
  }
  return out;
}
