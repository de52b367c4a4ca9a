// A worker thread of `boussole check`: checks the batches of notes the main thread sends.
import { parentPort } from 'node:worker_threads';
import { type CheckItem, checkOne } from './check';

export function serveChecks(): void {
  parentPort?.on('message', (batch: { index: number; item: CheckItem }[]) => {
    parentPort?.postMessage(batch.map(({ index, item }) => ({ index, result: checkOne(item) })));
  });
}
