// dist/server.js, what editors start (`node dist/server.js --stdio`): runs the server's bundle
// (dist/server-bundle.js, from ../main.ts) through the code cache.
import { join } from 'node:path';
import { codeCacheDir, runBundle } from './code-cache';

const bundle = runBundle(join(__dirname, 'server-bundle.js'), codeCacheDir());
/** By then the server has answered the editor's start and its first notes: that code is cached. */
const SAVE_AFTER_MS = 2_000;
setTimeout(() => bundle.save(), SAVE_AFTER_MS).unref();
