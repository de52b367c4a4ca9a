// What the language server and its analysis thread say to each other.
import type { Analysis, AnalyzeOptions } from '../../core/analyze';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** The thread sends 'ready' once loaded, then one reply per request. */
export type WorkerReply = { id: number; analysis: Analysis } | { id: number; error: string };
