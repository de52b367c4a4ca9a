// The reference story as a meeting note: a proposal promised to a non-decider, a forecast without the
// decider, and only the seller's process moving.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';

const REFERENCE = join(__dirname, '..', '..', 'examples', 'rdv-responsable-du-machin.md');

describe('reference meeting: the Responsable du Machin', () => {
  const { model, findings } = analyze(readFileSync(REFERENCE, 'utf8'));
  const rules = new Set(findings.map((f) => f.rule));

  it('is read as a French meeting note', () => {
    assert.equal(model.kind, 'meeting');
    assert.equal(model.language, 'fr');
  });

  for (const rule of ['next-step-non-decider', 'forecast-without-decider', 'one-sided-next-step']) {
    it(`gets ${rule}`, () => assert.ok(rules.has(rule), `findings: ${[...rules].join(', ')}`));
  }

  it('aims the proposal at Jean Dupont and points to his N+1 or N+2', () => {
    const finding = findings.find((f) => f.rule === 'next-step-non-decider')!;
    assert.equal(finding.data?.target, 'Jean Dupont');
    assert.match(finding.message, /N\+1 ou N\+2 de Jean Dupont/);
  });

  it('reports the forecast on the line that records it', () => {
    const finding = findings.find((f) => f.rule === 'forecast-without-decider')!;
    assert.match(model.lines.find((l) => l.range.start.line === finding.range.start.line)!.text, /pronostic 35/);
  });
});
