// Speed of analyze() against a bare remark-parse parse of the same text, measured in the same run.
// Ratios, not milliseconds, are the figures to watch: they hold from one machine to another.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyze } from '../server/src/core/analyze';
import { ParseCache } from '../server/src/core/markdown/cache';

const reference = readFileSync(join(__dirname, '..', 'examples', 'seance-richard-posture-commerciale.md'), 'utf8');
const body = reference.slice(reference.indexOf('\n## '));

/** A note of about `size` characters: the reference session's steps repeated. */
function noteOfSize(size: number): string {
  let text = reference;
  while (text.length < size) text += body;
  return text.slice(0, size);
}

function median(run: () => void, minRuns: number, minMs = minRuns > 1 ? 300 : 0): number {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const remark = unified().use(remarkParse);
const rows: string[][] = [];
for (const [label, size] of [['1 KB', 1_000], ['100 KB', 100_000], ['1 MB', 1_000_000]] as const) {
  const text = noteOfSize(size);
  // A bare parse of 1 MB takes seconds: one run is enough to see the ratio.
  const runs = size >= 1_000_000 ? 1 : 10;
  const baseline = median(() => remark.parse(text), runs);
  const cold = median(() => analyze(text, { cache: new ParseCache() }), runs);
  // An edit in one section: only that chunk is parsed again.
  const cache = new ParseCache();
  analyze(text, { cache });
  let edits = 0;
  const keystroke = median(() => {
    edits++;
    const at = Math.floor(text.length / 2);
    analyze(`${text.slice(0, at)}${'x'.repeat(edits)}${text.slice(at)}`, { cache });
  }, runs);
  rows.push([label, baseline.toFixed(2), cold.toFixed(2), (cold / baseline).toFixed(2), keystroke.toFixed(2), (keystroke / baseline).toFixed(3)]);
}

const header = ['note', 'remark-parse ms', 'analyze ms', 'analyze / remark', 'edit ms', 'edit / remark'];
console.log(header.join(' | '));
for (const row of rows) console.log(row.join(' | '));

/** Heap kept alive by what `make` returns, after a full collection (needs --expose-gc). */
function retained(make: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('nothing kept');
  return after - before;
}

if ((globalThis as { gc?: unknown }).gc) {
  const text = noteOfSize(100_000);
  const tree = retained(() => remark.parse(text));
  const cached = retained(() => {
    const cache = new ParseCache();
    return [cache, analyze(text, { cache })];
  });
  console.log(`\nmemory, 100 KB note: remark tree ${(tree / 1e6).toFixed(1)} MB, analysis + chunk cache ${(cached / 1e6).toFixed(1)} MB, ratio ${(cached / tree).toFixed(2)}`);
}
