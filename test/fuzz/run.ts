// `npm run fuzz`: 100,000 mutated notes (FUZZ_CASES, FUZZ_SEED and FUZZ_ONLY change that). A case in
// five is a whole note, one in a hundred grows into a large hostile shape, and every fix is checked in full.
import { runFuzz } from './fuzz';

const cases = Number(process.env.FUZZ_CASES ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_007);
const only = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);
console.log(`fuzzing ${cases} cases, FUZZ_SEED=${seed}`);
const failures = runFuzz({ cases, seed, only, windowRate: 0.8, largeRate: 0.01, progress: (done) => console.log(`${done} cases`) });
for (const failure of failures) console.log(failure);
console.log(failures.length ? `${failures.length} failing` : `${cases} passing`);
process.exitCode = failures.length ? 1 : 0;
