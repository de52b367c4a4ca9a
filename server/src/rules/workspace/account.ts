// What the account-wide rules share: the account's meeting notes and the one that gets the finding.
import type { NoteRecord } from '../../core/workspace/record';
import type { WorkspaceContext } from './rule';

/** The account's meeting notes in date order, when the note being checked is the latest of them. */
export function meetingsEndingWith(context: WorkspaceContext): NoteRecord[] | undefined {
  const key = context.index.accountKeyOf(context.record.uri);
  if (!key) return undefined;
  const all = context.index.account(key).filter((record) => record.kind === 'meeting' && !record.draft);
  // Copies share their text, hence their date: the last copy is the latest whenever any copy is,
  // so the latest is found before the copies are dropped (each note of the account asks).
  const latest = all.findLast((record) => record.date) ?? all.at(-1);
  return latest === context.record ? lastCopies(all) : undefined;
}

/** A note copied into another folder is one meeting, not two: the last copy stands for it. */
function lastCopies(records: readonly NoteRecord[]): NoteRecord[] {
  const seen = new Set<string>();
  const kept: NoteRecord[] = [];
  for (let i = records.length - 1; i >= 0; i--) {
    if (seen.has(records[i].hash)) continue;
    seen.add(records[i].hash);
    kept.push(records[i]);
  }
  return kept.reverse();
}

/** How many meetings these notes record: notes of one day are versions of one meeting (answer A, answer B). */
export function occasions(meetings: readonly NoteRecord[]): number {
  return new Set(meetings.map((record) => record.date ?? record.uri)).size;
}

