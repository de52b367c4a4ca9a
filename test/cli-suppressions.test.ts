// The CLI honours the same suppression comments as the editor.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers/fixtures';

const BIN = join(__dirname, '..', 'bin', 'boussole.js');

describe('boussole check with suppression comments', () => {
  it('reports nothing for a line the note silences', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boussole-'));
    const text = readFileSync(join(FIXTURES, 'meeting', 'non-decider-en.md'), 'utf8');
    const file = join(dir, 'call.md');
    const check = () => JSON.parse(spawnSync(process.execPath, [BIN, 'check', file, '-f', 'json', '--today', '2020-01-01'], { encoding: 'utf8' }).stdout);
    writeFileSync(file, text);
    assert.deepEqual(check()[0].findings.map((f: { rule: string }) => f.rule), ['next-step-non-decider']);
    writeFileSync(file, text.replace('- Send the proposal', '<!-- boussole-disable-next-line next-step-non-decider -->\n- Send the proposal'));
    assert.deepEqual(check()[0].findings, []);
  });
});
