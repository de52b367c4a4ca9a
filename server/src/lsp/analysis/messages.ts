// What the language server and its analysis thread say to each other.
import type { Analysis, AnalyzeOptions } from '../../core/analyze';
import type { FollowUpParams, FollowUpResult } from '../protocol';

/** The work the thread does: analyse a note, or write its follow-up (which analyses it too). */
export type Task = { task: 'analyze'; text: string; options: AnalyzeOptions } | { task: 'followUp'; params: FollowUpParams };

export type WorkerRequest = Task & { id: number };

/** The thread sends 'ready' once loaded, then one reply per request. */
export type WorkerReply = { id: number; analysis: Analysis } | { id: number; followUp: FollowUpResult } | { id: number; error: string };
