// The server's bundle (dist/server-bundle.js), run by dist/server.js (boot/server.ts), which starts
// the analysis thread first: `node dist/server.js --stdio` (or --node-ipc, --socket=N).
// `--analysis-budget-ms=N` changes how long one analysis may take before it is cut off.
import type { Worker } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

/** Serves the editor on the connection the command line names, analysing in `worker`. */
export function main(worker: Worker): void {
  const budget = /^--analysis-budget-ms=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--analysis-budget-ms=')) ?? '');
  startServer(createConnection(ProposedFeatures.all), { worker, budgetMs: budget ? Number(budget[1]) : undefined });
}
