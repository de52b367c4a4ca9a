// The people of an account across its notes: one entry per person however each note names them
// ("Rachel" in one note, "Rachel Kim" in the next), with what the latest note says of them.
import type { NoteRecord, RecordPerson } from './record';

export interface Sighting {
  record: NoteRecord;
  person: RecordPerson;
}

/**
 * A person as the account knows them: the fullest name the notes give, and for `decision` the latest
 * note that says whether they decide.
 */
export interface AccountPerson extends Pick<RecordPerson, 'key' | 'name' | 'role' | 'organisation' | 'side' | 'decision' | 'stance' | 'body'> {
  /** The notes where they were met, oldest first, one sighting per note. */
  met: Sighting[];
  /** Every sighting, oldest first. */
  seen: Sighting[];
}

/** Everyone the notes name, oldest note first (pass the account's notes in date order). */
export function accountPeople(notes: readonly NoteRecord[]): AccountPerson[] {
  const identity = identities(notes.flatMap((record) => record.people.map((person) => person.key)));
  const people = new Map<string, AccountPerson>();
  for (const record of notes) {
    for (const person of record.people) {
      const key = identity.get(person.key) ?? person.key;
      let entry = people.get(key);
      if (!entry) {
        entry = { key, name: person.name, side: person.side, decision: 'unknown', met: [], seen: [] };
        people.set(key, entry);
      }
      if (person.name.length > entry.name.length && !person.body) entry.name = person.name;
      if (person.role) entry.role = person.role;
      if (person.organisation) entry.organisation = person.organisation;
      if (person.side === 'seller') entry.side = 'seller';
      if (person.decision !== 'unknown') entry.decision = person.decision;
      if (person.stance) entry.stance = person.stance;
      if (person.body) entry.body = true;
      entry.seen.push({ record, person });
      if (person.met && entry.met.at(-1)?.record !== record) entry.met.push({ record, person });
    }
  }
  return [...people.values()];
}

/**
 * A one-word key ("rachel", "benali") is the person of the one longer key that starts or ends
 * with that word; with two candidates ("Paul Martin", "Anne Martin") it stays on its own.
 */
function identities(keys: readonly string[]): Map<string, string> {
  const distinct = [...new Set(keys)];
  const long = distinct.filter((key) => key.includes(' '));
  const identity = new Map<string, string>();
  for (const key of distinct) {
    if (key.includes(' ')) continue;
    const candidates = long.filter((other) => {
      const words = other.split(' ');
      return words[0] === key || words.at(-1) === key;
    });
    if (candidates.length === 1) identity.set(key, candidates[0]);
  }
  return identity;
}
