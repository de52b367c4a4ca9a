// Checks notes one by one, so that one file's failure is reported for that file alone; many notes
// are spread over worker threads, and the results keep the order of the files.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, type AnalyzeOptions, analyzeTooLarge, MAX_NOTE_LENGTH } from '../core/analyze';
import { readInBatches } from '../core/batch';
import type { ParseCache } from '../core/markdown/cache';
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

/** A checked note's report, and its record for the workspace index as JSON text. */
export type CheckResult = { report: FileReport; record?: string } | { error: string };

/**
 * A checked note as it waits for the others: its report and its record as UTF-8 JSON, outside the
 * JavaScript heap, which they would otherwise make grow with every note (a report's and a record's
 * many small objects weigh several times their JSON, and strings cut from a note keep it whole).
 * Plain bytes cross threads without a copy.
 */
export type PackedResult = { report: Uint8Array; record?: Uint8Array } | { error: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function pack(result: CheckResult): PackedResult {
  if ('error' in result) return result;
  const report = encoder.encode(JSON.stringify(result.report));
  return result.record === undefined ? { report } : { report, record: encoder.encode(result.record) };
}

export function unpackReport(packed: Uint8Array): FileReport {
  return JSON.parse(decoder.decode(packed));
}

export function unpackRecord(packed: Uint8Array): string {
  return decoder.decode(packed);
}

/** The buffers a packed result holds, to transfer rather than copy. */
export function buffersOf(packed: PackedResult): ArrayBuffer[] {
  if ('error' in packed) return [];
  // Only a buffer of its own: a view of a shared one is copied.
  const own = (bytes: Uint8Array) => (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? [bytes.buffer as ArrayBuffer] : []);
  return [...own(packed.report), ...(packed.record ? own(packed.record) : [])];
}

/**
 * Below this many notes, starting threads costs more than it saves: a worker loads the bundle
 * (about 0.35 s of CPU) while a note takes a few milliseconds.
 */
export const PARALLEL_FROM = 200;

/** The parse cache of a thread that checks many notes, once `checkInBatches` sized its caches. */
let batchCache: ParseCache | undefined;

/** This thread checks many notes, each once: its caches keep a few notes' worth (`core/batch.ts`). */
export function checkInBatches(): void {
  batchCache ??= readInBatches();
}

export function checkOne(item: CheckItem, run: typeof analyze = analyze): CheckResult {
  try {
    const content = item.content ?? readNoteFile(item.path!, item.shown);
    if (!('text' in content)) {
      return { report: reportFor(item.shown, analyzeTooLarge(content.tooLarge.sample, MAX_NOTE_LENGTH, item.options, content.tooLarge.size)) };
    }
    const analysis = run(content.text, batchCache ? { ...item.options, cache: batchCache } : item.options);
    return { report: reportFor(item.shown, analysis), record: recordFor(analysis, item, content.text) };
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

/**
 * `jobs`: threads checking notes; undefined: one per core when there are many notes. More than one
 * are worker threads, this one gathering their results (and checking the large notes).
 */
export async function checkAll(items: readonly CheckItem[], jobs: number | undefined, script: string | undefined): Promise<PackedResult[]> {
  const threads = Math.min(jobs ?? (items.length >= PARALLEL_FROM ? availableParallelism() : 1), items.length);
  if (threads <= 1 || !script) {
    if (items.length >= PARALLEL_FROM) checkInBatches();
    return items.map((item) => pack(checkOne(item)));
  }
  return withWorkers(items, threads, script);
}

/**
 * A worker's heap. With the default limits (sized for the machine's memory) V8 lets each thread's
 * heap grow to several times what it holds between two notes, all garbage once a note is checked:
 * a small young generation and a low old one keep each thread near what it needs. The old
 * generation must still leave room above what the thread keeps (its code, the lexicons and the
 * caches `checkInBatches` bounds): measured on the bench's 2,000 notes, each its own, a 64 MB old
 * generation made V8 collect again and again (22.5 s, 246 MB), 96 MB did not (17.4 s, 236 MB).
 * Notes up to MAIN_THREAD_FROM_BYTES, whatever their shape, stay well within it.
 */
export const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 };

/**
 * Notes from this size are checked on the main thread, whose heap is not limited: in a worker's
 * small young generation their analysis would cost twice the time.
 */
export const MAIN_THREAD_FROM_BYTES = 256_000;

/**
 * The workers check the notes; the main thread keeps their results, packed, and checks the large
 * notes, one per turn of the event loop so the workers' results are taken and their next batches
 * sent in between. It checks no other note while a worker is alive: analysing notes, its heap,
 * whose limits are V8's defaults, grew to 150 MB, three times what its results took.
 */
function withWorkers(items: readonly CheckItem[], workers: number, script: string): Promise<PackedResult[]> {
  const large = new Set(items.flatMap((item, index) => (isLarge(item) ? [index] : [])));
  const small = items.flatMap((_, index) => (large.has(index) ? [] : [index]));
  // Small batches keep the threads evenly busy; not too small, messages have a cost.
  const batchSize = Math.max(1, Math.min(8, Math.floor(small.length / (workers * 4))));
  const results: PackedResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  let alive = workers;
  return new Promise((resolve) => {
    const finish = () => {
      if (done === items.length) resolve(results);
    };
    const checkHere = (indexes: Iterable<number>) => {
      for (const index of indexes) {
        if (results[index]) continue;
        results[index] = pack(checkOne(items[index]));
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
      worker.on('message', (batch: { index: number; result: PackedResult }[]) => {
        for (const { index, result } of batch) {
          results[index] = result;
          pending.delete(index);
        }
        done += batch.length;
        feed();
        finish();
      });
      // A worker that dies takes no note with it: its unfinished notes are checked here, and the
      // others go on; when none is left, the main thread checks the rest.
      const rescue = () => {
        if (stopped) return;
        stopped = true;
        alive--;
        checkHere(pending);
        pending.clear();
        finish();
        if (!alive) startHere();
      };
      worker.on('error', rescue);
      worker.on('exit', rescue);
      // Two batches at a time: the thread has the next one while its results are taken.
      feed();
      feed();
    }
    // The large notes, then, if no worker is left, the others from the same queue as the workers.
    const largeLeft = [...large];
    let checking = false;
    const checkHereInTurn = () => {
      const index = largeLeft.shift() ?? (!alive && next < small.length ? small[next++] : undefined);
      if (index === undefined) {
        checking = false;
        return finish();
      }
      checkHere([index]);
      finish();
      setImmediate(checkHereInTurn);
    };
    function startHere() {
      if (checking) return;
      checking = true;
      setImmediate(checkHereInTurn);
    }
    startHere();
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
