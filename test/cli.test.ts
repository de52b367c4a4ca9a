// The CLI as a user runs it: the bundled bin, real files, exit codes and both formats.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'boussole.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BOUSSOLE_TODAY: '2020-01-01' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('boussole check', () => {
  it('prints the stable JSON shape, with paths as given', () => {
    const { code, stdout } = run('check', 'examples/seance-richard-posture-commerciale.md', '--format', 'json');
    assert.equal(code, 0);
    const [report] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['file', 'kind', 'language', 'kindEvidence', 'findings']);
    assert.deepEqual(Object.keys(report.kindEvidence), ['kind', 'source', 'confidence', 'draft', 'scores', 'signals']);
    assert.equal(report.file, 'examples/seance-richard-posture-commerciale.md');
    assert.equal(report.kind, 'session');
    assert.equal(report.language, 'fr');
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    assert.ok(rules.includes('no-facts') && rules.includes('request-not-reformulated'), rules.join());
    const finding = report.findings[0];
    assert.deepEqual(Object.keys(finding), ['rule', 'severity', 'message', 'range']);
    assert.deepEqual(Object.keys(finding.range.start), ['line', 'character']);
  });

  it('gives the evidence of a note\'s kind in JSON, and explains it with --explain', () => {
    const [report] = JSON.parse(run('check', 'test/fixtures/meeting/clean/discovery-no-deal-yet.md', '-f', 'json').stdout);
    assert.equal(report.kindEvidence.source, 'evidence');
    const seller = report.kindEvidence.signals.find((s: { family: string }) => s.family === 'sides');
    assert.deepEqual(seller, { family: 'sides', towards: 'meeting', weight: 3, line: 5, text: 'Me (account executive)' });

    const { code, stdout } = run('check', '--explain', 'test/fixtures/meeting/clean/discovery-no-deal-yet.md', 'test/fixtures/other/readme.md');
    assert.equal(code, 0);
    assert.match(stdout, /discovery-no-deal-yet\.md {2}\(meeting, en\)\n {2}Read as sales meeting \(confidence 0\.\d\d\)\n {4}\+ a seller and a buyer\n {8}6 +Me \(account executive\)/);
    assert.match(stdout, /readme\.md {2}\(unknown, en\)\n {2}Read as ordinary Markdown, not checked/);
    assert.match(stdout, /- a README or documentation\n {8}5 +Installation/);
    assert.match(stdout, /To change it: `type: session`, `type: meeting` or `type: none`/);
  });

  it('checks a folder and a glob', () => {
    const folder = JSON.parse(run('check', 'examples', '-f', 'json').stdout);
    assert.ok(folder.length >= 4);
    assert.ok(folder.some((r: { kind: string }) => r.kind === 'meeting'));
    const glob = JSON.parse(run('check', 'examples/rdv-*.md', '--format=json').stdout);
    assert.deepEqual(glob.map((r: { file: string }) => r.file), ['examples/rdv-responsable-du-machin.md']);
    assert.ok(glob[0].findings.some((f: { rule: string }) => f.rule === 'next-step-non-decider'));
  });

  it('prints findings with one-based positions in the stylish format', () => {
    const { code, stdout } = run('check', 'examples/rdv-responsable-du-machin.md');
    assert.equal(code, 0);
    assert.match(stdout, /examples\/rdv-responsable-du-machin\.md {2}\(meeting, fr\)/);
    assert.match(stdout, /26:3 +warning +Cette étape s’adresse à Jean Dupont.*next-step-non-decider/);
    assert.match(stdout, /1 note checked: \d+ findings? \(0 error, \d+ warning/);
  });

  it('says so when good notes have nothing to report', () => {
    const { code, stdout } = run('check', 'examples/good-meeting-acme-renewal.md');
    assert.equal(code, 0);
    assert.match(stdout, /1 note checked: no finding/);
  });

  it('exits 2 with a clear message on a missing file', () => {
    const { code, stderr } = run('check', 'examples/nope.md');
    assert.equal(code, 2);
    assert.match(stderr, /cannot find "examples\/nope\.md": no such file or folder/);
  });

  it('exits 2 on a folder without notes and on a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boussole-'));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const empty = run('check', join(dir, 'empty'));
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /is a folder with no Markdown notes/);
    const binary = run('check', join(dir, 'photo.md'));
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /is a binary file, not a Markdown note/);
  });

  it('exits 2 on usage errors and shows the usage', () => {
    for (const args of [[], ['lint'], ['check', '--format', 'xml'], ['check', '--colour']]) {
      const { code, stderr } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: boussole check/);
    }
  });

  it('still reports the readable notes when one input cannot be read', () => {
    const { code, stdout, stderr } = run('check', 'examples/rdv-responsable-du-machin.md', 'missing.md', '-f', 'json');
    assert.equal(code, 2);
    assert.match(stderr, /missing\.md/);
    const reports = JSON.parse(stdout);
    assert.deepEqual(reports.map((r: { file: string }) => r.file), ['examples/rdv-responsable-du-machin.md']);
    assert.ok(reports[0].findings.some((f: { rule: string }) => f.rule === 'next-step-non-decider'));
  });
});
