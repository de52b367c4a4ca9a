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
