// Nesting the note sets never reaches the call stack: past the cap the note says so once, and the
// rest of it is still read and checked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { MAX_NESTING } from '../../server/src/core/markdown/depth';

const meeting = readFileSync(join(__dirname, '..', '..', 'examples', 'rdv-responsable-du-machin.md'), 'utf8');
const checked = (text: string) => analyze(text).findings.filter((f) => f.rule !== 'nesting-too-deep').map((f) => f.rule).sort();

describe('deep nesting', () => {
  const usual = checked(meeting);

  for (const [shape, deep] of [
    ['5,000 nested block quotes', `${'> '.repeat(5_000)}Citation sans fin`],
    ['5,000 list markers on one line', `${'- '.repeat(5_000)}élément`],
    ['nested emphasis past the cap', `${'*a _b '.repeat(MAX_NESTING)}x${' b_ a*'.repeat(MAX_NESTING)}`],
    ['a list nested by indentation past the cap', Array.from({ length: MAX_NESTING + 20 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')],
  ] as const) {
    it(`${shape}: one info finding on its line, the rest of the note checked as usual`, () => {
      const lines = meeting.split('\n');
      const at = lines.indexOf('## Situation') + 2;
      const text = [...lines.slice(0, at), deep, '', ...lines.slice(at)].join('\n');
      const { findings } = analyze(text);
      const deepFindings = findings.filter((f) => f.rule === 'nesting-too-deep');
      assert.equal(deepFindings.length, 1);
      assert.equal(deepFindings[0].severity, 'info');
      assert.ok(deepFindings[0].range.start.line >= at && deepFindings[0].range.start.line < at + MAX_NESTING + 20);
      assert.deepEqual(checked(text), usual);
    });
  }

  it('a note nested within the cap gets no such finding', () => {
    const text = `${meeting}\n${'> '.repeat(MAX_NESTING)}citation\n\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')}\n`;
    assert.ok(!analyze(text).findings.some((f) => f.rule === 'nesting-too-deep'));
  });
});
