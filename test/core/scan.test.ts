// The linear scans find what the backtracking expressions they replace found: compared on many short
// lines built from the characters that matter, where the old expressions are still fast.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isQuestion, stripInlineMarkdown } from '../../server/src/core/reading/text';
import {
  bracketedSpans, inlineAnswer, isTableDelimiter, labelBeforeColon, splitAtFirstDash, splitAtSeparators, stripClosingHashes, wordBeforeFinalDot,
} from '../../server/src/core/reading/scan';

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

  it('questions and answers on the same line', () => {
    fc.assert(fc.property(line('ab ?:.!"»)→->A'), (text) => {
      assert.equal(isQuestion(text), /\?\s*["»”)]*\s*$/.test(text));
      const answer = /^(.+?\?)\s*(?:->|→|=>|⇒|—|–|-|:|>|(?:A|R|Réponse|Answer)\s*:)\s*(\S.*)$/.exec(text);
      assert.deepEqual(inlineAnswer(text), answer ? { question: answer[1], reply: answer[2] } : undefined);
      const label = /^([^:?!.]{1,40}?)\s*:\s*/.exec(text);
      const scanned = labelBeforeColon(text, 1, 40, (ch) => !'?!.'.includes(ch));
      assert.deepEqual(scanned && { label: scanned.label, offset: text.length - scanned.rest.length }, label ? { label: label[1], offset: label[0].length } : undefined);
    }), runs);
  });

  it('brackets, separators, table delimiters, closing hashes', () => {
    fc.assert(fc.property(line('a ()[]|,;:—-#'), (text) => {
      assert.deepEqual(bracketedSpans(text).map((s) => s.inner), [...text.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2]));
      assert.deepEqual(splitAtSeparators(text), text.split(/\s+[—–-]\s+|\s*[,;:]\s+|\s*\|\s*/));
      assert.equal(stripClosingHashes(text), text.replace(/\s+#+\s*$/, '').trimEnd());
      const trimmed = text.trim();
      const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(trimmed);
      assert.deepEqual(splitAtFirstDash(trimmed), dash ? { before: dash[1].trimEnd(), after: dash[2] } : undefined);
    }), runs);
    fc.assert(fc.property(line('aé. '), (text) => {
      assert.equal(wordBeforeFinalDot(text), /(\p{L}+(?:\.\p{L}+)*)\.$/u.exec(text)?.[1]);
    }), runs);
    fc.assert(fc.property(line(' |:-'), (text) => {
      assert.equal(isTableDelimiter(text), /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(text));
    }), runs);
  });
});
