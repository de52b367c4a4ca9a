// Checks notes one by one, so that one file's failure is reported for that file alone; many notes
// are spread over worker threads, and the results keep the order of the files.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { analyze, type AnalyzeOptions, analyzeTooLarge, MAX_NOTE_LENGTH } from '../core/analyze';
import { recordOf } from '../core/workspace/record';
import { InputError, type NoteContent, readNoteFile } from './read';
import { type FileReport, reportFor } from './report';

export interface CheckItem {
  /** Absolute path; absent for standard input, whose content is given. */
  path?: string;
  shown: string;
  /** The note's URI in the workspace index: its file URL, or a name for standard input. */
  uri: string;
  options: AnalyzeOptions;
  content?: NoteContent;
}

/**
 * A checked note's report, and its record for the workspace index as JSON text (plain data: it
 * crosses threads). Kept until every note is checked, they must not hold on to the note: strings
 * cut from its text keep the whole text alive, and a record's many small objects weigh five times
 * its JSON.
 */
export type CheckResult = { report: FileReport; record?: string } | { error: string };

/**
 * Below this many notes, starting threads costs more than it saves: a worker loads the bundle
 * (about 0.35 s of CPU) while a note takes a few milliseconds.
 */
export const PARALLEL_FROM = 200;

export function checkOne(item: CheckItem, run: typeof analyze = analyze): CheckResult {
  try {
    const content = item.content ?? readNoteFile(item.path!, item.shown);
    if (!('text' in content)) {
      return { report: reportFor(item.shown, analyzeTooLarge(content.tooLarge.sample, MAX_NOTE_LENGTH, item.options, content.tooLarge.size)) };
    }
    const analysis = run(content.text, item.options);
    const report = reportFor(item.shown, analysis);
    // A worker's results are copied when posted; here the copy is made for the same reason.
    return { report: isMainThread ? structuredClone(report) : report, record: recordFor(analysis, item, content.text) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    // The error's own message could quote the note: only its kind is shown.
    const kind = error instanceof Error ? error.name : typeof error;
    return { error: `"${item.shown}" could not be checked: internal error (${kind}); the other notes are still checked` };
  }
}

/** The note's record for the workspace index; a note that cannot give one keeps its own findings. */
function recordFor(analysis: ReturnType<typeof analyze>, item: CheckItem, text: string): string | undefined {
  try {
    return JSON.stringify(recordOf(analysis.model, item.uri, text));
  } catch {
    return undefined;
  }
}

/** `jobs`: threads checking notes, this one included; undefined: one per core when there are many notes. */
export async function checkAll(items: readonly CheckItem[], jobs: number | undefined, script: string | undefined): Promise<CheckResult[]> {
  const threads = Math.min(jobs ?? (items.length >= PARALLEL_FROM ? availableParallelism() : 1), items.length);
  if (threads <= 1 || !script) return items.map((item) => checkOne(item));
  return withWorkers(items, threads - 1, script);
}

/**
 * A worker's heap. With the default limits (sized for the machine's memory) V8 lets each thread's
 * heap grow to several times what it holds between two notes, all garbage once a note is checked:
 * a small young generation and a lower old one keep each thread near what it needs (the old
 * generation's limit also sets how far V8 lets it grow between two collections).
 */
export const WORKER_HEAP = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 512 };

/**
 * Notes from this size are checked on the main thread, whose heap is not limited: in a worker's
 * small young generation their analysis would cost twice the time.
 */
export const MAIN_THREAD_FROM_BYTES = 256_000;

/**
 * The main thread checks notes too, one per turn of the event loop so the workers' results are
 * taken and their next batches sent in between: one thread fewer to start and to hold in memory.
 */
function withWorkers(items: readonly CheckItem[], workers: number, script: string): Promise<CheckResult[]> {
  const large = new Set(items.flatMap((item, index) => (isLarge(item) ? [index] : [])));
  const small = items.flatMap((_, index) => (large.has(index) ? [] : [index]));
  // Small batches keep the threads evenly busy; not too small, messages have a cost.
  const batchSize = Math.max(1, Math.min(8, Math.floor(small.length / ((workers + 1) * 4))));
  const results: CheckResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = () => {
      if (done === items.length) resolve(results);
    };
    const checkHere = (indexes: Iterable<number>) => {
      for (const index of indexes) {
        if (results[index]) continue;
        results[index] = checkOne(items[index]);
        done++;
      }
    };
    for (let t = 0; t < workers; t++) {
      const worker = new Worker(script, { workerData: { boussole: 'check' }, resourceLimits: WORKER_HEAP });
      const pending = new Set<number>();
      let stopped = false;
      const feed = () => {
        if (stopped) return;
        const batch: number[] = [];
        for (; batch.length < batchSize && next < small.length; next++) batch.push(small[next]);
        for (const index of batch) pending.add(index);
        if (batch.length) worker.postMessage(batch.map((index) => ({ index, item: items[index] })));
        else if (!pending.size) void worker.terminate();
      };
      worker.on('message', (batch: { index: number; result: CheckResult }[]) => {
        for (const { index, result } of batch) {
          results[index] = result;
          pending.delete(index);
        }
        done += batch.length;
        feed();
        finish();
      });
      // A worker that dies takes no note with it: its unfinished notes are checked here, and the
      // main thread goes on with the others.
      const rescue = () => {
        if (stopped) return;
        stopped = true;
        checkHere(pending);
        pending.clear();
        finish();
      };
      worker.on('error', rescue);
      worker.on('exit', rescue);
      // Two batches at a time: the thread has the next one while the main thread checks a note.
      feed();
      feed();
    }
    // The large notes first, then the others from the same queue as the workers.
    const largeLeft = [...large];
    const checkHereInTurn = () => {
      const index = largeLeft.shift() ?? (next < small.length ? small[next++] : undefined);
      if (index === undefined) return finish();
      checkHere([index]);
      finish();
      setImmediate(checkHereInTurn);
    };
    setImmediate(checkHereInTurn);
  });
}

function isLarge(item: CheckItem): boolean {
  if (!item.path) return item.content !== undefined && 'text' in item.content && item.content.text.length >= MAIN_THREAD_FROM_BYTES;
  try {
    return statSync(item.path).size >= MAIN_THREAD_FROM_BYTES;
  } catch {
    // Not readable now: the worker that reads it reports why.
    return false;
  }
}
