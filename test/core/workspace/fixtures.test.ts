// Every workspace of test/fixtures-workspaces/ against its expected.json: the cross-note findings
// it must give, each in its note, at its line, with the notes it relates to, and nothing else.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines } from '../../../server/src/core/model';
import { allWorkspaceFindings } from '../../../server/src/core/workspace/findings';
import { folderUri, indexOf, notesIn } from '../../helpers/workspace';

const ROOT = join(__dirname, '..', '..', 'fixtures-workspaces');

interface Expected {
  today: string;
  findings: { note: string; rule: string; at: string; related: string[]; says?: string[] }[];
}

describe('workspace fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(`${name}: the cross-note findings written in expected.json, and no other`, () => {
      const folder = join(ROOT, name);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
      const notes = notesIn(folder);
      const root = folderUri(folder);
      const pathOf = (uri: string) => uri.slice(root.length);
      const found = allWorkspaceFindings(indexOf(notes, root), expected.today);
      const actual = [...found].flatMap(([uri, findings]) => findings.map((finding) => ({ note: pathOf(uri), finding })));
      const describe = (list: { note: string; rule: string }[]) => list.map((f) => `${f.note} ${f.rule}`).sort();
      assert.deepEqual(describe(actual.map(({ note, finding }) => ({ note, rule: finding.rule }))), describe(expected.findings),
        actual.map(({ note, finding }) => `${note}:${finding.range.start.line + 1} ${finding.rule}: ${finding.message}`).join('\n'));
      for (const want of expected.findings) {
        const { finding } = actual.find((a) => a.note === want.note && a.finding.rule === want.rule)!;
        const line = splitLines(notes[want.note])[finding.range.start.line];
        assert.ok(line.includes(want.at), `${want.note} ${want.rule}: at line ${finding.range.start.line + 1} "${line}", not "${want.at}"`);
        assert.deepEqual([...new Set((finding.related ?? []).map((r) => pathOf(r.uri)))].sort(), [...want.related].sort(), `${want.note} ${want.rule}: related`);
        for (const words of want.says ?? []) assert.ok(finding.message.includes(words), `${want.note} ${want.rule}: "${finding.message}" should say "${words}"`);
        assert.doesNotMatch(finding.message, /undefined|NaN|\[object/);
      }
    });
  }
});
