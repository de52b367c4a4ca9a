// The built CLI with configuration files: discovery, --config, extends, invalid files, init.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder, ROOT, rulesOf, runCli } from './helpers/cli';

const MEETING = readFileSync(join(ROOT, 'test/fixtures/meeting/non-decider-en.md'), 'utf8');
const severities = (stdout: string) => JSON.parse(stdout).map((r: { findings: { rule: string; severity: string }[] }) =>
  r.findings.map((f) => `${f.rule}:${f.severity}`));

describe('boussole check with a configuration', () => {
  it('applies the nearest configuration above each note, with what it extends', () => {
    const dir = folder({
      '.boussole.jsonc': '// company-wide\n{ "rules": { "next-step-non-decider": "error" } }',
      'team/.boussole.yaml': 'extends: ../.boussole.jsonc\nrules:\n  next-step-non-decider: info\n',
      'team/call.md': MEETING,
      'call.md': MEETING,
    });
    const { code, stdout } = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    assert.equal(code, 1);
    assert.deepEqual(severities(stdout), [['next-step-non-decider:error'], ['next-step-non-decider:info']]);
  });

  it('uses --config for every note, and refuses a missing one', () => {
    const dir = folder({ 'team/.boussole.jsonc': '{ "rules": { "next-step-non-decider": "error" } }', 'ci.yaml': 'rules:\n  next-step-non-decider: "off"\n', 'team/call.md': MEETING });
    const { code, stdout } = runCli(['check', 'team', '--config', 'ci.yaml', '-f', 'json'], { cwd: dir });
    assert.equal(code, 0);
    assert.deepEqual(severities(stdout), [[]]);
    const missing = runCli(['check', 'team', '--config', 'nope.jsonc'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot find the configuration file "nope\.jsonc"/);
  });

  it('reports an invalid configuration once, with line and column, and checks with the defaults', () => {
    const dir = folder({
      '.boussole.jsonc': '{\n  "rules": {\n    "next-step-non-decider": "fatal"\n  }\n}\n',
      'a.md': MEETING,
      'b.md': MEETING,
    });
    const { code, stdout, stderr } = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stderr, 'boussole: invalid configuration, the defaults apply: .boussole.jsonc:3:30: "rules.next-step-non-decider" is "fatal"; allowed: off, hint, info, warning, error\n');
    assert.deepEqual(severities(stdout), [['next-step-non-decider:warning'], ['next-step-non-decider:warning']]);
  });

  it('names an extends cycle', () => {
    const dir = folder({ '.boussole.jsonc': '{ "extends": "./other.jsonc" }', 'other.jsonc': '{ "extends": "./.boussole.jsonc" }', 'a.md': MEETING });
    const { code, stderr } = runCli(['check', '.'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /other\.jsonc:1:14: "extends" makes a cycle: \.boussole\.jsonc -> other\.jsonc -> \.boussole\.jsonc/);
  });

  it('adds the team\'s lexicon: a decider title of theirs', () => {
    const dir = folder({ 'a.md': readFileSync(join(ROOT, 'test/fixtures/meeting/no-decider.en.md'), 'utf8') });
    const before = JSON.parse(runCli(['check', '.', '-f', 'json'], { cwd: dir }).stdout)[0];
    assert.deepEqual(rulesOf(before), ['no-decider-identified']);
    writeFileSync(join(dir, '.boussole.jsonc'), '{ "lexicon": { "deciderTitles": ["Digital project lead"] } }');
    const after = JSON.parse(runCli(['check', '.', '-f', 'json'], { cwd: dir }).stdout)[0];
    assert.deepEqual(rulesOf(after), []);
  });

  it('init writes a commented starter configuration that is valid, and never overwrites one', () => {
    const dir = folder({ 'a.md': MEETING });
    const first = runCli(['init'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const written = readFileSync(join(dir, '.boussole.jsonc'), 'utf8');
    assert.match(written, /^\/\/ Boussole configuration/);
    assert.equal(runCli(['check', '.'], { cwd: dir }).code, 0);
    writeFileSync(join(dir, '.boussole.jsonc'), '{ "language": "fr" }');
    const again = runCli(['init'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /\.boussole\.jsonc already exists in this folder: it is left as it is/);
    assert.equal(readFileSync(join(dir, '.boussole.jsonc'), 'utf8'), '{ "language": "fr" }');
  });

  it('documents every flag in --help', () => {
    const { code, stdout } = runCli(['--help']);
    assert.equal(code, 0);
    for (const flag of ['--format', 'sarif', 'github', '--config', '--max-warnings', '--quiet', '--stdin-filename', '--jobs', 'init', 'Exit codes']) {
      assert.ok(stdout.includes(flag), flag);
    }
  });
});
