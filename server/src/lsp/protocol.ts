// Boussole's own requests, shared by the language server and the VS Code client. Types and method
// names only: the client imports this file, and nothing here may pull the analysis core into it.

/** Writes the follow-up of a note: its file name and text, the analysis being the server's. */
export const FOLLOW_UP_REQUEST = 'boussole/followUp';

export interface FollowUpParams {
  /** The text of the note being followed up. */
  text: string;
  /** Its file name, without folder: the follow-up sits next to it. */
  fileName: string;
  /** Today in the consultant's time zone, as YYYY-MM-DD. */
  date: string;
  /** The file names already used in the note's folder. */
  taken: string[];
}

export interface FollowUpResult {
  fileName: string;
  text: string;
}

/** Answered at once by a healthy server: the client's way to notice one that stopped answering. */
export const PING_REQUEST = 'boussole/ping';

/** Options the client passes at `initialize` (`initializationOptions`). */
export interface InitializationOptions {
  /**
   * A folder the server may write to, outside the workspace (the extension's `storageUri`, else its
   * `globalStorageUri`): the workspace index is cached there between sessions. Without it nothing is cached.
   */
  storagePath?: string;
}

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

/**
 * The open commitments (next steps and actions neither done nor dropped, nor reported on by a later
 * note) of every note of the workspace, grouped by due date. The server answers from its workspace
 * index; `boussole/workspaceChanged` tells the client when to ask again.
 */
export const FOLLOW_UPS_REQUEST = 'boussole/followUps';

export interface FollowUpsParams {
  /** Today in the consultant's time zone, as YYYY-MM-DD; the server's clock otherwise. */
  today?: string;
}

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
}

/** Whether a stakeholder decides, as the notes of the account say (the latest note that says wins). */
export type DecisionRole = 'decider' | 'not-decider' | 'unknown';

/**
 * The stakeholders of an account: everyone the account's notes name on the buyer's side, whether they
 * decide, in which notes they were met and when, and the deciders named but never met. Params name
 * the account by its key, or by a note of it.
 */
export const ACCOUNT_MAP_REQUEST = 'boussole/accountMap';

export interface AccountMapParams {
  accountKey?: string;
  /** A note of the account: its account is mapped. */
  uri?: string;
}

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
  decision: DecisionRole;
  /** The notes where they were among the participants, oldest first; empty: never met. */
  met: StakeholderMeeting[];
  /** Where they are named without being met (a decider named in a decision line), when never met. */
  namedAt?: NoteLocation;
}

export interface AccountMapResult {
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

/** Sent by the server when its workspace index changed (built, or a note changed): views refresh. */
export const WORKSPACE_CHANGED_NOTIFICATION = 'boussole/workspaceChanged';
