// dist/server.js, what editors start (`node dist/server.js --stdio`): starts the analysis thread,
// then runs the server's bundle (dist/server-bundle.js, from ../main.ts) through the code cache.
import { join } from 'node:path';
import { ANALYSIS_THREAD, startAnalysisThread } from '../analysis/thread';
import { codeCacheDir, runBundle } from './code-cache';

// The thread loads the analysis while this one reads and compiles the protocol and the server:
// on a first start (nothing cached) each takes about as long as the other.
const worker = startAnalysisThread(ANALYSIS_THREAD);
const bundle = runBundle(join(__dirname, 'server-bundle.js'), codeCacheDir());
(bundle.exports as typeof import('../main')).main(worker);
/** By then the server has answered the editor's start and its first notes: that code is cached. */
const SAVE_AFTER_MS = 2_000;
setTimeout(() => bundle.save(), SAVE_AFTER_MS).unref();
