// Heap after many edits of one note, each analysed as the server does (shared chunk cache), after a
// full collection. Run in its own process: `node --expose-gc --import tsx bench/heap.ts <edits> <size>`.
import { analyze } from '../server/src/core/analyze';
import { meetingNote } from './notes';

const edits = Number(process.argv[2] ?? 10_000);
const size = Number(process.argv[3] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc!;
const base = meetingNote('fr', size);
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const samples: { edits: number; heapMB: number }[] = [];
let text = base;
for (let i = 1; i <= edits; i++) {
  // Typing in the middle of the note: each keystroke inserts one character where the last one went.
  const at = Math.floor(base.length / 2) + (i % 200);
  text = `${text.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${text.slice(at)}`;
  if (text.length > base.length + 2_000) text = base;
  analyze(text);
  if (i === 1 || i % Math.max(1, Math.floor(edits / 10)) === 0) samples.push({ edits: i, heapMB: heap() / 1e6 });
}
process.stdout.write(JSON.stringify(samples));
