// The CLI's pieces that the end-to-end runs cannot reach: escaping and a failing analysis.
import assert from 'node:assert/strict';
import { checkOne } from '../server/src/cli/check';
import { escapeForTerminal } from '../server/src/cli/escape';
import { formatGithub } from '../server/src/cli/github';
import { decodeNote, InputError } from '../server/src/cli/read';
import type { FileReport } from '../server/src/cli/report';

const range = { start: { line: 2, character: 4 }, end: { line: 3, character: 0 } };

describe('CLI pieces', () => {
  it('GitHub annotations escape %, CR and LF in messages, and , and : in properties', () => {
    const report: FileReport = {
      file: 'notes/a,b:c.md', kind: 'meeting', language: 'en',
      kindEvidence: { kind: 'meeting', source: 'front-matter', confidence: 1, scores: { session: 0, meeting: 0, against: 0 }, signals: [], draft: false },
      findings: [{ rule: 'no-next-step', severity: 'error', message: '50% done\r\n::error::injected', range }],
    };
    assert.equal(formatGithub([report]),
      '::error file=notes/a%2Cb%3Ac.md,line=3,col=5,endLine=4,endColumn=1,title=Boussole no-next-step::50%25 done%0D%0A::error::injected');
  });

  it('shows control characters and bidirectional overrides as escapes, and leaves other text alone', () => {
    assert.equal(escapeForTerminal('a\u001b[2Jb\u0007c\u202ed é « » –'), 'a\\u001b[2Jb\\u0007c\\u202ed é « » –');
  });

  it('reports an exception in the analysis for its note alone, without the note\'s text', () => {
    const failing = () => {
      throw new RangeError('Maximum call stack size exceeded near "Projet Confidentiel"');
    };
    const result = checkOne({ shown: 'deep.md', uri: 'file:///notes/deep.md', options: {}, content: { text: '# Projet Confidentiel' } }, failing);
    assert.deepEqual(result, { error: '"deep.md" could not be checked: internal error (RangeError); the other notes are still checked' });
    const fine = checkOne({ shown: 'ok.md', uri: 'file:///notes/ok.md', options: {}, content: { text: '# Notes\n' } });
    assert.ok('report' in fine && fine.report.file === 'ok.md');
  });

  it('decodes UTF-8 with or without its byte order mark and refuses the rest by name', () => {
    assert.equal(decodeNote(Buffer.from('\uFEFF# Réunion'), 'a.md'), '# Réunion');
    assert.throws(() => decodeNote(Buffer.from('ok\nok\n\xe9t\xe9', 'latin1'), 'a.md'), (error: Error) =>
      error instanceof InputError && /line 3/.test(error.message) && /Latin-1/.test(error.message));
    assert.throws(() => decodeNote(Buffer.from('# Meeting notes\n', 'utf16le'), 'b.md'), /UTF-16/);
    assert.throws(() => decodeNote(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), 'c.md'), /binary file/);
  });
});
