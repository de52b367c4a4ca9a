// Every quick fix offered on every fixture and example, with LF and with CRLF line breaks: applied,
// its finding is gone (so it is never offered twice), the note keeps its line breaks, and the
// front matter is still read.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { fixesFor } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { applyEdits } from '../helpers/edits';
import { listFixtures } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const NOTES = [...listFixtures(), ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).map((f) => join(EXAMPLES, f))];

/** Findings like this one: same rule and data, wherever the fix moved the lines. */
const alike = (findings: Finding[], finding: Finding) =>
  findings.filter((f) => f.rule === finding.rule && JSON.stringify(f.data) === JSON.stringify(finding.data)).length;

describe('every quick fix converges', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`on every fixture and example, with ${eol === '\n' ? 'LF' : 'CRLF'} line breaks`, function () {
      this.timeout(120_000);
      const failures: string[] = [];
      let applied = 0;
      for (const path of NOTES) {
        const text = readFileSync(path, 'utf8').replace(/\r?\n/g, eol);
        const { model, findings } = analyze(text);
        for (const finding of findings) {
          for (const fix of fixesFor(finding, model, text)) {
            applied++;
            const where = `${relative(ROOT, path)}:${finding.range.start.line + 1} ${finding.rule} — ${fix.title}`;
            const result = applyEdits(text, fix.edits);
            const after = analyze(result);
            if (result === text) failures.push(`${where}: changes nothing`);
            if (alike(after.findings, finding) >= alike(findings, finding)) failures.push(`${where}: the finding is still there`);
            if (eol === '\r\n' && /(?<!\r)\n/.test(result)) failures.push(`${where}: bare LF in a CRLF note`);
            if (after.model.kind !== model.kind || after.findings.some((f) => f.rule === 'front-matter') !== findings.some((f) => f.rule === 'front-matter')) {
              failures.push(`${where}: the note is read differently`);
            }
          }
        }
      }
      assert.ok(applied > 200, `${applied} fixes tried`);
      assert.deepEqual(failures, []);
    });
  }
});
