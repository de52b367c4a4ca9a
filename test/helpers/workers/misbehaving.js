// An analysis thread that misbehaves on demand: the text says what it does.
const { parentPort, threadId } = require('node:worker_threads');

parentPort.on('message', ({ id, text }) => {
  if (text === 'exit') process.exit(3);
  if (text === 'throw') throw new Error('thread failure');
  if (text === 'hang') for (;;);
  parentPort.postMessage({ id, analysis: { model: { text, threadId }, findings: [] } });
});
parentPort.postMessage('ready');
