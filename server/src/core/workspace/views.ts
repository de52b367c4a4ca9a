// What the editor's views show of the workspace: the open commitments by due date, and an account's
// stakeholders. Plain data in the shapes `lsp/protocol.ts` declares, worked out from the index alone.
import type { WorkspaceIndex } from './index';
import { dueOf, isStillOpen } from './open';
import { accountPeople } from './people';
import type { NoteRecord } from './record';
import type { AccountMapResult, FollowUpEntry, FollowUpsResult, NoteLocation, Stakeholder } from './types';

/** Every open commitment of the workspace, grouped overdue / this week / later / undated. */
export function followUps(index: WorkspaceIndex, today: string, complete = true): FollowUpsResult {
  const result: FollowUpsResult = { overdue: [], thisWeek: [], later: [], undated: [], complete };
  const weekEnd = addDays(today, 7);
  const dates = new Map<FollowUpEntry, string>();
  for (const record of index.records()) {
    if (!record.commitments.length || !index.inSeries(record.uri)) continue;
    const key = index.accountKeyOf(record.uri);
    const account = key ? index.accountName(key) ?? record.account?.name : undefined;
    for (const item of record.commitments) {
      if (!isStillOpen(index, record, item)) continue;
      const due = dueOf(index, record, item);
      const entry: FollowUpEntry = {
        text: item.text, location: { uri: record.uri, range: item.range }, note: noteName(record),
        language: record.language, flags: [...item.flags],
      };
      if (due) entry.due = due;
      if (account) entry.account = account;
      if (key) entry.accountKey = key;
      dates.set(entry, record.date ?? '');
      const list = !due ? result.undated : due < today ? result.overdue : due <= weekEnd ? result.thisWeek : result.later;
      list.push(entry);
    }
  }
  const byDue = (a: FollowUpEntry, b: FollowUpEntry) => compare(a.due ?? '', b.due ?? '') || byPlace(a, b);
  const byPlace = (a: FollowUpEntry, b: FollowUpEntry) =>
    compare(a.location.uri, b.location.uri) || a.location.range.start.line - b.location.range.start.line;
  result.overdue.sort(byDue);
  result.thisWeek.sort(byDue);
  result.later.sort(byDue);
  // Undated: the latest notes first, where the consultant is most likely to act.
  result.undated.sort((a, b) => compare(dates.get(b)!, dates.get(a)!) || byPlace(a, b));
  return result;
}

/** An account's stakeholders on the buyer's side, named by its key or by one of its notes. */
export function accountMap(index: WorkspaceIndex, params: { accountKey?: string; uri?: string }): AccountMapResult {
  const key = params.accountKey ?? (params.uri ? index.accountKeyOf(params.uri) : undefined);
  const notes = key ? index.account(key) : [];
  if (!key || !notes.length) return {};
  const stakeholders = accountPeople(notes).filter((person) => person.side === 'buyer').map((person): Stakeholder => {
    const stakeholder: Stakeholder = {
      name: person.name,
      decision: person.decision,
      met: person.met.map(({ record, person: seen }) => ({
        location: { uri: record.uri, range: seen.range },
        note: noteName(record),
        ...(record.date ? { date: record.date } : {}),
      })),
    };
    if (person.role) stakeholder.role = person.role;
    if (person.organisation) stakeholder.organisation = person.organisation;
    if (person.stance) stakeholder.stance = person.stance;
    if (!person.met.length && person.seen.length) {
      const first = person.seen[0];
      stakeholder.namedAt = { uri: first.record.uri, range: first.person.evidenceRange ?? first.person.range };
    }
    return stakeholder;
  });
  const latest = notes.filter((note) => note.date).at(-1) ?? notes.at(-1)!;
  return {
    account: {
      key,
      name: index.accountName(key) ?? key,
      language: latest.language,
      notes: notes.map((note) => ({ location: titleLocation(note), title: noteName(note), ...(note.date ? { date: note.date } : {}) })),
      stakeholders,
    },
  };
}

/** The note's title, else its file name. */
export function noteName(record: NoteRecord): string {
  if (record.title) return record.title;
  const name = record.uri.slice(record.uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function titleLocation(record: NoteRecord): NoteLocation {
  return { uri: record.uri, range: record.titleRange };
}

/** YYYY-MM-DD plus some days, in the calendar (no time zone involved). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
