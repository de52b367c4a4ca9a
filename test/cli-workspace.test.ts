// `boussole check` over a folder builds the workspace index: cross-note findings come with the
// others, with the other notes in JSON (`related`), SARIF (`relatedLocations`), GitHub annotations
// and the terminal. Today comes from --today or BOUSSOLE_TODAY.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { BIN, ROOT, runCli } from './helpers/cli';

const GIRARD = join(ROOT, 'test', 'fixtures-workspaces', 'transports-girard');
const CROSS_NOTE = ['decider-never-met', 'single-threaded', 'open-items-not-reviewed', 'overdue-commitment'];

interface JsonFinding { rule: string; range: { start: { line: number } }; related?: { file: string; range: { start: { line: number } } }[] }
const crossNote = (stdout: string) => (JSON.parse(stdout) as { file: string; findings: JsonFinding[] }[])
  .flatMap((report) => report.findings.filter((f) => CROSS_NOTE.includes(f.rule)).map((f) => ({ file: report.file, ...f })));

describe('boussole check across notes', () => {
  it('reports cross-note findings in JSON, with the related notes named like the files', () => {
    const { code, stdout } = runCli(['check', '.', '-f', 'json', '--today', '2026-04-28'], { cwd: GIRARD });
    assert.equal(code, 0);
    const found = crossNote(stdout);
    assert.deepEqual(found.map((f) => `${f.file} ${f.rule}`), [
      'girard/2026-03-02-premier-rdv.md overdue-commitment',
      'girard/2026-03-16-suivi.md open-items-not-reviewed',
      'girard/2026-04-14-point.md decider-never-met',
      'girard/2026-04-14-point.md single-threaded',
      'girard/2026-04-14-point.md overdue-commitment',
    ]);
    const reviewed = found.find((f) => f.rule === 'open-items-not-reviewed')!;
    assert.deepEqual(reviewed.related?.map((r) => [r.file, r.range.start.line]), [['girard/2026-03-02-premier-rdv.md', 24]]);
    // The cross-note findings take their place among the note's own, in line order.
    const point = (JSON.parse(stdout) as { file: string; findings: JsonFinding[] }[]).find((r) => r.file.endsWith('point.md'))!;
    const lines = point.findings.map((f) => f.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  });

  it('asks a follow-up who decides only when the account\'s earlier meetings did not say it', () => {
    const rulesOf = (stdout: string, name: string) => (JSON.parse(stdout) as { file: string; findings: JsonFinding[] }[])
      .find((report) => report.file.endsWith(name))!.findings.map((f) => f.rule);
    const alone = runCli(['check', 'girard/2026-04-14-point.md', '-f', 'json', '--today', '2026-04-28'], { cwd: GIRARD });
    assert.ok(rulesOf(alone.stdout, 'point.md').includes('no-decider-identified'), 'read alone, the note does not say who decides');
    // The first meeting says Paul Girard (DG) signs: the folder's history answers the question.
    const together = runCli(['check', '.', '-f', 'json', '--today', '2026-04-28'], { cwd: GIRARD });
    assert.ok(!rulesOf(together.stdout, 'point.md').includes('no-decider-identified'));
  });

  it('counts overdue steps from BOUSSOLE_TODAY, and --today wins over it', () => {
    const run = (args: string[], today: string) => spawnSync(process.execPath, [BIN, 'check', '.', '-f', 'json', ...args],
      { cwd: GIRARD, encoding: 'utf8', env: { ...process.env, BOUSSOLE_TODAY: today } });
    const overdue = (stdout: string) => crossNote(stdout).filter((f) => f.rule === 'overdue-commitment').length;
    assert.equal(overdue(run([], '2026-03-10').stdout), 0);
    assert.equal(overdue(run([], '2026-04-28').stdout), 2);
    assert.equal(overdue(run(['--today', '2026-03-10'], '2026-04-28').stdout), 0);
    const bad = runCli(['check', '.', '--today', '2026-02-30'], { cwd: GIRARD });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--today takes a day written YYYY-MM-DD, not "2026-02-30"/);
  });

  it('gives SARIF results their related locations, as the schema wants them', () => {
    const { stdout } = runCli(['check', '.', '-f', 'sarif', '--today', '2026-04-28'], { cwd: GIRARD });
    const log = JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; relatedLocations?: unknown }[] }[] };
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-2.1.0.json'), 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const result = log.runs[0].results.find((r) => r.ruleId === 'open-items-not-reviewed');
    assert.deepEqual(result?.relatedLocations, [{
      id: 0,
      physicalLocation: {
        artifactLocation: { uri: 'girard/2026-03-02-premier-rdv.md', uriBaseId: 'SRCROOT' },
        region: { startLine: 25, startColumn: 3, endLine: 25, endColumn: 78 },
      },
    }]);
    assert.ok(log.runs[0].tool.driver.rules.some((r) => r.id === 'single-threaded'));
  });

  it('names the other notes in GitHub annotations and on the terminal', () => {
    const github = runCli(['check', '.', '-f', 'github', '--today', '2026-04-28'], { cwd: GIRARD }).stdout;
    assert.match(github, /^::warning file=girard\/2026-03-16-suivi\.md,line=7,.*title=Boussole open-items-not-reviewed::Cette note suit .* \(see girard\/2026-03-02-premier-rdv\.md:25\)$/m);
    const stylish = runCli(['check', '.', '--today', '2026-04-28'], { cwd: GIRARD }).stdout;
    assert.match(stylish, /open-items-not-reviewed\n {18}see girard\/2026-03-02-premier-rdv\.md:25\n/);
  });

  it('finds nothing across ordinary Markdown: READMEs, guides and team minutes', () => {
    const { code, stdout } = runCli(['check', '.', '-f', 'json', '--today', '2026-06-01'], { cwd: join(ROOT, 'test', 'fixtures-workspaces', 'plain-markdown') });
    assert.equal(code, 0);
    assert.deepEqual(crossNote(stdout), []);
  });
});
