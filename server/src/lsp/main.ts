// Entry point of the bundled server: `node dist/server.js --stdio` (or --node-ipc, --socket=N).
// `--analysis-budget-ms=N` changes how long one analysis may take before it is cut off.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const budget = /^--analysis-budget-ms=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--analysis-budget-ms=')) ?? '');

startServer(createConnection(ProposedFeatures.all), { budgetMs: budget ? Number(budget[1]) : undefined });
