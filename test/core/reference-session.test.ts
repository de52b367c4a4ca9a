// The example session everybody found pleasant: each failure its commentary lists must be reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';

const path = join(__dirname, '..', '..', 'examples', 'seance-richard-posture-commerciale.md');
const text = readFileSync(path, 'utf8');
const sourceLines = text.split(/\r?\n/);
const { findings } = analyze(text);

/** The findings of a rule, as the source lines they are reported on. */
function reportedOn(rule: string): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => sourceLines[f.range.start.line]);
}

describe('reference session (Richard and the sales posture)', () => {
  it('reports the missing facts and the request that did not move', () => {
    assert.equal(reportedOn('no-facts').length, 1);
    assert.equal(reportedOn('request-not-reformulated').length, 1);
  });

  it('reports the advice disguised as a question, on that question', () => {
    assert.deepEqual(reportedOn('advice-in-questions'), ['Q : Il te faut faire du démarchage ?']);
  });

  it('reports that nobody asked what was already tried', () => {
    assert.equal(reportedOn('nothing-tried-asked').length, 1);
  });

  it('reports the confusion nobody came back to, on the line that names it', () => {
    const lines = reportedOn('unexplored-emotion');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /confusion/);
  });

  it('reports "J’aurais tout fait" as a vague action', () => {
    assert.ok(reportedOn('vague-action-plan').some((line) => line.includes('J’aurais tout fait')));
  });

  it('reports learnings that are only satisfaction, naming the illusion', () => {
    const found = findings.filter((f) => f.rule === 'satisfaction-is-not-learning');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /illusion/);
  });

  it('reports the vague "prise de conscience de quelque chose"', () => {
    assert.ok(reportedOn('vague-learnings').some((line) => line.includes('prise de conscience de quelque chose')));
  });

  it('does not report closed questions: most of its questions are open', () => {
    assert.deepEqual(reportedOn('closed-questions'), []);
  });

  it('finds every step in its place and the initial request stated', () => {
    for (const rule of ['missing-step', 'steps-out-of-order', 'no-initial-request']) assert.deepEqual(reportedOn(rule), [], rule);
  });
});
