// Reads the workspace's notes on every analysis thread at once: the editor's when no open note needs
// it, and the index's own thread, started for the first reading and whenever one thread is not enough. Each thread holds at most one workspace note at a time, so an
// open note's analysis waits for one note of the workspace at most, and only for a small one.
import type { AnalyzeOptions } from '../../core/analyze';
import type { AnalysisHost, Interrupted } from '../analysis/host';
import type { Indexed } from '../analysis/messages';

export interface IndexLane {
  host: AnalysisHost;
  /** Longer notes are left to the other lanes (the editor's thread must not be held long). */
  maxLength?: number;
  /** Keys of this lane's tasks, apart from the documents' own on a shared thread. */
  prefix?: string;
  /** The thread serves the workspace alone: stopped once the notes are read, started again when needed. */
  release?: boolean;
}

export type IndexOutcome = { indexed: Indexed } | Interrupted | undefined;

export interface IndexPool {
  /**
   * A note's record and findings, from the first lane free to take it; undefined when `wanted`
   * says no by then (a newer reading of the workspace began).
   */
  index(uri: string, text: string, options: AnalyzeOptions, wanted?: () => boolean): Promise<IndexOutcome>;
  /** The workspace is read: the threads of its own give their memory back. */
  release(): void;
}

interface Waiting {
  uri: string;
  text: string;
  options: AnalyzeOptions;
  wanted?: () => boolean;
  resolve(outcome: IndexOutcome): void;
}

export function indexPool(lanes: readonly IndexLane[]): IndexPool {
  const busy = new Set<IndexLane>();
  const waiting: Waiting[] = [];

  const takes = (lane: IndexLane, job: Waiting) => lane.maxLength === undefined || job.text.length <= lane.maxLength;

  /** Gives each free lane, in their order, the first waiting note it takes. */
  const pump = () => {
    for (const lane of lanes) {
      while (!busy.has(lane)) {
        const at = waiting.findIndex((job) => takes(lane, job));
        if (at < 0) break;
        const [job] = waiting.splice(at, 1);
        // Left waiting by a reading of the workspace that a newer one replaced.
        if (job.wanted && !job.wanted()) {
          job.resolve(undefined);
          continue;
        }
        busy.add(lane);
        lane.host.index(`${lane.prefix ?? ''}${job.uri}`, job.uri, job.text, job.options).then(
          (outcome) => settle(lane, job, outcome),
          (error: unknown) => settle(lane, job, { interrupted: 'error', detail: error instanceof Error ? error.message : String(error) }),
        );
      }
    }
  };

  const settle = (lane: IndexLane, job: Waiting, outcome: IndexOutcome) => {
    busy.delete(lane);
    job.resolve(outcome);
    pump();
  };

  return {
    index(uri, text, options, wanted) {
      return new Promise((resolve) => {
        const job = { uri, text, options, wanted, resolve };
        if (!lanes.some((lane) => takes(lane, job))) return resolve({ interrupted: 'error', detail: 'no analysis thread takes a note this long' });
        waiting.push(job);
        pump();
      });
    },
    release() {
      for (const lane of lanes) if (lane.release && !busy.has(lane)) lane.host.release();
    },
  };
}
