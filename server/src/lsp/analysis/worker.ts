// The analysis thread (bundled as dist/analysis-worker.js): text in, analysis or follow-up out, so
// the language server's own thread is always free to answer the editor.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../../core/analyze';
import { readInBatches } from '../../core/batch';
import { ParseCache } from '../../core/markdown/cache';
import { recordOf } from '../../core/workspace/record';
import { followUp } from '../follow-up';
import type { WorkerReply, WorkerRequest } from './messages';


const port = parentPort;
// The workspace index's own thread reads many notes once each; the editor's keeps the caches a
// note edited at length needs.
if (workerData?.batch) readInBatches();
if (port) {
  port.on('message', (request: WorkerRequest) => {
    const { id } = request;
    let reply: WorkerReply;
    try {
      reply = answer(request);
    } catch (error) {
      reply = { id, error: describe(error) };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // A model that cannot be copied to the server is reported like any other failure.
      port.postMessage({ id, error: describe(error) } satisfies WorkerReply);
    }
  });
  port.postMessage('ready');
}

function answer(request: WorkerRequest): WorkerReply {
  const { id } = request;
  if (request.task === 'analyze') return { id, analysis: analyze(request.text, request.options) };
  if (request.task === 'followUp') return { id, followUp: followUp(request.params) };
  // A workspace note is read once: its chunks go with its own cache, not the editor's.
  const { model, findings } = analyze(request.text, { ...request.options, cache: new ParseCache() });
  return { id, indexed: { record: recordOf(model, request.uri, request.text), findings } };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
