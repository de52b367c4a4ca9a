// Starts the analysis thread. Kept apart from the rest of the server so `main.ts` can start it
// first: the thread loads the analysis while the server's own thread loads the protocol.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The bundled thread, next to the bundled server (dist/). */
export const ANALYSIS_THREAD = join(__dirname, 'analysis-worker.js');

/** Heap of the thread: a runaway analysis exhausts its own memory, not the server's. */
const MAX_HEAP_MB = 1024;
/**
 * Its young generation. A note's chunks and model live until its analysis ends, so a smaller one
 * copies and promotes them again and again (8 MB cost a tenth more CPU over a workspace's notes);
 * V8's own limit, three times this, holds 25 MB more while thousands of notes go through.
 */
const YOUNG_MB = 24;

/** `batch`: the thread reads many notes once each (the workspace index's own), its caches sized for that. */
export function startAnalysisThread(script: string, heapMb = MAX_HEAP_MB, youngMb = YOUNG_MB, batch = false): Worker {
  return new Worker(script, { workerData: { batch }, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngMb } });
}
