// analyze() must never throw, whatever it is given: binary, half-typed Markdown, broken front matter.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';

const markdownPieces = fc.constantFrom(
  '# ', '## Étape 2', '### Faits', '---', '```', '~~~', '> ', '- ', '* ', '1. ', 'Q : ', 'R : ', '**', '_', '|', '[x](',
  '<!--', '-->', '\n', '\n\n', 'type: codev', 'type: meeting', 'decider: ', '(décideur)', 'N+2 de ', '?', ':',
  'Étape 3', 'Prochaines étapes', 'Participants', '\t', '\r\n', '\u0000', '\uFEFF', '🧭', 'é',
);
const markdownish = fc.array(fc.oneof(markdownPieces, fc.string({ maxLength: 20 })), { maxLength: 200 }).map((parts) => parts.join(''));

describe('robustness', () => {
  it('never throws on Markdown-like text and keeps ranges inside the text', () => {
    fc.assert(fc.property(markdownish, (text) => {
      const { findings, model } = analyze(text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const finding of findings) {
        assert.ok(finding.range.start.line >= 0 && finding.range.end.line < lineCount, JSON.stringify(finding.range));
        assert.ok(finding.message.length > 0);
      }
      assert.ok(['session', 'meeting', 'unknown'].includes(model.kind));
    }), { numRuns: 400 });
  });

  it('never throws on arbitrary binary-like strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
      analyze(text);
    }), { numRuns: 300 });
  });

  it('says a note is too long rather than checking it', () => {
    const { model, findings } = analyze(`# Séance\n\n${'Une ligne de notes.\n'.repeat(60)}`, { maxLength: 1000 });
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['note-too-large', 'info']]);
    assert.match(findings[0].message, /trop longue/);
    assert.equal(model.kind, 'unknown');
  });

  it('stays linear on large notes: a 1 MB note parses in bounded steps', () => {
    const section = '## Étape 2\n\nQ : Combien ?\n> 12 clients depuis mars.\n\n';
    const text = `---\ntype: codev\n---\n# Séance\n\n${section.repeat(Math.ceil(1_000_000 / section.length))}`;
    const { model } = analyze(text);
    assert.ok(model.sections.length > 10_000);
  });
});
