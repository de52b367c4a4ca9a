// Runs analyses in a worker thread, one at a time, each within a time budget. A thread that runs
// over budget is stopped; one that crashes is replaced: either way the server keeps answering.
import type { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../../core/analyze';
import type { FollowUpParams, FollowUpResult } from '../protocol';
import type { Indexed, Task, WorkerReply, WorkerRequest } from './messages';
import { startAnalysisThread } from './thread';

export type Interruption = 'timeout' | 'crash' | 'error';

export interface Interrupted {
  interrupted: Interruption;
  detail: string;
}

/** An analysis, or why there is none. */
export type Outcome = { analysis: Analysis } | Interrupted;

type Reply = Outcome | { followUp: FollowUpResult } | { indexed: Indexed };

export interface AnalysisHost {
  /**
   * Analyses `text` for `key` (a document). A newer request for the same key replaces one still
   * waiting, which then resolves with undefined.
   */
  run(key: string, text: string, options: AnalyzeOptions): Promise<Outcome | undefined>;
  /** A workspace note's record and findings; a newer request for the same key replaces a waiting one. */
  index(key: string, uri: string, text: string, options: AnalyzeOptions): Promise<{ indexed: Indexed } | Interrupted | undefined>;
  /** Writes a note's follow-up in the thread. */
  followUp(params: FollowUpParams): Promise<{ followUp: FollowUpResult } | Interrupted>;
  /** Drops the key's waiting request; a running one finishes and its caller ignores it. */
  cancel(key: string): void;
  /** Stops the thread if it has nothing to do, giving its memory back; the next task starts a new one. */
  release(): void;
  dispose(): Promise<void>;
}

export interface HostOptions {
  /** The worker script. */
  script: string;
  /** Longest analysis, from the moment the thread receives the text. */
  budgetMs: number;
  /** A thread already started from `script`, adopted before anything else runs. */
  started?: Worker;
  /** The thread's heap limit; a note that needs more stops the thread, which is replaced. */
  heapMb?: number;
  /** Its young generation, when not `thread.ts`'s. */
  youngMb?: number;
  /** The thread reads many notes once each: its caches keep a few notes' worth (`core/batch.ts`). */
  batch?: boolean;
  log(message: string): void;
}

interface Job {
  task: Task;
  resolve(reply: Reply | undefined): void;
}

/** Failed starts in a row after which the thread is not started again. */
const MAX_FAILED_STARTS = 3;

export function analysisHost({ script, budgetMs, started, heapMb, youngMb, batch, log }: HostOptions): AnalysisHost {
  const queue = new Map<string, Job>();
  let worker: Worker | undefined;
  let ready = false;
  let running: { id: number; job: Job; timer: NodeJS.Timeout } | undefined;
  let nextId = 1;
  let failedStarts = 0;
  let disposed = false;

  const start = (thread = startAnalysisThread(script, heapMb, youngMb, batch)) => {
    ready = false;
    worker = thread;
    thread.on('message', (message: 'ready' | WorkerReply) => {
      if (thread !== worker) return;
      if (message === 'ready') {
        ready = true;
        pump();
        return;
      }
      if (!running || message.id !== running.id) return;
      const { job, timer } = running;
      clearTimeout(timer);
      running = undefined;
      failedStarts = 0;
      job.resolve('error' in message ? { interrupted: 'error', detail: message.error } : message);
      pump();
    });
    thread.on('error', (error) => lost(thread, `${error.name}: ${error.message}`));
    thread.on('exit', (code) => lost(thread, `exit code ${code}`));
  };

  /** The thread died: its job is reported, and a new thread takes the queue. */
  const lost = (thread: Worker, detail: string) => {
    if (thread !== worker || disposed) return;
    worker = undefined;
    if (!ready) failedStarts++;
    log(`Boussole's analysis thread stopped (${detail}); it is started again.`);
    finishRunning({ interrupted: 'crash', detail });
    pump();
  };

  const finishRunning = (outcome: Interrupted) => {
    if (!running) return;
    clearTimeout(running.timer);
    running.job.resolve(outcome);
    running = undefined;
  };

  const pump = () => {
    if (disposed || running || !queue.size) return;
    if (failedStarts >= MAX_FAILED_STARTS) {
      for (const job of queue.values()) job.resolve({ interrupted: 'crash', detail: 'the analysis thread cannot start' });
      queue.clear();
      return;
    }
    if (!worker) {
      try {
        start();
      } catch (error) {
        failedStarts++;
        log(`Boussole's analysis thread cannot start: ${error instanceof Error ? error.message : String(error)}`);
        worker = undefined;
        setImmediate(pump);
        return;
      }
    }
    if (!ready) return;
    const [key, job] = nextJob();
    queue.delete(key);
    const id = nextId++;
    const timer = setTimeout(() => {
      if (running?.id !== id) return;
      const thread = worker;
      worker = undefined;
      finishRunning({ interrupted: 'timeout', detail: `over ${budgetMs} ms` });
      thread?.terminate().catch(() => undefined);
      pump();
    }, budgetMs);
    running = { id, job, timer };
    try {
      worker!.postMessage({ id, ...job.task } satisfies WorkerRequest);
    } catch (error) {
      // Options that cannot be copied to the thread: this task fails, the next ones still run.
      finishRunning({ interrupted: 'error', detail: error instanceof Error ? error.message : String(error) });
      setImmediate(pump);
    }
  };

  /** The editor's own work goes first: a workspace note waits behind an open one, never the reverse. */
  const nextJob = (): [string, Job] => {
    for (const entry of queue) if (entry[1].task.task !== 'index') return entry;
    return queue.entries().next().value!;
  };

  if (started) start(started);

  /** Queues a task under `key`; a newer task for the same key replaces a waiting one, in its place. */
  const enqueue = (key: string, task: Task) => new Promise<Reply | undefined>((resolve) => {
    if (disposed) return resolve(undefined);
    queue.get(key)?.resolve(undefined);
    queue.set(key, { task, resolve });
    pump();
  });
  let followUps = 0;

  return {
    run: (key, text, options) => enqueue(key, { task: 'analyze', text, options }) as Promise<Outcome | undefined>,
    index: (key, uri, text, options) => enqueue(key, { task: 'index', uri, text, options }) as Promise<{ indexed: Indexed } | Interrupted | undefined>,
    async followUp(params) {
      const reply = await enqueue(`follow-up ${followUps++}`, { task: 'followUp', params });
      return reply && ('followUp' in reply || 'interrupted' in reply) ? reply : { interrupted: 'crash', detail: 'the server is stopping' };
    },
    cancel(key) {
      queue.get(key)?.resolve(undefined);
      queue.delete(key);
    },
    release() {
      if (running || queue.size || !worker) return;
      const thread = worker;
      worker = undefined;
      ready = false;
      thread.terminate().catch(() => undefined);
    },
    async dispose() {
      disposed = true;
      for (const job of queue.values()) job.resolve(undefined);
      queue.clear();
      if (running) {
        clearTimeout(running.timer);
        running.job.resolve(undefined);
        running = undefined;
      }
      const thread = worker;
      worker = undefined;
      await thread?.terminate();
    },
  };
}
