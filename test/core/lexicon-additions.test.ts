// A team's lexicon additions (from its configuration) change what the analysis recognises.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import type { LexiconAdditions } from '../../server/src/lexicon/additions';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const rules = (text: string, lexicon?: LexiconAdditions) => analyze(text, { lexicon }).findings.map((f) => f.rule);

describe('lexicon additions', () => {
  it('a decider title of the team makes the participant a decider', () => {
    const note = read('test/fixtures/meeting/no-decider.en.md');
    assert.ok(rules(note).includes('no-decider-identified'));
    assert.ok(!rules(note, { deciderTitles: ['Digital Project Lead'] }).includes('no-decider-identified'));
  });

  it('our company and our sellers are on the seller side, whatever their title', () => {
    const note = `# Meeting notes – Brightside Dental Group

## Attendees

- Olivia Grant, CFO (decider)
- Sophie Laurent, sales director (Northwind)
- Paul Mercier

## Next steps

- Sophie sends Olivia the deck and the two case studies by Friday
- Paul prepares a quote for the nine clinics by March 3
`;
    const people = (lexicon?: LexiconAdditions) =>
      analyze(note, { lexicon }).model.participants.map((p) => `${p.name}:${p.side}`);
    assert.deepEqual(people(), ['Olivia Grant:buyer', 'Sophie Laurent:buyer', 'Paul Mercier:buyer']);
    assert.deepEqual(people({ company: ['Northwind'], sellers: ['Paul Mercier'] }), ['Olivia Grant:buyer', 'Sophie Laurent:seller', 'Paul Mercier:seller']);
    assert.ok(rules(note, { company: ['Northwind'], sellers: ['Paul Mercier'] }).includes('one-sided-next-step'));
  });

  it('heading aliases name steps and sections, on top of the built-in ones', () => {
    const session = read('examples/good-session-support-onboarding.md').replace('## Step 3 – Reformulated request', '## The deal we made');
    assert.ok(rules(session).includes('missing-step'));
    assert.deepEqual(rules(session, { steps: { 3: ['The deal we made'] } }), []);

    const meeting = read('examples/good-meeting-acme-renewal.md').replace('## Next steps', '## What happens now');
    assert.notDeepEqual(rules(meeting), []);
    assert.deepEqual(rules(meeting, { sections: { 'next-steps': ['What happens now'] } }), []);
  });

  it('leaves the next analysis without additions as it was', () => {
    const note = read('test/fixtures/meeting/no-decider.en.md');
    rules(note, { deciderTitles: ['digital project lead'] });
    assert.ok(rules(note).includes('no-decider-identified'));
  });
});
