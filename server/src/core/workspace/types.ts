// The workspace's plain data, shared by the core's index and views, the language server's requests
// and the VS Code client (through lsp/protocol.ts, which re-exports these types). Types only.

/** Where something is written in a note: the note's URI and a zero-based range. */
export interface NoteLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What the follow-ups view flags on a commitment. */
export type FollowUpFlag =
  /** Aimed at a buyer who does not decide. */
  | 'non-decider'
  /** Only a time ("rappeler dans 3 mois"): nothing the buyer will think about, decide or do. */
  | 'no-purpose'
  /** Every next step of its note is the seller's own task. */
  | 'seller-only';

export interface FollowUpEntry {
  /** The commitment as written, checkbox left out. */
  text: string;
  /** Its due date, YYYY-MM-DD, when it gives one. */
  due?: string;
  /** Where it is written: a click opens the note at this line. */
  location: NoteLocation;
  /** The note's title, else its file name. */
  note: string;
  /** The account (or, for a session, the client) the note belongs to. */
  account?: string;
  /** The account's key, to ask `boussole/accountMap`. */
  accountKey?: string;
  language: 'fr' | 'en';
  flags: FollowUpFlag[];
}

export interface FollowUpsResult {
  /** Due before today. */
  overdue: FollowUpEntry[];
  /** Due today or within the next 7 days. */
  thisWeek: FollowUpEntry[];
  /** Due later. */
  later: FollowUpEntry[];
  /** No due date. */
  undated: FollowUpEntry[];
  /** False while the index is still being built: the lists may be incomplete. */
  complete: boolean;
  /** `boussole.workspace.index` is `off`: there is no index, so no list. */
  off?: boolean;
}

/** Whether a stakeholder decides, as the notes of the account say (the latest note that says wins). */
export type StakeholderDecision = 'decider' | 'not-decider' | 'unknown';

/** How a stakeholder stands in the decision, when a note says more than whether they decide. */
export type StakeholderStance = 'decides' | 'validates' | 'influences' | 'champion';

export interface StakeholderMeeting {
  /** The note that records the meeting. */
  location: NoteLocation;
  /** The note's date, YYYY-MM-DD, when it has one. */
  date?: string;
  note: string;
}

export interface Stakeholder {
  name: string;
  role?: string;
  organisation?: string;
  decision: StakeholderDecision;
  /** What the latest note that says so calls their part: decides, validates, influences, champion. */
  stance?: StakeholderStance;
  /** The notes where they were among the participants, oldest first; empty: never met. */
  met: StakeholderMeeting[];
  /** Where they are named without being met (a decider named in a decision line), when never met. */
  namedAt?: NoteLocation;
}

export interface AccountMapResult {
  /** `boussole.workspace.index` is `off`: there is no index, so no map. */
  off?: boolean;
  /** Undefined when no account matches: the note belongs to none. */
  account?: {
    key: string;
    name: string;
    language: 'fr' | 'en';
    /** The account's notes, oldest first. */
    notes: { location: NoteLocation; title: string; date?: string }[];
    stakeholders: Stakeholder[];
  };
}
