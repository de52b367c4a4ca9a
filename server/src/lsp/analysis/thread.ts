// Starts the analysis thread. Kept apart from the rest of the server so `main.ts` can start it
// first: the thread loads the analysis while the server's own thread loads the protocol.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The bundled thread, next to the bundled server (dist/). */
export const ANALYSIS_THREAD = join(__dirname, 'analysis-worker.js');

/** Heap of the thread: a runaway analysis exhausts its own memory, not the server's. */
const MAX_HEAP_MB = 1024;

export function startAnalysisThread(script: string, heapMb = MAX_HEAP_MB, youngMb?: number): Worker {
  return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, ...(youngMb ? { maxYoungGenerationSizeMb: youngMb } : {}) } });
}
