// The workspace index: every note's record, grouped by account (or, for sessions, by client) and
// ordered by date. A note's account is its own, else that of the note it follows, so a follow-up
// that names no account still joins its series. Changing one note re-groups its account only.
import type { NoteRecord } from './record';

/** How far a chain of `follows:` links is walked: no real series is that long, and a cycle stops there. */
const MAX_CHAIN = 200;

export class WorkspaceIndex {
  private readonly byUri = new Map<string, NoteRecord>();
  /** URIs by their decoded form, so `follows:` targets resolved by the core find the editor's URIs. */
  private readonly byLookup = new Map<string, string>();
  /** The notes that follow a note, by the followed note's decoded URI. */
  private readonly followers = new Map<string, Set<string>>();
  /** Each note's account key: its own, else inherited through `follows:`. */
  private readonly accountOfUri = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();
  /** Each account's notes in date order, computed on demand and dropped when the account changes. */
  private readonly ordered = new Map<string, NoteRecord[]>();
  private changes = 0;

  /** Grows on every change: a cheap way to tell whether anything moved since the last look. */
  get version(): number {
    return this.changes;
  }

  get size(): number {
    return this.byUri.size;
  }

  /**
   * Adds or replaces a note's record. Returns the URIs whose cross-note findings may have changed:
   * the notes of its accounts (before and after) and the notes that follow it.
   */
  set(record: NoteRecord): string[] {
    const previous = this.byUri.get(record.uri);
    const affected = new Set<string>([record.uri]);
    if (previous) this.unlink(previous);
    this.byUri.set(record.uri, record);
    this.byLookup.set(lookup(record.uri), record.uri);
    if (record.follows) this.followersOf(record.follows.uri, true)!.add(record.uri);
    this.regroup(record.uri, affected);
    this.changes++;
    return [...affected];
  }

  /** Removes a note; returns the URIs whose cross-note findings may have changed. */
  delete(uri: string): string[] {
    const record = this.byUri.get(uri);
    if (!record) return [];
    const affected = new Set<string>();
    this.unlink(record);
    this.byUri.delete(uri);
    this.byLookup.delete(lookup(uri));
    this.leaveAccount(uri, affected);
    for (const follower of this.chainFollowers(uri)) this.regroup(follower, affected);
    affected.delete(uri);
    this.changes++;
    return [...affected];
  }

  get(uri: string): NoteRecord | undefined {
    return this.byUri.get(uri) ?? this.byUri.get(this.byLookup.get(lookup(uri)) ?? '');
  }

  records(): NoteRecord[] {
    return [...this.byUri.values()];
  }

  /** The keys of every account that has notes. */
  accountKeys(): string[] {
    return [...this.members.keys()];
  }

  /**
   * Whether a note is part of the account memory: a session or a meeting, a note that names its
   * account, or a follow-up of one of those. Team minutes that follow each other are not.
   */
  inSeries(uri: string): boolean {
    const seen = new Set<string>();
    for (let at = this.get(uri); at && !seen.has(at.uri) && seen.size < MAX_CHAIN; at = this.followed(at)) {
      if (at.kind !== 'unknown' || at.account) return true;
      seen.add(at.uri);
    }
    return false;
  }

  /** The account a note belongs to: its own, else the one of the note it follows. */
  accountKeyOf(uri: string): string | undefined {
    const record = this.get(uri);
    return record ? this.accountOfUri.get(record.uri) : undefined;
  }

  /** The account's notes, oldest first; notes without a date come last. */
  account(key: string): NoteRecord[] {
    const cached = this.ordered.get(key);
    if (cached) return cached;
    const notes = [...(this.members.get(key) ?? [])].map((uri) => this.byUri.get(uri)!).sort(byDate);
    if (notes.length) this.ordered.set(key, notes);
    return notes;
  }

  /** The name an account's notes give it: the latest note's. */
  accountName(key: string): string | undefined {
    const notes = this.account(key);
    for (let i = notes.length - 1; i >= 0; i--) if (notes[i].account?.key === key) return notes[i].account!.name;
    return undefined;
  }

  /**
   * The series a note is part of, oldest first: its account's notes of the same family (sessions
   * with sessions, meetings with meetings), else the notes linked to it by `follows:`.
   */
  seriesOf(uri: string): NoteRecord[] {
    const record = this.get(uri);
    if (!record) return [];
    const key = this.accountOfUri.get(record.uri);
    if (key) return this.account(key).filter((other) => sameFamily(other, record));
    const chain: NoteRecord[] = [record];
    const seen = new Set([record.uri]);
    for (let back = this.followed(record); back && !seen.has(back.uri) && chain.length < MAX_CHAIN; back = this.followed(back)) {
      seen.add(back.uri);
      chain.unshift(back);
    }
    for (let next = this.firstFollower(record); next && !seen.has(next.uri) && chain.length < MAX_CHAIN; next = this.firstFollower(next)) {
      seen.add(next.uri);
      chain.push(next);
    }
    return chain;
  }

  /** The note a note follows: its `follows:` link, else the previous dated note of its series. */
  predecessor(uri: string): NoteRecord | undefined {
    const record = this.get(uri);
    if (!record) return undefined;
    if (record.follows) return this.followed(record);
    if (!record.date) return undefined;
    const series = this.seriesOf(record.uri);
    const at = series.indexOf(record);
    // Two notes of one day are not one after the other (variants, a copy) unless `follows:` says so.
    for (let i = at - 1; i >= 0; i--) if (series[i].date && series[i].date! < record.date) return series[i];
    return undefined;
  }

  /** The notes of a note's series written after it: a later date, or a note that follows it. */
  laterNotes(uri: string): NoteRecord[] {
    const record = this.get(uri);
    if (!record) return [];
    const series = this.seriesOf(record.uri);
    // Undated notes have no place in time: only the notes that follow them come after them.
    const later = series.filter((other) => other !== record && record.date !== undefined && other.date !== undefined
      && other.date > record.date);
    for (const follower of this.followersOf(record.uri) ?? []) {
      const other = this.byUri.get(follower);
      if (other && !later.includes(other)) later.push(other);
    }
    return later;
  }

  private followed(record: NoteRecord): NoteRecord | undefined {
    if (!record.follows) return undefined;
    const target = this.get(record.follows.uri);
    return target === record ? undefined : target;
  }

  private firstFollower(record: NoteRecord): NoteRecord | undefined {
    const uris = [...(this.followersOf(record.uri) ?? [])].sort();
    return uris.length ? this.byUri.get(uris[0]) : undefined;
  }

  private followersOf(uri: string, create = false): Set<string> | undefined {
    const key = lookup(uri);
    let found = this.followers.get(key);
    if (!found && create) this.followers.set(key, (found = new Set()));
    return found;
  }

  private unlink(record: NoteRecord): void {
    if (!record.follows) return;
    const set = this.followersOf(record.follows.uri);
    set?.delete(record.uri);
    if (set && !set.size) this.followers.delete(lookup(record.follows.uri));
  }

  /** Works out the account of a note and of the notes that inherit it through `follows:`. */
  private regroup(uri: string, affected: Set<string>): void {
    for (const member of [uri, ...this.chainFollowers(uri)]) {
      const record = this.byUri.get(member);
      if (!record) continue;
      const key = this.inheritedAccount(record);
      const before = this.accountOfUri.get(member);
      affected.add(member);
      if (before === key) {
        if (key) this.touch(key, affected);
        continue;
      }
      this.leaveAccount(member, affected);
      if (!key) continue;
      this.accountOfUri.set(member, key);
      let set = this.members.get(key);
      if (!set) this.members.set(key, (set = new Set()));
      set.add(member);
      this.touch(key, affected);
    }
  }

  private leaveAccount(uri: string, affected: Set<string>): void {
    const before = this.accountOfUri.get(uri);
    if (!before) return;
    this.accountOfUri.delete(uri);
    const set = this.members.get(before);
    set?.delete(uri);
    if (set && !set.size) this.members.delete(before);
    this.touch(before, affected);
  }

  /** An account changed: its order is worked out again, and its notes' findings may change. */
  private touch(key: string, affected: Set<string>): void {
    this.ordered.delete(key);
    for (const member of this.members.get(key) ?? []) affected.add(member);
  }

  private inheritedAccount(record: NoteRecord): string | undefined {
    const seen = new Set<string>();
    for (let at: NoteRecord | undefined = record; at && !seen.has(at.uri) && seen.size < MAX_CHAIN; at = this.followed(at)) {
      if (at.account) return at.account.key;
      seen.add(at.uri);
    }
    return undefined;
  }

  /** The notes that follow a note, directly or through other follow-ups, each once. */
  private chainFollowers(uri: string): string[] {
    const found: string[] = [];
    const seen = new Set([uri]);
    const pending = [uri];
    while (pending.length && found.length < MAX_CHAIN) {
      for (const follower of this.followersOf(pending.pop()!) ?? []) {
        if (seen.has(follower)) continue;
        seen.add(follower);
        found.push(follower);
        pending.push(follower);
      }
    }
    return found;
  }
}

/** Sessions go with sessions and meetings with meetings; a note of neither kind goes with both. */
function sameFamily(a: NoteRecord, b: NoteRecord): boolean {
  return a.kind === b.kind || a.kind === 'unknown' || b.kind === 'unknown';
}

function byDate(a: NoteRecord, b: NoteRecord): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

/** A URI decoded, so `file:///notes/s%C3%A9ance.md` and `file:///notes/séance.md` are one note. */
function lookup(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
