// A worker thread of `boussole check`: checks the batches of notes the main thread sends.
import { parentPort } from 'node:worker_threads';
import { buffersOf, type CheckItem, checkInBatches, checkOne, pack } from './check';

export function serveChecks(): void {
  checkInBatches();
  parentPort?.on('message', (batch: { index: number; item: CheckItem }[]) => {
    const results = batch.map(({ index, item }) => ({ index, result: pack(checkOne(item)) }));
    parentPort?.postMessage(results, results.flatMap(({ result }) => buffersOf(result)));
  });
}
