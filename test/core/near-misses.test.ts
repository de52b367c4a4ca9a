// Near misses of the readings added for notes as people write them: the same words in a sense
// that says nothing of who decides, of a skipped step or of a handbook.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { buildNote } from '../../server/src/core/model';

const meeting = (body: string, frontMatter = '') => buildNote(`---\ntype: meeting\n${frontMatter}---\n\n${body}\n`);
const decider = (note: ReturnType<typeof buildNote>, name: string) => note.stakeholders.find((p) => p.name === name)?.decider;

describe('near misses', () => {
  it('a bracket that denies the decision: "(IT director, no final say)", "(not the economic buyer)"', () => {
    const note = meeting('# Call\n\nAttendees: Mark Chen (IT director, no final say), Lena Ortiz (not the economic buyer), me');
    assert.equal(decider(note, 'Mark Chen'), false);
    assert.equal(decider(note, 'Lena Ortiz'), false);
  });

  it('"go through the roadmap with Dan", "je passe par Julie": a route, not a decider', () => {
    const english = meeting('# Call with Acme\n\nAttendees: Tom Baker (procurement), me\n\nWe’ll go through the roadmap with Dan next week.');
    assert.notEqual(decider(english, 'Dan'), true);
    const french = meeting('# RDV Acme\n\nPrésents : Paul Petit (acheteur), moi\n\nJe passe par Julie Martin pour avoir le contact de la DAF.');
    assert.notEqual(decider(french, 'Julie Martin'), true);
  });

  it('something else "à valider" leaves a deciding title deciding', () => {
    const note = meeting('# RDV Roux\n\nPrésents : Marie Roux (DG), moi\n\nPlanning à valider avec l’équipe. Devis envoyé lundi.');
    assert.equal(decider(note, 'Marie Roux'), true);
  });

  it('"we restated the problem as …" is a reformulation', () => {
    const steps = [
      '# Codev session', '', '## Step 1 – Presentation', 'Claire leads 6 analysts. My request: how can I delegate the weekly report?',
      '## Step 2 – Clarifying questions', '- Q: How long does it take? -> 4 hours every Friday.', '- Q: What did you try? -> a checklist, dropped after 2 weeks.',
      '## Step 3 – Reformulation', 'We restated the problem as how Claire can hand the weekly report to Sam by June without checking every slide.',
      '## Step 4 – Suggestions', '- a template', '## Step 5 – Action plan', '- Claire briefs Sam on 3 May.', '## Step 6 – Learnings', '- I learned that a checklist needs an owner.',
    ];
    const findings = analyze(`---\ntype: codev\n---\n${steps.join('\n')}\n`).findings;
    assert.ok(!findings.some((f) => f.rule === 'request-not-reformulated'), findings.map((f) => f.rule).join());
  });

  it('"We met the Release Team at KubeCon" meets nobody: minutes stay unknown', () => {
    const note = buildNote('# Weekly sync\n\nWe met the Release Team at KubeCon. The proposal for the quote format is approved.\n\n- Next: publish the notes');
    assert.equal(note.kind, 'unknown');
  });

  it('a long discovery note with its date in the front matter is a meeting, however many sections', () => {
    const sections = ['Metrics', 'Economic buyer', 'Decision criteria', 'Decision process', 'Paper process', 'Pain', 'Champion',
      'Competition', 'Budget', 'Timeline', 'Risks'].map((heading) => `## ${heading}\n\nDana Cho said the CFO signs off; pricing at 40k.`);
    const note = buildNote(`---\ndate: 2025-03-04\n---\n# Acme discovery\n\nMet Dana Cho (VP Ops) and Raj Patel (IT).\n\n${sections.join('\n\n')}\n\n## Next steps\n\n- Send the proposal to the CFO by Friday\n`);
    assert.equal(note.kind, 'meeting');
  });

  it('"- Next steps" over a nested item does not make its siblings steps', () => {
    const note = meeting('# Call with Acme\n\n- Attendees: Dana Cho (CFO), me\n- Next steps\n  - send the quote Friday\n- Budget approved at 40k');
    assert.ok(!note.nextSteps.some((step) => /Budget approved/.test(step.text)), note.nextSteps.map((s) => s.text).join(' | '));
  });
});
