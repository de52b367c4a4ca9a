// Runs every annotated fixture: the findings must be exactly the ones written in the note.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { expectedFindings, keys, listFixtures, readFixture } from '../helpers/fixtures';

describe('annotated fixtures', () => {
  for (const path of listFixtures()) {
    const { name, text } = readFixture(path);
    it(`${name}: exactly the expected findings`, () => {
      const { findings } = analyze(text);
      const actual = findings.map((f) => ({ rule: f.rule, line: f.range.start.line }));
      assert.deepEqual(keys(actual), keys(expectedFindings(text)));
    });
  }
});
