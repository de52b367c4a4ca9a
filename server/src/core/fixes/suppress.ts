// "Disable <rule> for this line / this file": writes or extends a suppression comment.
import { FIX_TITLES } from '../../lexicon/fixes';
import { frontMatterEnd } from '../markdown/source-lines';
import { DISABLE_FILE, DISABLE_NEXT_LINE, suppressionComments } from '../suppressions';
import type { Language, Note } from '../types';
import { type Fix, type FixContext, type TextEdit, insertAt } from './fix';

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Indentation and quote marks up to a line's content; list markers become spaces, so the comment stays in the item. */
const LEADING = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

export function disableForLine(context: FixContext, rule: string, line: number): Fix | undefined {
  const { lines, note } = context;
  const raw = lines[line];
  // A comment cannot go inside the front matter, and would cut a table in two. Above a line that
  // continues a paragraph, it starts a paragraph there: one with "---" or "===" under it, right under
  // the line or a few lines on, would become a heading, and a line that only text before it kept in the
  // paragraph (a link definition, an indented line, "2." or a bare "-") would become that block. Above a
  // list item's lazy continuation line, it ends the item: the lines under it that went on with the item
  // would be read as a paragraph anew.
  if (raw === undefined || line < frontMatterEnd(lines) || /^\s*\|/.test(raw) || underlinedFrom(lines, line)
    || (continuesBelow(lines, line - 1) && STARTS_WHEN_ALONE.test(raw))
    || (lazyLines(note).has(line) && continuesBelow(lines, line))) return undefined;
  const existing = suppressionComments(lines).find((c) => c.line === line - 1 && c.directive === DISABLE_NEXT_LINE);
  const edit = existing ? addRule(lines[existing.line], existing.line, rule) : insertAt(line, 0, `${indentOf(lines, line)}<!-- ${DISABLE_NEXT_LINE} ${rule} -->\n`);
  return { title: title(note.language, 'disableLine', rule), edits: [edit] };
}

/** Lines that start a block of their own, so a paragraph from a line above ends before them (HTML tags other than comments are left out: not all do). */
const INTERRUPTS = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|`{3,}|~{3,}|<[!?]|(?:[-*+]|1[.)])[ \t]+\S)/;

/** Lines that a paragraph above keeps as its text, but that start a block of their own after a blank line or a comment. */
const STARTS_WHEN_ALONE = /^(?: {0,3}\[[^\]]*\]:| {4}| {0,3}(?:(?!1[.)])\d{1,9}[.)][ \t]+\S|[-*+][ \t]*$))/;

/** Per note's lines, whether a paragraph starting at each line runs, line after line, into a "---" or "===" underline. */
const underlined = new WeakMap<readonly string[], boolean[]>();

function underlinedFrom(lines: readonly string[], line: number): boolean {
  let flags = underlined.get(lines);
  if (!flags) {
    // From the end up, so each note's lines are read once however many findings ask.
    flags = new Array<boolean>(lines.length).fill(false);
    for (let at = lines.length - 2; at >= 0; at--) {
      const next = lines[at + 1];
      flags[at] = SETEXT_UNDERLINE.test(next) || (next.trim() !== '' && !INTERRUPTS.test(next) && flags[at + 1]);
    }
    underlined.set(lines, flags);
  }
  return flags[line] ?? false;
}

/** Per note, the lines that go on with a list item's text from left of it ("- Atelier…" then "-> POC…" at the margin). */
const lazy = new WeakMap<Note['lines'], Set<number>>();

function lazyLines(note: Note): Set<number> {
  let found = lazy.get(note.lines);
  if (!found) {
    found = new Set();
    let column = 0;
    for (const textLine of note.lines) {
      if (textLine.block !== 'list-item') continue;
      if (textLine.itemStart) column = textLine.range.start.character;
      else if (textLine.range.start.character < column) found.add(textLine.range.start.line);
    }
    lazy.set(note.lines, found);
  }
  return found;
}

/** The next line goes on with the paragraph of this one (none goes on with a blank line or a heading). */
function continuesBelow(lines: readonly string[], line: number): boolean {
  const raw = lines[line];
  const next = lines[line + 1];
  if (raw === undefined || raw.trim() === '' || /^ {0,3}#{1,6}(?:[ \t]|$)/.test(raw)) return false;
  return next !== undefined && next.trim() !== '' && !INTERRUPTS.test(next);
}

export function disableForFile(context: FixContext, rule: string): Fix {
  const { lines, note } = context;
  const existing = suppressionComments(lines).find((c) => c.directive === DISABLE_FILE && c.rules.length > 0);
  const edit = existing ? addRule(lines[existing.line], existing.line, rule) : fileComment(lines, `<!-- ${DISABLE_FILE} ${rule} -->`);
  return { title: title(note.language, 'disableFile', rule), edits: [edit] };
}

/** On its own line right after the front matter, even when the note ends with it and no line break. */
function fileComment(lines: readonly string[], comment: string): TextEdit {
  const line = frontMatterEnd(lines);
  if (line < lines.length) return insertAt(line, 0, `${comment}\n`);
  return insertAt(lines.length - 1, lines[lines.length - 1].length, `\n${comment}`);
}

/**
 * After a blank line or a heading the comment starts a block where the line does; otherwise it
 * takes the line's content column so it stays inside the list item or quote above.
 */
function indentOf(lines: readonly string[], line: number): string {
  const raw = lines[line];
  const previous = lines[line - 1];
  const continues = previous !== undefined && previous.trim() !== '' && !/^ {0,3}#/.test(previous);
  const lead = continues ? LEADING.exec(raw)![0] : /^[ \t>]*/.exec(raw)![0];
  return lead.replace(/[^>\t]/g, ' ');
}

function addRule(commentLine: string, line: number, rule: string): TextEdit {
  const at = commentLine.lastIndexOf('-->');
  return insertAt(line, at, `${commentLine[at - 1] === ' ' ? '' : ' '}${rule} `);
}

function title(language: Language, key: 'disableLine' | 'disableFile', rule: string): string {
  return FIX_TITLES[key][language](rule);
}
