// What the account-wide rules share: the account's meeting notes, the one that gets the finding,
// and people named as messages name them.
import type { AccountPerson } from '../../core/workspace/people';
import type { NoteRecord } from '../../core/workspace/record';
import type { WorkspaceContext } from './rule';

/** The account's meeting notes in date order, when the note being checked is the latest of them. */
export function meetingsEndingWith(context: WorkspaceContext): NoteRecord[] | undefined {
  const key = context.index.accountKeyOf(context.record.uri);
  if (!key) return undefined;
  // A note copied into another folder is one meeting, not two: the last copy stands for it.
  const all = context.index.account(key).filter((record) => record.kind === 'meeting' && !record.draft);
  const meetings = all.filter((record, i) => !all.slice(i + 1).some((later) => later.hash === record.hash));
  const latest = meetings.filter((record) => record.date).at(-1) ?? meetings.at(-1);
  return latest === context.record ? meetings : undefined;
}

/** How many meetings these notes record: notes of one day are versions of one meeting (answer A, answer B). */
export function occasions(meetings: readonly NoteRecord[]): number {
  return new Set(meetings.map((record) => record.date ?? record.uri)).size;
}

/** "Paul Girard (DG)": a person as messages name them; a title alone stays as it is. */
export function personName(person: AccountPerson): string {
  if (!person.role || person.role.toLowerCase() === person.name.toLowerCase()) return person.name;
  return `${person.name} (${person.role})`;
}
