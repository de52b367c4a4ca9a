// A thread that reads many notes once each sizes its caches for that (`core/batch.ts`): the findings
// must be the very same, only what the thread keeps in memory changes.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { readInBatches } from '../../server/src/core/batch';
import { scaleTextMemos, TextMemo } from '../../server/src/core/reading/memo';
import { boundStems } from '../../server/src/core/session/request';
import { listFixtures, readFixture } from '../helpers/fixtures';

const findingsOf = (text: string, options = {}) => analyze(text, options).findings.map((f) => `${f.rule}@${f.range.start.line}:${f.message}`);

describe('batch reading', () => {
  // The caches are the thread's: the other tests keep the sizes a note edited at length needs.
  after(() => {
    scaleTextMemos(1);
    boundStems(100_000);
  });

  it('finds exactly what the editor finds, on every fixture', () => {
    const texts = listFixtures().map((path) => readFixture(path).text);
    const usual = texts.map((text) => findingsOf(text));
    const cache = readInBatches();
    const batched = texts.map((text) => findingsOf(text, { cache }));
    assert.deepEqual(batched, usual);
  });

  it('keeps a memo to its part of the characters, and starts it again empty past them', () => {
    const computed: string[] = [];
    const memo = new TextMemo<number>(1_000);
    scaleTextMemos(0.01);
    const length = (key: string) => {
      computed.push(key);
      return key.length;
    };
    memo.get('a'.repeat(6), length);
    memo.get('a'.repeat(6), length);
    // 6 + 6 characters pass the 10 the memo keeps now: it starts again, and the first key is computed again.
    memo.get('b'.repeat(6), length);
    memo.get('a'.repeat(6), length);
    assert.deepEqual(computed.map((key) => key[0]), ['a', 'b', 'a']);
    scaleTextMemos(1);
    memo.get('c'.repeat(6), length);
    memo.get('b'.repeat(6), length);
    memo.get('c'.repeat(6), length);
    assert.deepEqual(computed.map((key) => key[0]), ['a', 'b', 'a', 'c', 'b']);
  });
});
