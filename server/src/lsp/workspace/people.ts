// A person of an open note as the account's other notes know them: for the hover (where they were
// met, whether they decide) and for completion (the account's people the note does not name).
import { nameKey } from '../../core/meeting/stakeholders';
import type { WorkspaceIndex } from '../../core/workspace';
import { accountPeople } from '../../core/workspace/people';
import { noteName } from '../../core/workspace/views';
import type { AccountPerson } from '../completion';
import type { PersonHistory } from '../hover/part';

export function personHistory(index: WorkspaceIndex, uri: string, name: string): PersonHistory | undefined {
  const notes = accountNotes(index, uri);
  if (!notes.length) return undefined;
  const key = nameKey(name);
  const person = accountPeople(notes).find((entry) => entry.key === key || entry.seen.some((seen) => seen.person.key === key));
  if (!person) return undefined;
  return {
    decision: person.decision,
    notes: notes.length,
    met: person.met.map(({ record, person: seen }) => ({
      uri: record.uri, line: seen.range.start.line, note: noteName(record), ...(record.date ? { date: record.date } : {}),
    })),
  };
}

/** The buyers the account's notes name, as completion offers them. */
export function peopleOfAccount(index: WorkspaceIndex, uri: string): AccountPerson[] {
  return accountPeople(accountNotes(index, uri))
    .filter((person) => person.side === 'buyer' && !person.body)
    .map((person) => ({ name: person.name, decision: person.decision, ...(person.role ? { role: person.role } : {}) }));
}

function accountNotes(index: WorkspaceIndex, uri: string) {
  const key = index.accountKeyOf(uri);
  return key ? index.account(key) : [];
}
