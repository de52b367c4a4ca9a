// Output formats for CI on the built CLI: SARIF against the official schema, GitHub annotations,
// the stable JSON, --quiet and --max-warnings with their exit codes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { folder, ROOT, rulesOf, runCli } from './helpers/cli';

const MEETING = readFileSync(join(ROOT, 'test/fixtures/meeting/non-decider-en.md'), 'utf8');
const SESSION = readFileSync(join(ROOT, 'examples/seance-richard-posture-commerciale.md'), 'utf8');

describe('boussole check output formats', () => {
  it('writes SARIF 2.1.0 that the official schema accepts, with rules, levels and one-based regions', () => {
    const { code, stdout } = runCli(['check', 'examples', '--format', 'sarif']);
    assert.equal(code, 0);
    const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: unknown; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));

    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    const noFacts = driver.rules.find((r: { id: string }) => r.id === 'no-facts')!;
    assert.match(noFacts.shortDescription.text, /Facts/);
    assert.match(noFacts.helpUri, /^file:\/\/.*\/docs\/rules\/no-facts\.md$/);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-facts')!;
    assert.equal(driver.rules[result.ruleIndex].id, 'no-facts');
    assert.equal(result.level, 'warning');
    const location = result.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'examples/seance-richard-posture-commerciale.md', uriBaseId: 'SRCROOT' });
    // The stylish output says 20:1 for this finding: SARIF is one-based too.
    assert.equal(location.region.startLine, 20);
    assert.equal(location.region.startColumn, 1);
    const info = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unexplored-emotion')!;
    assert.equal(info.level, 'note');
  });

  it('writes GitHub annotations, escaping what would end the command', () => {
    const note = readFileSync(join(ROOT, 'examples/rdv-responsable-du-machin.md'), 'utf8');
    const dir = folder({ 'a,b:c%.md': note });
    const { code, stdout } = runCli(['check', '.', '--format', 'github'], { cwd: dir });
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) assert.equal(line.split('::').length, 3, line);
    const forecast = lines.find((line) => line.includes('forecast-without-decider'))!;
    assert.match(forecast, /^::warning file=a%2Cb%3Ac%25\.md,line=27,col=3,endLine=27,endColumn=\d+,title=Boussole forecast-without-decider::/);
    assert.match(forecast, /pronostic 35 %25/);
    assert.match(lines[0], /^::notice /);
  });

  it('keeps the JSON shape for the same notes', () => {
    const reports = JSON.parse(runCli(['check', 'examples/rdv-responsable-du-machin.md', '-f', 'json']).stdout);
    assert.deepEqual(Object.keys(reports[0]), ['file', 'kind', 'language', 'kindEvidence', 'findings']);
    assert.deepEqual(Object.keys(reports[0].findings[0]), ['rule', 'severity', 'message', 'range']);
  });

  it('fails on a rule raised to error by the configuration, and --quiet shows only errors', () => {
    const dir = folder({ 'call.md': MEETING, 'seance.md': SESSION, '.boussole.jsonc': '{ "rules": { "next-step-non-decider": "error" } }' });
    const all = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    assert.equal(all.code, 1);
    const quiet = runCli(['check', '.', '-f', 'json', '--quiet'], { cwd: dir });
    assert.equal(quiet.code, 1);
    const reports = JSON.parse(quiet.stdout);
    assert.deepEqual(reports.map(rulesOf), [['next-step-non-decider'], []]);
    assert.equal(reports[0].findings[0].severity, 'error');
    const stylish = runCli(['check', '.', '-q'], { cwd: dir });
    assert.match(stylish.stdout, /error +Cette étape|error +This step|error .*next-step-non-decider/);
    assert.ok(!/warning/.test(stylish.stdout.trim().split('\n').slice(0, -1).join('\n')), stylish.stdout);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 at the limit', () => {
    const dir = folder({ 'seance.md': SESSION });
    const warnings = JSON.parse(runCli(['check', '.', '-f', 'json'], { cwd: dir }).stdout)[0].findings
      .filter((f: { severity: string }) => f.severity === 'warning').length;
    assert.ok(warnings >= 2);
    assert.equal(runCli(['check', '.', '--max-warnings', String(warnings)], { cwd: dir }).code, 0);
    const over = runCli(['check', '.', '--max-warnings', String(warnings - 1)], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
    assert.equal(runCli(['check', '.', '--max-warnings', 'many'], { cwd: dir }).code, 2);
  });
});
