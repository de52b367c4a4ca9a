// The drafting features never throw on half-typed notes, at any position, and fixes stay in the text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { fixesFor } from '../../server/src/core/fixes';
import { splitLines } from '../../server/src/core/model';
import { completions } from '../../server/src/lsp/completion';
import { statusLens } from '../../server/src/lsp/code-lens';
import { foldingRanges } from '../../server/src/lsp/folding';
import { hoverAt } from '../../server/src/lsp/hover';
import { linkTargetAt } from '../../server/src/lsp/hover/link';
import { documentSymbols } from '../../server/src/lsp/symbols';

const pieces = fc.constantFrom(
  '# ', '## ', '## Étape 2', '### Faits', '---', '```', '> ', '- ', '- [ ] ', '- [x] ', 'Q : ', '**', '[x](./a.md)', '](',
  '<!-- boussole-disable-next-line no-facts -->', '<!-- boussole-disable', 'follows: ./b.md', '\n', '\n\n',
  'type: codev', 'type: meeting', '## Participants\n- Jean Dupont – DAF (décideur)\n', '## Prochaines étapes\n- Envoyer le devis à Jean',
  'Étape 3', '(non-décideur)', '|', 'é', '🧭', '\r\n', '\t',
);
const notes = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 120 }).map((parts) => parts.join(''));
const linkedText = '# Linked\n\n## Étape 5\n\n- [ ] Faire\n';
const linkedAnalysis = analyze(linkedText);
const ruleDocs = { why: () => ({ text: 'Because.', language: 'en' as const }) };

describe('drafting features on any text', () => {
  it('hover, completion, outline, folding, status and fixes never throw', () => {
    fc.assert(fc.property(notes, fc.nat(), fc.nat(200), (text, lineSeed, character) => {
      const analysis = analyze(text);
      const lines = splitLines(text);
      const position = { line: lineSeed % lines.length, character };
      const uri = 'file:///notes/n.md';
      const link = linkTargetAt(analysis.model, lines, uri, position);
      const linked = link && { target: link.target, text: linkedText, analysis: linkedAnalysis };
      hoverAt({ uri, analysis, lines, linked, ruleDocs }, position);
      completions(analysis.model, lines, position);
      documentSymbols(analysis.model);
      foldingRanges(analysis.model, lines);
      statusLens(analysis, uri);
      for (const finding of analysis.findings) {
        for (const fix of fixesFor(finding, analysis.model, text)) {
          for (const edit of fix.edits) assert.ok(edit.range.start.line < lines.length, JSON.stringify(edit.range));
        }
      }
    }), { numRuns: 300 });
  });
});
