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
  /**
   * `false`: the server does not watch the configuration files itself and relies on the editor's
   * `workspace/didChangeWatchedFiles` (and saves) alone. Protocol tests pass it, so that only the
   * events they send change anything. On unless told.
   */
  watchConfigFiles?: boolean;
}

// The workspace's data (locations, follow-ups, the account map) is defined once, in the core; a
// type-only export, erased from the client's bundle.
export type {
  AccountMapResult, FollowUpEntry, FollowUpFlag, FollowUpsResult, NoteLocation, Stakeholder,
  StakeholderDecision as DecisionRole, StakeholderMeeting, StakeholderStance,
} from '../core/workspace/types';

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

/** Sent by the server when its workspace index changed (built, or a note changed): views refresh. */
export const WORKSPACE_CHANGED_NOTIFICATION = 'boussole/workspaceChanged';
