// The grammar injected into Markdown, checked with vscode-tmgrammar-test on the annotated notes in
// this folder (`<!-- ^^^ scope` lines point at the line above). The base grammar is VS Code's own
// Markdown grammar as shipped by the tm-grammars package; the injection is read from package.json's
// `contributes.grammars`, as VS Code reads it, so a broken contribution fails here too. The runner
// warns about the languages Markdown embeds in code blocks: they are not needed and kept out of sight.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RUNNER = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
const MARKDOWN = require.resolve('tm-grammars/grammars/markdown.json');

describe('grammar injected into Markdown', () => {
  it('colours questions, answers, participants, deciders, dates and owners, and leaves code alone', () => {
    const run = spawnSync(process.execPath, [RUNNER, '--compact', '-g', MARKDOWN, 'test/grammar/*.md'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /dialogue\.md/);
    assert.match(run.stdout, /meeting\.md/);
  });
});
