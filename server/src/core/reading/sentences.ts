// The sentences of a parsed chunk. The Markdown tree's paragraphs go through mdast-util-to-nlcst
// with parse-latin (retext's natural-language tree), so a sentence keeps its exact source range
// across hard-wrapped lines and inline markup. Notes are not prose throughout, so two things are
// added to what the parser does: a line that opens with a label, a bullet or after a short line
// starts a new sentence, and an abbreviation's full stop ("Dr.", "etc.") does not end one.
import type { Nodes, Paragraph, Root } from 'mdast';
import { forEachBlock } from '../markdown/walk';
import { wordBeforeFinalDot } from './scan';
import type { Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseLatin } from 'parse-latin';
import { VFile } from 'vfile';
import { ABBREVIATIONS, BREATH_CLAUSE_OPENERS, RUN_ON_CONNECTORS } from '../../lexicon/sentences';
import { type Block, isTableRow } from '../markdown/blocks';
import type { BlockKind, LabelRole, LineLabel, Range, Sentence, TextLine } from '../types';
import { readLabel, rosterLabelEnd } from './labels';
import { ATTENDEE_LIST_LABELS, BUYER_SIDE_LABELS, SELLER_SIDE_LABELS, SHORTHAND_ROSTER_LABELS } from '../../lexicon/labels';
import { ABSENT_TITLES } from '../../lexicon/stakeholders';
import { normalize } from './text';

interface ProseBlock {
  node: Paragraph;
  block: BlockKind;
  itemStart: boolean;
}

/** Leading quote marks and spaces of a continuation line. */
const CONTINUATION_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
/** A line that opens like a list entry without being one in Markdown: "– Venir à deux", ". Sous-traiter". */
const BULLET_START = /^[–—•·*+\-.▪►]\s/;
/** A line whose first letter is small, or a figure: the wrapped rest of the line before. */
const CONTINUED_START = /^[\p{Ll}\p{N}(«"“'’,;)]/u;
/** A line at least this long was wrapped by its writer when its sentence goes on below it. */
const WRAPPED_LINE = 50;
const ABBREVIATION = new Set([...ABBREVIATIONS.fr, ...ABBREVIATIONS.en]);

type Token = SentenceContent;

/**
 * The chunk's sentences, positioned from its first line, in order. `shortcuts: false` sends every
 * paragraph through the parser: what the shortcuts must read the same (a test compares them).
 */
export function collectSentences(tree: Root, source: string, sourceLines: readonly string[], blocks: readonly Block[], shortcuts = true): Sentence[] {
  // The parser reads a byte order mark as no text: the tree's offsets and first-line columns start
  // after it, and so must the text they are read from, or every sentence is one character early.
  const bom = source.startsWith('\ufeff');
  const text = bom ? source.slice(1) : source;
  const lines = bom ? [sourceLines[0].slice(1), ...sourceLines.slice(1)] : sourceLines;
  const prose: ProseBlock[] = [];
  collectProse(tree, prose);
  const out: Sentence[] = [];
  if (prose.length) {
    for (const { node } of prose) patchText(node, lines);
    const groups: Group[] = [];
    const read = (nl: NlcstRoot) => {
      for (const paragraph of nl.children) {
        if (paragraph.type !== 'ParagraphNode') continue;
        for (const sentence of paragraph.children) {
          if (sentence.type === 'SentenceNode') groups.push(...splitAtLines(sentence, lines));
        }
      }
    };
    // A few dozen paragraphs per tree: the parser's sentences run across paragraphs until a full
    // stop, and breaking them apart costs the square of how many a tree holds (a long list of
    // attendees has no full stop). Sentences never cross paragraphs, so the trees read the same.
    const usual = prose.filter((p) => !isLarge(p.node));
    const file = new VFile(text);
    for (let from = 0; from < usual.length; from += PARAGRAPHS_PER_TREE) {
      const batch = usual.slice(from, from + PARAGRAPHS_PER_TREE).map((p) => p.node);
      // A paragraph read as one sentence, first in its tree or after one that ends a sentence, needs
      // no tree: with both ending a sentence, leaving it out changes nothing the parser reads of the
      // others (the first parsed paragraph then comes first, or after one that ends a sentence).
      const alone: Group[] = [];
      const parsed = batch.filter((node, i) => {
        const single = shortcuts && (i === 0 || endsSentence(batch[i - 1], lines)) ? oneSentence(node) : undefined;
        if (single) alone.push(single);
        return !single;
      });
      if (!parsed.length) {
        groups.push(...alone);
        continue;
      }
      const root: Root = { type: 'root', children: parsed, position: { start: parsed[0].position!.start, end: parsed.at(-1)!.position!.end } };
      const before = groups.length;
      read(toNlcst(root, file, ParseLatin));
      if (alone.length) groups.push(...inOrder(groups.splice(before), alone));
    }
    if (usual.length < prose.length) {
      const starts = lineStarts(text);
      for (const p of prose) if (isLarge(p.node)) for (const piece of pieces(p.node, starts)) read(readPiece(piece, text));
      groups.sort((a, b) => a.tokens[0].position!.start.offset! - b.tokens[0].position!.start.offset!);
    }
    let at = 0;
    let previous: { block: ProseBlock; speaker?: string; role?: LabelRole; endLine: number; asked: boolean } | undefined;
    let lastToken: Token | undefined;
    for (const group of splitBreaths(mergeAbbreviations(groups))) {
      const start = group.tokens[0].position!.start.offset!;
      while (at + 1 < prose.length && prose[at].node.position!.end.offset! <= start) at++;
      const block = prose[at];
      // The parser ended the sentence before; the line this one opens may still start a new entry.
      const firstToken = group.tokens.find((token) => token.type !== 'WhiteSpaceNode') ?? group.tokens[0];
      if (!group.fresh && lastToken && previous?.block === block && firstToken.position!.start.line > lastToken.position!.end.line) {
        group.fresh = startsSentence(lastToken, firstToken, lines);
      }
      lastToken = [...group.tokens].reverse().find((token) => token.type !== 'WhiteSpaceNode' && token.position) ?? lastToken;
      const sentence = toSentence(group.tokens, block, lines, previous?.block === block ? previous : undefined, group.fresh);
      if (!sentence) continue;
      out.push(sentence);
      previous = { block, speaker: sentence.speaker, role: sentence.role, endLine: sentence.range.end.line, asked: /\?\s*["»”)]*$/.test(sentence.text) };
    }
  }
  // Table rows are read cell by cell by the blocks: each row (or its question and answer) is a sentence.
  for (const block of blocks) {
    if (block.type !== 'line' || block.line.block !== 'table') continue;
    const { line } = block;
    out.push({
      text: line.text, body: line.body, normalized: normalize(line.body || line.text), range: line.range,
      block: 'table', speaker: line.speaker, role: line.role ?? (line.answer ? 'answer' : undefined),
      labelled: line.speaker !== undefined, blockStart: true,
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * A paragraph longer than this is read in pieces of about PIECE characters, cut between lines or
 * words: the natural-language tree of one huge paragraph would overflow the library's call stack and
 * cost more than linear time. No real paragraph is that long; a sentence is not cut below it.
 */
const LARGE_PARAGRAPH = 10_000;
const PARAGRAPHS_PER_TREE = 64;
const PIECE = 2_000;

type Point = { line: number; column: number; offset: number };

function isLarge(node: Paragraph): boolean {
  return node.position!.end.offset! - node.position!.start.offset! > LARGE_PARAGRAPH;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function pointAt(offset: number, starts: readonly number[]): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}

/** The leaves of a large paragraph (markup around them dropped), long texts cut after a space, in runs of about PIECE characters. */
function pieces(node: Paragraph, starts: readonly number[]): Nodes[][] {
  const leaves: Nodes[] = [];
  const pending: Nodes[] = [...node.children].reverse() as Nodes[];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if ('children' in next) {
      for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i] as Nodes);
      continue;
    }
    if (!next.position) continue;
    if (next.type !== 'text' || next.value.length !== next.position.end.offset! - next.position.start.offset!) {
      leaves.push(next);
      continue;
    }
    const base = next.position.start.offset!;
    let from = 0;
    while (from < next.value.length) {
      let to = Math.min(from + PIECE, next.value.length);
      // Cut where a space ends, so no word is split; a piece without a space is kept whole.
      if (to < next.value.length) {
        let cut = to;
        while (cut > from && !(/\s/.test(next.value[cut - 1]) && !/\s/.test(next.value[cut]))) cut--;
        if (cut > from) to = cut;
        else while (to < next.value.length && !/\s/.test(next.value[to - 1])) to++;
      }
      leaves.push({
        type: 'text', value: next.value.slice(from, to),
        position: { start: pointAt(base + from, starts), end: pointAt(base + to, starts) },
      });
      from = to;
    }
  }
  const out: Nodes[][] = [];
  let run: Nodes[] = [];
  for (const leaf of leaves) {
    if (run.length && leaf.position!.end.offset! - run[0].position!.start.offset! > PIECE) {
      out.push(run);
      run = [];
    }
    run.push(leaf);
  }
  if (run.length) out.push(run);
  return out;
}

/** One piece's natural-language tree, read from its own text and placed back where the piece stands. */
function readPiece(leaves: readonly Nodes[], text: string): NlcstRoot {
  const base = leaves[0].position!.start as Point;
  const end = leaves.at(-1)!.position!.end as Point;
  const local = (point: Point): Point => ({
    line: point.line - base.line + 1,
    column: point.line === base.line ? point.column - base.column + 1 : point.column,
    offset: point.offset - base.offset,
  });
  const children = leaves.map((leaf) => ({
    ...leaf, position: { start: local(leaf.position!.start as Point), end: local(leaf.position!.end as Point) },
  }));
  const paragraph = { type: 'paragraph', children, position: { start: local(base), end: local(end) } } as Paragraph;
  const nl = toNlcst(paragraph, new VFile(text.slice(base.offset, end.offset)), ParseLatin);
  const back = (point: Point): Point => ({
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: point.offset + base.offset,
  });
  for (const paragraphNode of nl.children) {
    if (paragraphNode.type !== 'ParagraphNode') continue;
    for (const sentence of paragraphNode.children) {
      if (sentence.type !== 'SentenceNode') continue;
      for (const token of sentence.children) {
        if (token.position) token.position = { start: back(token.position.start as Point), end: back(token.position.end as Point) };
      }
    }
  }
  return nl;
}

/**
 * A paragraph of one line of plain text with no sentence end but at its very end ("Karim veut un
 * pilote."): the parser reads it as one sentence of its whole text, words included, so its group is
 * that text as one token, placed where the text stands.
 */
function oneSentence(node: Paragraph): Group | undefined {
  const child = node.children.length === 1 ? node.children[0] : undefined;
  if (child?.type !== 'text' || !child.position) return undefined;
  const { start, end } = child.position;
  if (start.line !== end.line || child.value.length !== end.offset! - start.offset! || !readsAsOneSentence(child.value)) return undefined;
  const token: Token = {
    type: 'WordNode', children: [{ type: 'TextNode', value: child.value }],
    position: { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } },
  };
  return { tokens: [token], fresh: false };
}

/** Two runs of groups, each in the text's order, merged in that order. */
function inOrder(a: Group[], b: Group[]): Group[] {
  const out: Group[] = [];
  let i = 0;
  let j = 0;
  const at = (group: Group) => group.tokens[0].position!.start.offset!;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && at(a[i]) < at(b[j])) ? a[i++] : b[j++]);
  return out;
}

/** The paragraph's last character in the source, spaces aside, ends a sentence. */
function endsSentence(node: Paragraph, lines: readonly string[]): boolean {
  const { end } = node.position!;
  const last = (lines[end.line - 1] ?? '').slice(0, end.column - 1).trimEnd();
  return TERMINALS.includes(last[last.length - 1] ?? ' ');
}

/** Sentence ends for the parser: a run of them ends a sentence. */
const TERMINALS = '!.?\u2026\u203D';

/**
 * No space at either end, a letter or figure of plain ASCII (a word for the parser), and no sentence
 * end but the final run of one to three marks (so the word before a final full stop is the same
 * whether read from the whole text or from its last tokens).
 */
function readsAsOneSentence(value: string): boolean {
  if (!value || SPACE.test(value[0]) || SPACE.test(value[value.length - 1])) return false;
  let end = value.length;
  while (end > 0 && TERMINALS.includes(value[end - 1])) end--;
  if (end === value.length || value.length - end > 3) return false;
  let word = false;
  let spaces = 0;
  let commas = 0;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    if (TERMINALS.includes(value[i])) return false;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) word = true;
    else if (c === 32) spaces++;
    else if (c === 44) commas++;
  }
  // A memo dictated in one breath is cut at its clauses: the parser's words say where.
  return word && !(commas > 1 && spaces + 1 >= BREATH_WORDS);
}

const SPACE = /\s/;

function collectProse(tree: Root, out: ProseBlock[]): void {
  forEachBlock(tree, (node, block, itemStart) => {
    // Headings are not sentences; code, HTML and definitions carry no prose.
    if (node.type === 'paragraph') out.push({ node, block: block ?? 'paragraph', itemStart });
  });
}

/**
 * Gives each text node its source text, quote marks and indentation of continuation lines (and
 * pipe-table rows) turned into spaces, so the natural-language tree's offsets are the source's own.
 */
function patchText(node: Nodes, lines: readonly string[]): void {
  if (node.type === 'text' && node.position) {
    const { start, end } = node.position;
    let value = '';
    for (let line = start.line - 1; line <= end.line - 1; line++) {
      const raw = lines[line] ?? '';
      const from = line === start.line - 1 ? start.column - 1 : 0;
      const to = line === end.line - 1 ? end.column - 1 : raw.length;
      let piece = raw.slice(from, to);
      if (isTableRow(raw)) piece = ' '.repeat(piece.length);
      else if (line !== start.line - 1) {
        const prefix = CONTINUATION_PREFIX.exec(piece)![0].length;
        piece = ' '.repeat(prefix) + piece.slice(prefix);
      }
      value += line === start.line - 1 ? piece : `\n${piece}`;
    }
    // The offsets must add up to the source's: keep the parser's value when they do not.
    if (value.length === end.offset! - start.offset!) node.value = value;
    return;
  }
  if ('children' in node) for (const child of node.children) patchText(child as Nodes, lines);
}

function tokenText(token: Token): string {
  return 'value' in token ? token.value : token.children.map((child) => tokenText(child as Token)).join('');
}

/** A run of tokens that makes one sentence; `fresh` when a line break, not punctuation, started it. */
interface Group {
  tokens: Token[];
  fresh: boolean;
}

/**
 * Lines of prose (not labels nor bullets, which start sentences anyway) that make a dictated memo of
 * a paragraph with no sentence end, not one wrapped sentence; from the longer count, a mark that ends
 * the paragraph's last line (a question added to the memo) does not make it a sentence either.
 */
const UNPUNCTUATED_LINES = 3;
const UNPUNCTUATED_LINES_ENDED = 4;
/**
 * Words on one line, with no sentence end and not even a comma, that make a memo dictated in one
 * breath: a written sentence that long has its commas.
 */
const RUN_ON_WORDS = 35;
const RUN_ON_WORDS_OF = RUN_ON_CONNECTORS.map((connector) => connector.split(' '));
/**
 * Words of one sentence from which its commas, rather than its full stops, part a memo's thoughts:
 * a written sentence that long is rare, and one that long is cut only where a clause opens.
 */
const BREATH_WORDS = 60;
const BREATH_OPENERS_OF = BREATH_CLAUSE_OPENERS.map((opener) => opener.split(' '));

/**
 * Whether a parsed sentence is such a memo: `lines` when every line break in it starts a sentence,
 * `run-on` when its connectors ("donc", "so", "um") do too.
 */
function unpunctuatedMemo(children: readonly Token[], lines: readonly string[]): 'lines' | 'run-on' | undefined {
  let proseLines = 1;
  let lastWord = -1;
  let lineWords = 0;
  let longest = 0;
  for (let i = 0; i < children.length; i++) {
    const token = children[i];
    if (token.type === 'WhiteSpaceNode') {
      const next = children[i + 1];
      if (token.value.includes('\n')) {
        lineWords = 0;
        const text = next?.position ? (lines[next.position.start.line - 1] ?? '').slice(next.position.start.column - 1) : '';
        if (next?.position && !readLabel(text) && !BULLET_START.test(text)) proseLines++;
      }
    } else if (token.type !== 'PunctuationNode' && token.type !== 'SymbolNode') {
      lastWord = i;
      if (token.type === 'WordNode') longest = Math.max(longest, ++lineWords);
    }
  }
  const hasMark = (tokens: readonly Token[], marks: string) => tokens.some((token) => {
    const text = tokenText(token);
    for (let i = 0; i < text.length; i++) if (marks.includes(text[i])) return true;
    return false;
  });
  // In one breath: not even a comma, and at most the question a fix adds at its very end.
  const end = children.slice(lastWord + 1);
  if (longest >= RUN_ON_WORDS && !hasMark(children.slice(0, lastWord + 1), `${TERMINALS},;`) && !hasMark(end, TERMINALS.replace('?', ''))) return 'run-on';
  if (proseLines < UNPUNCTUATED_LINES) return undefined;
  // The marks after the last word end the paragraph: they count only in the longer memos of lines.
  const inside = proseLines >= UNPUNCTUATED_LINES_ENDED ? children.slice(0, lastWord + 1) : children;
  return hasMark(inside, TERMINALS) ? undefined : 'lines';
}

/** Whether the words from `at` open with one of the memo connectors. */
function opensWithConnector(children: readonly Token[], at: number, openers = RUN_ON_WORDS_OF): boolean {
  const words: string[] = [];
  for (let i = at; i < children.length && words.length < 2; i++) {
    const token = children[i];
    // "j'ai" is one word of the parser's: "j" and "ai".
    if (token.type === 'WordNode') words.push(...normalize(tokenText(token)).split(' '));
    else if (token.type !== 'WhiteSpaceNode' || token.value.includes('\n')) break;
  }
  return openers.some((connector) => connector.every((word, k) => words[k] === word));
}

/**
 * Splits a parsed sentence where a line break starts a new one (label, bullet, short line above).
 * In a paragraph with no sentence end at all, a dictated memo or lines jotted one under the other,
 * every line break does: it is the only boundary its writer left; in one dictated in one breath, its
 * connectors too.
 */
function splitAtLines(sentence: NlcstSentence, lines: readonly string[]): Group[] {
  const children = sentence.children;
  const memo = unpunctuatedMemo(children, lines);
  return cutAt(children, false, (token, i) => i + 1 < children.length && (token.value.includes('\n')
    ? memo !== undefined || startsSentence(children[i - 1], children[i + 1], lines)
    : memo === 'run-on' && opensWithConnector(children, i + 1)));
}

/** Tokens cut into groups at the spaces `breaks` says start a sentence, the space itself left out. */
function cutAt(tokens: readonly Token[], fresh: boolean, breaks: (space: Token & { value: string }, at: number) => boolean): Group[] {
  const groups: Group[] = [];
  let current: Group = { tokens: [], fresh };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'WhiteSpaceNode' && current.tokens.length > 0 && breaks(token, i)) {
      groups.push(current);
      current = { tokens: [], fresh: true };
      continue;
    }
    current.tokens.push(token);
  }
  if (current.tokens.length) groups.push(current);
  return groups;
}

function startsSentence(before: Token, after: Token, lines: readonly string[]): boolean {
  const prevLine = before.position!.end.line - 1;
  const nextLine = after.position!.start.line - 1;
  const prev = lines[prevLine] ?? '';
  const next = (lines[nextLine] ?? '').slice(after.position!.start.column - 1);
  const prevContent = prev.slice(CONTINUATION_PREFIX.exec(prev)![0].length).trimEnd();
  const label = readLabel(next);
  if ((label && !wrappedOnto(label, prevContent)) || BULLET_START.test(next) || opensSideRoster(next)) return true;
  // "on the call: Ingrid (ops) + Jonas" over "Magnus (CFO) decides": a roster is written on its own line.
  const prevLabel = readLabel(prevContent);
  if (prevLabel && ROSTER_LINE_LABELS.has(normalize(prevLabel.label))) return true;
  // A quote mark that starts or stops between two lines ("> reply" under a lazy line) starts anew.
  if (/^\s*>/.test(prev) !== /^\s*>/.test(lines[nextLine] ?? '')) return true;
  if (prevContent.endsWith(':')) return true;
  return !(prevContent.length >= WRAPPED_LINE || CONTINUED_START.test(next));
}

/** "Us – me (Emma, AE), Raj (SE)": a side's roster on its line, its label ending at a dash. */
function opensSideRoster(line: string): boolean {
  const end = rosterLabelEnd(line);
  return !!end?.dash && SIDE_ROSTER_LABELS.has(normalize(line.slice(0, end.at)));
}

const SIDE_ROSTER_LABELS = new Set([...SHORTHAND_ROSTER_LABELS, ...BUYER_SIDE_LABELS]);
const ROSTER_LINE_LABELS = new Set([...ATTENDEE_LIST_LABELS, ...SELLER_SIDE_LABELS, ...BUYER_SIDE_LABELS, ...ABSENT_TITLES]);

/**
 * "…ce qu'elle avait déjà" then "essayé : en juin, …": a long line cut mid-sentence, whose next line
 * only looks labelled (a lower-case word that names no speaker, before a colon).
 */
function wrappedOnto(label: { label: string; role?: string }, prevContent: string): boolean {
  return label.role === undefined && /^\p{Ll}/u.test(label.label) && prevContent.length >= WRAPPED_LINE
    && !TERMINALS.includes(prevContent[prevContent.length - 1] ?? '.') && !prevContent.endsWith(':');
}

/**
 * A sentence of a memo dictated in one breath, its thoughts parted by commas, is cut where a comma
 * opens a clause ("…, j'ai vu madame Besson…", "…, she asked me for the quote…").
 */
function splitBreaths(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const group of groups) {
    const { tokens } = group;
    if (tokens.filter((token) => token.type === 'WordNode').length < BREATH_WORDS) {
      out.push(group);
      continue;
    }
    out.push(...cutAt(tokens, group.fresh, (space, i) => i > 0 && tokenText(tokens[i - 1]) === ','
      && !space.value.includes('\n') && opensWithConnector(tokens, i + 1, BREATH_OPENERS_OF)));
  }
  return out;
}

/**
 * "Dr." and "etc." end no sentence: the parser's sentence after them is the same one. Nor does a
 * closing quote left alone after "…".
 */
function mergeAbbreviations(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const group of groups) {
    const last = out.at(-1);
    const wordless = !group.tokens.some((token) => token.type === 'WordNode' || token.type === 'SourceNode');
    if (last && !group.fresh && (endsWithAbbreviation(last.tokens) || wordless) && sameBlockLine(last.tokens, group.tokens)) {
      last.tokens.push({ type: 'WhiteSpaceNode', value: ' ' }, ...group.tokens);
    } else {
      out.push({ tokens: [...group.tokens], fresh: group.fresh });
    }
  }
  return out;
}

function endsWithAbbreviation(tokens: Token[]): boolean {
  const tail = tokens.slice(-6).map(tokenText).join('').trimEnd();
  const word = wordBeforeFinalDot(tail);
  return word !== undefined && ABBREVIATION.has(word.replace(/\./g, '').toLowerCase());
}

/** Both groups follow each other on one line or across a wrapped line, not across a blank line. */
function sameBlockLine(before: Token[], after: Token[]): boolean {
  return after[0].position!.start.line - before.at(-1)!.position!.end.line <= 1;
}

/**
 * A sentence without a label of its own belongs to the utterance before it in the block, unless a
 * line break started it as a new entry, or the utterance was a question (the next line answers it).
 */
function toSentence(tokens: Token[], block: ProseBlock, lines: readonly string[],
  previous: { speaker?: string; role?: LabelRole; endLine: number; asked: boolean } | undefined, fresh: boolean): Sentence | undefined {
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && tokens[first].type === 'WhiteSpaceNode') first++;
  while (last >= first && tokens[last].type === 'WhiteSpaceNode') last--;
  if (first > last) return undefined;
  const start = tokens[first].position!.start;
  const end = tokens[last].position!.end;
  const text = singleSpaced(tokens.slice(first, last + 1).map(tokenText).join('')).trim();
  if (!text) return undefined;
  const line = start.line - 1;
  const raw = lines[line] ?? '';
  const before = raw.slice(0, start.column - 1);
  // A label counts where a line begins (after list and quote markers), or as an arrow anywhere.
  const atLineStart = /^[\s>*+\-–—•·.\d)]*$/.test(before) || /^\s*(?:[-*+]|\d+[.)])\s/.test(before);
  const label = atLineStart ? readLabel(text) : midLineLabel(text);
  const range: Range = { start: { line, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
  const kind: BlockKind = block.block === 'quote' && !/^\s*>/.test(raw) ? 'paragraph' : block.block;
  const body = label ? label.body : text;
  const inherits = previous !== undefined && !fresh && (previous.endLine === line || (previous.role !== 'question' && !previous.asked));
  return {
    text,
    body,
    normalized: normalize(body),
    range,
    block: kind,
    speaker: label ? label.label || undefined : inherits ? previous.speaker : undefined,
    role: label ? label.role : inherits ? previous.role : undefined,
    labelled: label !== undefined,
    blockStart: previous === undefined || fresh || label !== undefined,
  };
}

/** Backticks dropped and every run of white space made one space; most texts have neither to change. */
function singleSpaced(text: string): string {
  const plain = text.includes('`') ? text.replace(/`/g, '') : text;
  return OTHER_SPACE.test(plain) ? plain.replace(/\s+/g, ' ') : plain;
}

/** White space other than a lone space: what `singleSpaced` has to change. */
const OTHER_SPACE = /[^\S ]| {2}/;

/** Inside a line only the dialogue labels count: "Combien ? → Douze", "qu'as-tu tenté ? R : un mailing". */
function midLineLabel(text: string): LineLabel | undefined {
  // "Combien ? > Douze", "… ? — Huit ans": a reply marked by a quote sign or a dash.
  const mark = /^(>|—|–|-)\s+/.exec(text);
  if (mark) return { label: mark[1], role: 'arrow', body: text.slice(mark[0].length).trim(), bodyOffset: mark[0].length };
  const label = readLabel(text);
  return label && (label.role === 'arrow' || label.role === 'answer' || label.role === 'question') ? label : undefined;
}

/** What one speaker says in one go: sentences from the one that opens an entry to the next. */
export interface Utterance {
  sentences: Sentence[];
  speaker?: string;
  role?: LabelRole;
  /** The bodies of its sentences, joined. */
  text: string;
}

/** Groups sentences into utterances: each starts at a sentence that opens an entry (`blockStart`). */
export function utterances(sentences: readonly Sentence[]): Utterance[] {
  const out: Utterance[] = [];
  for (const sentence of sentences) {
    const last = out.at(-1);
    if (last && !sentence.blockStart) {
      last.sentences.push(sentence);
      last.text = `${last.text} ${sentence.body}`;
      continue;
    }
    out.push({ sentences: [sentence], speaker: sentence.speaker, role: sentence.role, text: sentence.body });
  }
  return out;
}

/**
 * Where words of a sentence stand in the source, found in the note's lines the sentence covers:
 * "épuisé" in a paragraph wrapped over four lines. The sentence's range when they cannot be found.
 */
export function wordsRange(sentence: Sentence, lines: readonly TextLine[], words: string): Range {
  const { start, end } = sentence.range;
  for (const line of lines) {
    if (line.range.start.line < start.line || line.range.start.line > end.line) continue;
    const at = line.text.indexOf(words);
    if (at < 0) continue;
    const offset = line.range.start.character + at;
    if (line.range.start.line === start.line && offset < start.character) continue;
    const row = line.range.start.line;
    return { start: { line: row, character: offset }, end: { line: row, character: offset + words.length } };
  }
  return sentence.range;
}
