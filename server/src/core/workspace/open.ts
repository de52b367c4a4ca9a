// Whether a commitment is still open across the notes: neither done nor dropped in its own note,
// and no later note of its series reports on it (ticks it, says where it stands, carries it over).
import type { WorkspaceIndex } from './index';
import type { NoteRecord, RecordCommitment } from './record';

const stemSets = new WeakMap<NoteRecord, Set<string>>();

function reportsOf(record: NoteRecord): Set<string> {
  let set = stemSets.get(record);
  if (!set) stemSets.set(record, (set = new Set(record.reports)));
  return set;
}

/**
 * A later note reports on a commitment when it shares at least half of its content words (names
 * and dates aside). A commitment with no such words cannot be told apart: any later note counts.
 */
export function reportsOn(later: NoteRecord, item: RecordCommitment): boolean {
  if (!item.keywords.length) return true;
  const stems = reportsOf(later);
  const shared = item.keywords.filter((stem) => stems.has(stem)).length;
  return shared >= Math.max(1, Math.ceil(item.keywords.length / 2));
}

/** The later notes of the commitment's series that report on it. */
export function reportedBy(index: WorkspaceIndex, record: NoteRecord, item: RecordCommitment): NoteRecord[] {
  return index.laterNotes(record.uri).filter((later) => reportsOn(later, item));
}

/** Open in its note, and no later note reports on it. */
export function isStillOpen(index: WorkspaceIndex, record: NoteRecord, item: RecordCommitment): boolean {
  return item.state === 'open' && !index.laterNotes(record.uri).some((later) => reportsOn(later, item));
}

/**
 * When an item is due. One carried over from the note it follows keeps that note's date: its own
 * text was read against the follow-up's date ("by 22 October" written in November is next year's).
 */
export function dueOf(index: WorkspaceIndex, record: NoteRecord, item: RecordCommitment): string | undefined {
  if (!item.carried) return item.due;
  const before = index.predecessor(record.uri);
  const original = before?.commitments.find((other) => other.dueText && other.dueText === item.dueText && sameWords(other, item));
  return original?.due ?? item.due;
}

function sameWords(a: RecordCommitment, b: RecordCommitment): boolean {
  const theirs = new Set(a.keywords);
  const shared = b.keywords.filter((stem) => theirs.has(stem)).length;
  return shared >= Math.max(1, Math.ceil(Math.max(a.keywords.length, b.keywords.length) / 2));
}
