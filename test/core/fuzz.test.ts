// The mutation fuzzer (test/fuzz/fuzz.ts) on a fixed seed; `npm run fuzz` runs 100,000 cases.
import assert from 'node:assert/strict';
import { runFuzz } from '../fuzz/fuzz';

// Kept cheap so `npm test` stays quick on a busy machine: most cases are a few lines of a note, one
// in a thousand grows into a large hostile shape, and one fix per case is applied and checked in full.
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);

describe('fuzzing', function () {
  this.timeout(900_000);

  it(`${CASES} mutated notes: no throw, fixes that edit only their ranges and clear their finding, cost near a bare remark parse`, () => {
    assert.deepEqual(runFuzz({ cases: CASES, seed: SEED, windowRate: 0.95, largeRate: 0.001, verify: 1 }), []);
  });
});
