// Quick fixes on the edges the fuzzer found: a note-wide finding with nowhere to stand, a byte order
// mark before the first line, a Facts section among bold step lines, nesting past the cap. Each fix
// clears its finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { fixesFor } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { applyEdits } from '../helpers/edits';

const alike = (findings: Finding[], finding: Finding) =>
  findings.filter((f) => f.rule === finding.rule && JSON.stringify(f.data) === JSON.stringify(finding.data)).length;

function fixesOf(text: string, rule: string) {
  const { model, findings } = analyze(text);
  const finding = findings.find((f) => f.rule === rule);
  assert.ok(finding, `${rule} among ${findings.map((f) => f.rule).join(', ')}`);
  return { model, finding, findings, fixes: fixesFor(finding, model, text) };
}

function assertClears(text: string, rule: string, title: RegExp): string {
  const { finding, findings, fixes } = fixesOf(text, rule);
  const fix = fixes.find((f) => title.test(f.title));
  assert.ok(fix, fixes.map((f) => f.title).join(' | '));
  const fixed = applyEdits(text, fix.edits);
  assert.ok(alike(analyze(fixed).findings, finding) < alike(findings, finding), fixed);
  return fixed;
}

const meetingWithoutNextStep = [
  '# Acme Logistics – renewal discovery meeting', '', '## Attendees', '', '- Rachel Kim, COO (decider)', '- Me (account executive)', '',
  '## Notes', '', 'Rachel wants to cut picking errors by half before the summer; she asked about the pricing model.', '',
].join('\n');

describe('quick fixes on the edges', () => {
  it('a note-wide finding at the very start is offered no "this line" fix, and the file fix clears it', () => {
    // No title: the finding has nowhere to stand but 0:0, where a comment above would not move it.
    const text = meetingWithoutNextStep.slice(meetingWithoutNextStep.indexOf('## Attendees'));
    const { model, finding, fixes } = fixesOf(text, 'no-next-step');
    assert.equal(model.kind, 'meeting');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.ok(!fixes.some((f) => /this line/.test(f.title)), fixes.map((f) => f.title).join(' | '));
    assertClears(text, 'no-next-step', /this file/);
  });

  it('after a byte order mark, fixes insert behind it and the comment they write is honoured', () => {
    const text = `\ufeff${meetingWithoutNextStep}`;
    const { fixes } = fixesOf(text, 'no-next-step');
    for (const fix of fixes) {
      for (const edit of fix.edits) assert.ok(edit.range.start.line > 0 || edit.range.start.character >= 1, fix.title);
    }
    for (const title of [/this line/, /this file/]) {
      const fixed = assertClears(text, 'no-next-step', title);
      assert.ok(fixed.startsWith('\ufeff<!-- boussole-disable'), JSON.stringify(fixed.slice(0, 60)));
      assert.equal(analyze(fixed).model.title?.text, 'Acme Logistics – renewal discovery meeting');
    }
  });

  it('a Facts section added among bold step lines is a bold line, read as the Facts section', () => {
    // A session whose steps are bold lines, its questions and answers left out.
    const full = readFileSync(join(__dirname, '..', 'fixtures', 'session', 'good-fr-titres-en-gras.md'), 'utf8');
    const text = full.slice(0, full.indexOf('**Questions**')) + full.slice(full.indexOf('**Reformulation**'));
    const { fixes } = fixesOf(text, 'no-facts');
    const add = fixes.find((f) => f.preferred);
    assert.ok(add);
    assert.match(add.edits[0].newText, /^\*\*Faits\*\*\n/);
    assertClears(text, 'no-facts', /Faits/);
  });

  it('a line with "---" under it is disabled for the file only: a comment above would make it a heading', () => {
    // "->" continues the list item above; after a comment it would be a heading underlined by "---".
    const text = ['---', 'type: meeting', '---', 'Rossi Family Vineyards – visit 16/6 – Marco Rossi (owner) + Elena Conti (cellar master)',
      '- 140 ha, 3 labels, 40% export', '- bottling and lot traceability on paper', '- Marco decides, nobody else involved. Budget "reasonable"',
      '- demo\'d the cellar app on Elena\'s phone', '->', '---', ' to be seen', ''].join('\n');
    const { fixes } = fixesOf(text, 'no-next-step');
    assert.deepEqual(fixes.filter((f) => /this line|cette ligne/.test(f.title)), []);
    assertClears(text, 'no-next-step', /this file|ce fichier|cette note/);
  });

  it('nesting past the cap is disabled for the file only: a comment above the line would be as deep', () => {
    const text = `${meetingWithoutNextStep}\n${'> '.repeat(300)}citation sans fin\n`;
    const { fixes } = fixesOf(text, 'nesting-too-deep');
    assert.deepEqual(fixes.map((f) => /this file/.test(f.title)), [true]);
    assertClears(text, 'nesting-too-deep', /this file/);
  });
});
