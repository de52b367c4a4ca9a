// `npm run fuzz`: 100,000 mutated notes (FUZZ_CASES, FUZZ_SEED and FUZZ_ONLY change that). A case in
// five is a whole note, one in a hundred grows into a large hostile shape, and every fix is checked in full.
// FUZZ_DUMP=/tmp/case.md with FUZZ_ONLY writes that case's text to the file; FUZZ_FROM=N goes on
// from case N, and FUZZ_MAX_FAILURES (5) says after how many failures to stop.
import { writeFileSync } from 'node:fs';
import { runFuzz } from './fuzz';

const cases = Number(process.env.FUZZ_CASES ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);
const only = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);
const from = Number(process.env.FUZZ_FROM ?? 0);
const maxFailures = Number(process.env.FUZZ_MAX_FAILURES ?? 5);
const dumpTo = process.env.FUZZ_DUMP;
const dump = dumpTo ? (text: string) => writeFileSync(dumpTo, text) : undefined;
console.log(`fuzzing ${cases} cases, FUZZ_SEED=${seed}`);
const failures = runFuzz({
  cases, seed, only, from, maxFailures, dump, windowRate: 0.8, largeRate: 0.01,
  progress: (done) => console.log(`${done} cases`), failed: (failure) => console.log(failure),
});
console.log(failures.length ? `${failures.length} failing` : `${cases} passing`);
process.exitCode = failures.length ? 1 : 0;
