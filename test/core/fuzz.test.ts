// The mutation fuzzer (test/fuzz/fuzz.ts) on a fixed seed; `npm run fuzz` runs many more cases.
import assert from 'node:assert/strict';
import { runFuzz } from '../fuzz/fuzz';

// Kept small so `npm test` stays quick on a busy machine: about 40 ms of work a case.
const CASES = Number(process.env.FUZZ_CASES ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);

describe('fuzzing', function () {
  this.timeout(600_000);

  it(`${CASES} mutated notes: no throw, valid fixes, cost near a bare remark parse`, () => {
    assert.deepEqual(runFuzz({ cases: CASES, seed: SEED }), []);
  });
});
