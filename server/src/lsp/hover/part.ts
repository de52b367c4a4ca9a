// One piece of a hover; several can stack when the cursor sits on a step heading that has a finding.
import type { Position } from 'vscode-languageserver/node';
import type { Analysis } from '../../core/analyze';
import type { Range } from '../../core/types';
import type { RuleDocs } from '../rule-docs';

export interface HoverPart {
  range: Range;
  markdown: string;
}

export interface HoverContext {
  uri: string;
  analysis: Analysis;
  lines: readonly string[];
  /** The note a link under the cursor points at, read and analysed beforehand (see `linkTargetAt`). */
  linked?: LinkedNote;
  ruleDocs: RuleDocs;
  /** What the workspace's other notes say of a person of this note, when the index knows them. */
  history?(name: string): PersonHistory | undefined;
}

/** A person across the notes of an account, from the workspace index. */
export interface PersonHistory {
  /** What the account's notes say of their part (the latest note that says wins). */
  decision: 'decider' | 'not-decider' | 'unknown';
  /** The notes where they were met, oldest first. */
  met: { uri: string; line: number; date?: string; note: string }[];
  /** How many notes the account has. */
  notes: number;
}

/** A linked note's text and analysis, or undefined ones when it cannot be read. */
export interface LinkedNote {
  target: string;
  text?: string;
  analysis?: Analysis;
}

export type HoverProvider = (context: HoverContext, position: Position) => HoverPart | undefined;

export function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  return !(position.line === end.line && position.character > end.character);
}
