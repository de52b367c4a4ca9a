// dist/analysis-worker.js, the analysis thread's script: runs its bundle
// (dist/analysis-worker-bundle.js, from ../analysis/worker.ts) through the code cache.
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { codeCacheDir, runBundle } from './code-cache';

const bundle = runBundle(join(__dirname, 'analysis-worker-bundle.js'), codeCacheDir());
// The bundle answers the first task before this listener runs: the analysis's code is compiled by then.
parentPort?.once('message', () => setImmediate(() => bundle.save()));
