// What the language server and its analysis thread say to each other.
import type { Analysis, AnalyzeOptions } from '../../core/analyze';
import type { Finding } from '../../core/types';
import type { NoteRecord } from '../../core/workspace/record';
import type { FollowUpParams, FollowUpResult } from '../protocol';

/**
 * The work the thread does: analyse a note, write its follow-up (which analyses it too), or index a
 * note of the workspace (its record and findings, without the model, which stays in the thread).
 */
export type Task =
  | { task: 'analyze'; text: string; options: AnalyzeOptions }
  | { task: 'followUp'; params: FollowUpParams }
  | { task: 'index'; uri: string; text: string; options: AnalyzeOptions };

/** A workspace note as the index keeps it: its compact record and its own findings. */
export interface Indexed {
  record: NoteRecord;
  findings: Finding[];
}

export type WorkerRequest = Task & { id: number };

/** The thread sends 'ready' once loaded, then one reply per request. */
export type WorkerReply =
  | { id: number; analysis: Analysis }
  | { id: number; followUp: FollowUpResult }
  | { id: number; indexed: Indexed }
  | { id: number; error: string };
