// Configuration files: discovery, extends, validation with positions, and what reaches the analysis.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import schema from '../../schemas/boussole.schema.json';
import {
  analyzeOptions, DEFAULT_CONFIG, findConfigFile, formatConfigProblem, invalidateConfigCache, isNoteFile, loadConfigFile, loadConfigFor, STARTER_CONFIG,
} from '../../server/src/config';
import { parseConfigText } from '../../server/src/config/parse';
import { analyze } from '../../server/src/core/analyze';
import { RULES, WORKSPACE_RULES } from '../../server/src/rules';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'boussole-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  invalidateConfigCache();
  return root;
}

describe('configuration files', () => {
  it('the nearest file above a note wins, and builds on what it extends', () => {
    const root = tree({
      '.boussole.yaml': 'rules:\n  no-facts: error\n  closed-questions: "off"\nlexicon:\n  company: [Northwind]\n',
      'team/.boussole.jsonc': '// the sales team\n{ "extends": "../.boussole.yaml", "rules": { "no-facts": "info" }, "lexicon": { "company": ["Northwind Sales"] }, "language": "en" }',
      'team/notes/a.md': '# A',
      'other/b.md': '# B',
    });
    const team = loadConfigFor(join(root, 'team/notes/a.md'));
    assert.deepEqual(team.problems, []);
    assert.equal(team.file, join(root, 'team/.boussole.jsonc'));
    assert.deepEqual(team.files, [join(root, 'team/.boussole.jsonc'), join(root, '.boussole.yaml')]);
    assert.deepEqual(team.config.rules, { 'no-facts': 'info', 'closed-questions': 'off' });
    assert.deepEqual(team.config.lexicon.company, ['Northwind', 'Northwind Sales']);
    assert.equal(team.config.language, 'en');
    const other = loadConfigFor(join(root, 'other/b.md'));
    assert.equal(other.file, join(root, '.boussole.yaml'));
    assert.deepEqual(other.config.rules, { 'no-facts': 'error', 'closed-questions': 'off' });
  });

  it('gives no file and the defaults when there is none', () => {
    const root = tree({ 'a.md': '# A' });
    const loaded = loadConfigFor(join(root, 'a.md'));
    // Only a configuration above the temporary folder could apply, and none is there.
    assert.equal(findConfigFile(join(root, 'a.md')), findConfigFile(root));
    assert.equal(loaded.file, findConfigFile(root));
    assert.deepEqual(loaded.problems, []);
    if (!loaded.file) assert.equal(loaded.config, DEFAULT_CONFIG);
  });

  it('reports a wrong severity once, at its line and column, with what is allowed; the defaults apply', () => {
    const root = tree({ '.boussole.jsonc': '{\n  "rules": {\n    "no-facts": "fatal"\n  }\n}\n' });
    const loaded = loadConfigFile(join(root, '.boussole.jsonc'));
    assert.equal(loaded.problems.length, 1);
    const [problem] = loaded.problems;
    assert.deepEqual(problem.range.start, { line: 2, character: 16 });
    assert.equal(formatConfigProblem(problem, root), '.boussole.jsonc:3:17: "rules.no-facts" is "fatal"; allowed: off, hint, info, warning, error');
    assert.deepEqual(loaded.config.rules, {});
  });

  it('names an unknown rule or key and lists the allowed ones', () => {
    const root = tree({
      'a/.boussole.yaml': 'rules:\n  no-fact: error\n',
      'b/.boussole.json': '{ "rule": {} }',
    });
    const [rule] = loadConfigFile(join(root, 'a/.boussole.yaml')).problems;
    assert.match(rule.message, /^unknown rule "no-fact"; allowed: no-facts, request-not-reformulated, /);
    assert.deepEqual(rule.range.start, { line: 1, character: 2 });
    const [key] = loadConfigFile(join(root, 'b/.boussole.json')).problems;
    assert.match(key.message, /^unknown key "rule" in the configuration; allowed: extends, rules, notes, ignore, language, lexicon$/);
    assert.deepEqual(key.range.start, { line: 0, character: 2 });
  });

  it('reports syntax errors with their position, without quoting the file', () => {
    const root = tree({ '.boussole.yaml': 'rules:\n  no-facts: [error\n', 'j/.boussole.jsonc': '{ "rules": { "no-facts": "error" }' });
    const [yaml] = loadConfigFile(join(root, '.boussole.yaml')).problems;
    assert.match(yaml.message, /^invalid YAML: /);
    assert.ok(!yaml.message.includes('no-facts'), yaml.message);
    const [json] = loadConfigFile(join(root, 'j/.boussole.jsonc')).problems;
    assert.match(json.message, /^invalid JSON: close brace expected/);
    assert.equal(json.range.start.line, 0);
  });

  it('detects an extends cycle and a missing base, at the extends line', () => {
    const root = tree({
      'a/.boussole.jsonc': '{\n  "extends": "../b/.boussole.jsonc"\n}',
      'b/.boussole.jsonc': '{\n  "extends": "../a/.boussole.jsonc"\n}',
      'c/.boussole.jsonc': '{\n  "extends": ["../a/.boussole.jsonc", "nope.jsonc"]\n}',
      'd/.boussole.jsonc': '{ "extends": "nope.jsonc" }',
    });
    const [cycle] = loadConfigFile(join(root, 'a/.boussole.jsonc')).problems;
    assert.equal(cycle.file, join(root, 'b/.boussole.jsonc'));
    assert.equal(cycle.message, `"extends" makes a cycle: ${['a', 'b', 'a'].map((d) => join(root, d, '.boussole.jsonc')).join(' -> ')}; a configuration cannot extend itself`);
    assert.equal(cycle.range.start.line, 1);
    const [missing] = loadConfigFile(join(root, 'd/.boussole.jsonc')).problems;
    assert.equal(missing.message, '"extends" names "nope.jsonc", which is not a file (paths are relative to this file)');
    assert.deepEqual(missing.range.start, { line: 0, character: 13 });
  });

  it('checks unsaved text without caching it', () => {
    const root = tree({ '.boussole.jsonc': '{}' });
    const file = join(root, '.boussole.jsonc');
    assert.equal(loadConfigFile(file, '{ "language": "de" }').problems[0].message, '"language" is "de"; allowed: fr, en');
    assert.deepEqual(loadConfigFile(file).problems, []);
  });

  it('says which files are notes: notes and ignore globs relative to their file', () => {
    const root = tree({
      '.boussole.jsonc': '{ "ignore": ["archive/**"] }',
      'team/.boussole.jsonc': '{ "extends": "../.boussole.jsonc", "notes": ["notes/**/*.md"], "ignore": ["**/draft-*"] }',
    });
    const config = loadConfigFor(join(root, 'team/x.md')).config;
    assert.ok(isNoteFile(config, join(root, 'team/notes/a.md')));
    assert.ok(!isNoteFile(config, join(root, 'team/readme.md')), 'outside notes');
    assert.ok(!isNoteFile(config, join(root, 'team/notes/draft-a.md')), 'ignored here');
    assert.ok(!isNoteFile(config, join(root, 'archive/team/notes/a.md')), 'ignored by the base');
    const base = loadConfigFor(join(root, 'x.md')).config;
    assert.ok(isNoteFile(base, join(root, 'a.markdown')) && !isNoteFile(base, join(root, 'a.txt')));
  });

  it('reaches the analysis: severities, off, lexicon and language', () => {
    const root = tree({ '.boussole.jsonc': '{ "rules": { "no-decider-identified": "error", "one-sided-next-step": "off" }, "language": "fr" }' });
    const options = analyzeOptions(loadConfigFor(join(root, 'n.md')).config);
    const note = '# Sales call\n\n## Attendees\n\n- Mark Chen, project lead\n- Me (account executive)\n\n## Next steps\n\n- Proposal walkthrough with Mark\n';
    const findings = analyze(note, options).findings;
    assert.equal(findings.find((f) => f.rule === 'no-decider-identified')?.severity, 'error');
    assert.ok(!findings.some((f) => f.rule === 'one-sided-next-step'));
    assert.ok(analyze(note).findings.some((f) => f.rule === 'one-sided-next-step'));
    assert.equal(analyze('', options).model.language, 'fr');
    assert.equal(analyze('').model.language, 'en');
  });

  it('the schema lists every rule, and the starter configuration follows it', () => {
    const ids = Object.keys(schema.properties.rules.properties);
    assert.deepEqual(ids.filter((id) => !['front-matter', 'note-too-large', 'nesting-too-deep'].includes(id)).sort(), [...RULES, ...WORKSPACE_RULES].map((r) => r.id).sort());
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    const starter = parseConfigText('.boussole.jsonc', STARTER_CONFIG);
    assert.equal(starter.syntaxError, undefined);
    assert.ok(validate(starter.data), JSON.stringify(validate.errors));
  });
});
