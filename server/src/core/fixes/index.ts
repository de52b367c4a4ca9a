// The quick fixes of a finding, rebuilt from its rule, data and range: the rule's own fixes first,
// then disabling the rule for the line or the file. Every fix makes its finding go away, so applying
// it a second time is never offered; its line breaks are the note's own.
import { splitLines } from '../model';
import type { Note, StepNumber } from '../types';
import type { Fix, FixContext, FixRequest } from './fix';
import { askPurpose, meetDecider } from './next-step';
import { markItem, reviewOpenItems } from './review';
import { addFacts, addStep, writeReformulation } from './step';
import { disableForFile, disableForLine } from './suppress';

export type { Fix, FixRequest, TextEdit } from './fix';

/** Findings made before any comment is read: a disable comment could not silence them. */
const UNSILENCEABLE = new Set(['note-too-large']);

/** The last text's lines: the fixes of a note's many findings are asked of one text in a row. */
let split: { text: string; lines: string[] } | undefined;

function linesOf(text: string): string[] {
  if (split?.text !== text) split = { text, lines: splitLines(text) };
  return split.lines;
}

/** A comment above a line nested past the cap would carry its quote marks, and be as deep. */
const FILE_ONLY = new Set(['nesting-too-deep']);

export function fixesFor(finding: FixRequest, note: Note, text: string): Fix[] {
  const context: FixContext = { note, lines: linesOf(text) };
  const fixes = ruleFixes(finding, context);
  if (!UNSILENCEABLE.has(finding.rule)) {
    // A note-wide finding with nowhere to stand (0:0, no title) stays at 0:0 after a comment is put
    // above it, so only disabling for the file can silence it.
    const line = isOrigin(finding.range) || FILE_ONLY.has(finding.rule) ? undefined : disableForLine(context, finding.rule, finding.range.start.line);
    if (line) fixes.push(line);
    fixes.push(disableForFile(context, finding.rule));
  }
  return afterByteOrderMark(withLineEnding(fixes, lineEnding(text)), text);
}

/** Text inserted at the very start goes after a byte order mark, which is only one at the start. */
function afterByteOrderMark(fixes: Fix[], text: string): Fix[] {
  if (!text.startsWith('\ufeff')) return fixes;
  const after = { line: 0, character: 1 };
  return fixes.map((fix) => ({
    ...fix,
    edits: fix.edits.map((edit) => (isOrigin(edit.range) ? { ...edit, range: { start: after, end: after } } : edit)),
  }));
}

function isOrigin({ start, end }: FixRequest['range']): boolean {
  return start.line === 0 && start.character === 0 && end.line === 0 && end.character === 0;
}

/** The note's first line break: CRLF notes get CRLF. */
function lineEnding(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** Fixes are written with "\n"; the note may use another line break. */
function withLineEnding(fixes: Fix[], eol: string): Fix[] {
  if (eol === '\n') return fixes;
  return fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\n/g, eol) })) }));
}

function ruleFixes(finding: FixRequest, context: FixContext): Fix[] {
  const data = finding.data ?? {};
  switch (finding.rule) {
    case 'no-facts': {
      const fix = context.note.kind === 'session' ? addFacts(context) : undefined;
      return fix ? [fix] : [];
    }
    case 'request-not-reformulated': {
      if (context.note.kind !== 'session' || (data.reason !== 'missing' && data.reason !== 'empty')) return [];
      const fix = writeReformulation(context);
      return fix ? [fix] : [];
    }
    case 'missing-step': {
      const step = Number(data.step);
      if (context.note.kind !== 'session' || !Number.isInteger(step) || step < 1 || step > 6) return [];
      const fix = context.note.steps[step as StepNumber] ? undefined : addStep(context, step as StepNumber);
      return fix ? [fix] : [];
    }
    case 'next-step-non-decider':
      return context.note.kind === 'meeting' ? meetDecider(context, finding.range) : [];
    case 'next-step-without-purpose':
      return context.note.kind === 'meeting' ? askPurpose(context, finding.range) : [];
    case 'open-items-not-reviewed':
      return reviewOpenItems(context, data);
    case 'overdue-commitment':
      return markItem(context, finding.range, data);
    default:
      return [];
  }
}
