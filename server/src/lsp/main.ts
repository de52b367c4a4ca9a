// Entry point of the bundled server: `node dist/server.js --stdio` (or --node-ipc, --socket=N).
// `--analysis-budget-ms=N` changes how long one analysis may take before it is cut off.
import { ANALYSIS_THREAD, startAnalysisThread } from './analysis/thread';

// The analysis thread loads while this one loads the protocol and the features: `require` (not
// `import`) makes the bundle evaluate the rest of the server only here.
const worker = startAnalysisThread(ANALYSIS_THREAD);
const { createConnection, ProposedFeatures } = require('vscode-languageserver/node') as typeof import('vscode-languageserver/node');
const { startServer } = require('./server') as typeof import('./server');

const budget = /^--analysis-budget-ms=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--analysis-budget-ms=')) ?? '');

startServer(createConnection(ProposedFeatures.all), { worker, budgetMs: budget ? Number(budget[1]) : undefined });
