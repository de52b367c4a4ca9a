// Checks notes one by one, so that one file's failure is reported for that file alone; many notes
// are spread over worker threads, and the results keep the order of the files.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, type AnalyzeOptions, analyzeTooLarge, MAX_NOTE_LENGTH } from '../core/analyze';
import { type NoteRecord, recordOf } from '../core/workspace/record';
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

/** A checked note's report, and its record for the workspace index (plain data: it crosses threads). */
export type CheckResult = { report: FileReport; record?: NoteRecord } | { error: string };

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
    return { report: reportFor(item.shown, analysis), record: recordFor(analysis, item, content.text) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    // The error's own message could quote the note: only its kind is shown.
    const kind = error instanceof Error ? error.name : typeof error;
    return { error: `"${item.shown}" could not be checked: internal error (${kind}); the other notes are still checked` };
  }
}

/** The note's record for the workspace index; a note that cannot give one keeps its own findings. */
function recordFor(analysis: ReturnType<typeof analyze>, item: CheckItem, text: string): NoteRecord | undefined {
  try {
    return recordOf(analysis.model, item.uri, text);
  } catch {
    return undefined;
  }
}

/** `jobs`: worker threads to use; undefined: one per core when there are many notes. */
export async function checkAll(items: readonly CheckItem[], jobs: number | undefined, script: string | undefined): Promise<CheckResult[]> {
  const threads = Math.min(jobs ?? (items.length >= PARALLEL_FROM ? availableParallelism() : 1), items.length);
  if (threads <= 1 || !script) return items.map((item) => checkOne(item));
  return inWorkers(items, threads, script);
}

function inWorkers(items: readonly CheckItem[], threads: number, script: string): Promise<CheckResult[]> {
  // Small batches keep the threads evenly busy; not too small, messages have a cost.
  const batchSize = Math.max(1, Math.min(8, Math.floor(items.length / (threads * 4))));
  const results: CheckResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = () => {
      if (done === items.length) resolve(results);
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script, { workerData: { boussole: 'check' } });
      let pending: number[] = [];
      const feed = () => {
        pending = [];
        for (; pending.length < batchSize && next < items.length; next++) pending.push(next);
        if (pending.length) worker.postMessage(pending.map((index) => ({ index, item: items[index] })));
        else void worker.terminate();
      };
      worker.on('message', (batch: { index: number; result: CheckResult }[]) => {
        for (const { index, result } of batch) results[index] = result;
        done += batch.length;
        feed();
        finish();
      });
      // A worker that dies takes no note with it: its unfinished notes are checked here.
      const rescue = () => {
        for (const index of pending) {
          if (results[index]) continue;
          results[index] = checkOne(items[index]);
          done++;
        }
        pending = [];
        finish();
      };
      worker.on('error', rescue);
      worker.on('exit', rescue);
      feed();
    }
  });
}
