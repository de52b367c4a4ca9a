// The linear scans find what the backtracking expressions they replace found: compared on many short
// lines built from the characters that matter, where the old expressions are still fast.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stripInlineMarkdown, isQuestion, splitSpeaker } from '../../server/src/core/reading/text';
import { bracketedSpans, inlineAnswer, isTableDelimiter, splitAtSeparators, stripClosingHashes } from '../../server/src/core/reading/scan';

function reference(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<!--.*?-->/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .trim();
}

const line = (chars: string) => fc.array(fc.constantFrom(...chars.split('')), { maxLength: 24 }).map((a) => a.join(''));
const runs = { numRuns: 4000, seed: 42 };

describe('linear scans agree with the expressions they replace', () => {
  it('inline Markdown', () => {
    fc.assert(fc.property(line('ab *_[]()!<>-`~ '), (text) => assert.equal(stripInlineMarkdown(text), reference(text))), runs);
  });

  it('questions, speakers, answers on the same line', () => {
    fc.assert(fc.property(line('ab ?:.!"»)→->A'), (text) => {
      assert.equal(isQuestion(text), /\?\s*["»”)]*\s*$/.test(text));
      const old = /^([^:?!.]{1,40}?)\s*:\s*(.*)$/.exec(text);
      const speaker = old ? old[1].replace(/^[>\-–—\s]+/, '').trim() : undefined;
      const split = splitSpeaker(text);
      if (!text.startsWith(':') && (!old || speaker!.split(/\s+/).length > 5)) assert.equal(split.speaker, undefined);
      const answer = /^(.+?\?)\s*(?:->|→|=>|⇒|—|–|-|:|>|(?:A|R|Réponse|Answer)\s*:)\s*(\S.*)$/.exec(text);
      assert.deepEqual(inlineAnswer(text), answer ? { question: answer[1], reply: answer[2] } : undefined);
    }), runs);
  });

  it('brackets, separators, table delimiters, closing hashes', () => {
    fc.assert(fc.property(line('a ()[]|,;:—-#'), (text) => {
      assert.deepEqual(bracketedSpans(text).map((s) => s.inner), [...text.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2]));
      assert.deepEqual(splitAtSeparators(text), text.split(/\s+[—–-]\s+|\s*[,;:]\s+|\s*\|\s*/));
      assert.equal(stripClosingHashes(text), text.replace(/\s+#+\s*$/, '').trimEnd());
    }), runs);
    fc.assert(fc.property(line(' |:-'), (text) => {
      assert.equal(isTableDelimiter(text), /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(text));
    }), runs);
  });
});
