// The bundled examples: the two reference stories get their headline findings, good notes get none.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const rulesOf = (file: string) => analyze(readFileSync(join(EXAMPLES, file), 'utf8')).findings.map((f) => f.rule);

describe('examples', () => {
  it('the reference session is flagged for missing facts and an unmoved request', () => {
    const { findings, model } = analyze(readFileSync(join(EXAMPLES, 'seance-richard-posture-commerciale.md'), 'utf8'));
    assert.equal(model.kind, 'session');
    const noFacts = findings.find((f) => f.rule === 'no-facts');
    assert.ok(noFacts);
    assert.match(model.sections.find((s) => s.step === 2)!.heading.text, /Questions de clarification/);
    assert.equal(noFacts.range.start.line, model.steps[2]!.heading.range.start.line);
    const request = findings.find((f) => f.rule === 'request-not-reformulated');
    assert.ok(request);
    assert.match(request.message, /Avoir une posture commerciale/);
  });

  it('the reference sales meeting is flagged for a proposal to a non-decider', () => {
    const { findings } = analyze(readFileSync(join(EXAMPLES, 'rdv-responsable-du-machin.md'), 'utf8'));
    const finding = findings.find((f) => f.rule === 'next-step-non-decider');
    assert.ok(finding);
    assert.match(finding.message, /Jean Dupont/);
    assert.match(finding.message, /N\+1 ou N\+2/);
  });

  const good = readdirSync(EXAMPLES).filter((f) => /^(good|bonne?)-/.test(f));
  it('has good examples in French and English', () => {
    const languages = new Set(good.map((f) => analyze(readFileSync(join(EXAMPLES, f), 'utf8')).model.language));
    assert.deepEqual([...languages].sort(), ['en', 'fr']);
  });
  for (const file of good) {
    it(`${file} gets no finding`, () => assert.deepEqual(rulesOf(file), []));
  }
});
