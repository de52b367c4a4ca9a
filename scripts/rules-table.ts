// Writes docs/rules/<folder>-table.md: the rules that read the notes of test/fixtures/<folder>,
// measured against every fixture there, and docs/rules/accuracy-table.md: each rule's precision and
// recall over all the fixtures. Run: npm run rules:table (or npx tsx scripts/rules-table.ts session)
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/rules';
import { FIXTURES, expectedFindings, listFixtures, readFixture } from '../test/helpers/fixtures';

export const ROOT = join(__dirname, '..');
export const FOLDERS = ['session', 'meeting'];

/** The folders measured together by the accuracy table: every fixture, notes that must stay silent included. */
export const ALL_FOLDERS = ['session', 'meeting', 'other'];
export const ACCURACY = 'accuracy';

export function tablePath(folder: string): string {
  return join(ROOT, 'docs', 'rules', `${folder}-table.md`);
}

export interface RuleTotals {
  rule: string;
  fired: number;
  expected: number;
  /** Findings reported on a line where the fixture expects them. */
  matched: number;
}

interface Row {
  name: string;
  clean: boolean;
  findings: number;
  cells: Map<string, RuleTotals>;
}

function measure(folder: string, allRules = false): { rules: string[]; rows: Row[] } {
  const notes = listFixtures(join(FIXTURES, folder)).map(readFixture);
  const analysed = notes.map(({ name, text }) => ({ name, text, ...analyze(text) }));
  const rules = RULES.filter((rule) => allRules || analysed.some((note) => rule.kinds.includes(note.model.kind))).map((rule) => rule.id);
  const rows = analysed.map(({ name, text, findings }) => {
    const expected = expectedFindings(text);
    const cells = new Map(rules.map((rule) => {
      const left = expected.filter((e) => e.rule === rule).map((e) => e.line);
      const fired = findings.filter((f) => f.rule === rule).map((f) => f.range.start.line);
      let matched = 0;
      for (const line of fired) {
        const at = left.indexOf(line);
        if (at >= 0) {
          left.splice(at, 1);
          matched++;
        }
      }
      const wanted = expected.filter((e) => e.rule === rule).length;
      return [rule, { rule, fired: fired.length, expected: wanted, matched }];
    }));
    return { name: relative(join(FIXTURES, folder), join(FIXTURES, name)), clean: !expected.length, findings: findings.length, cells };
  });
  return { rules, rows };
}

export function ruleTotals(folder: string, allRules = false): RuleTotals[] {
  const { rules, rows } = measure(folder, allRules);
  return rules.map((rule) => rows.reduce((sum, row) => {
    const cell = row.cells.get(rule)!;
    return { rule, fired: sum.fired + cell.fired, expected: sum.expected + cell.expected, matched: sum.matched + cell.matched };
  }, { rule, fired: 0, expected: 0, matched: 0 }));
}

export function rulesTable(folder: string): string {
  const { rules, rows } = measure(folder);
  const cell = (c: RuleTotals) => (c.fired || c.expected ? `${c.fired}/${c.expected}` : '·');
  const clean = rows.filter((row) => row.clean);
  return [
    `# Rules against the ${folder} fixtures`,
    '',
    `Generated from \`test/fixtures/${folder}/\` by \`npm run rules:table\`; a test fails when it is out of date.`,
    'A finding is *matched* when the fixture expects it on the same line.',
    '',
    '| rule | fired | expected | matched |',
    '|---|---|---|---|',
    ...ruleTotals(folder).map((t) => `| [${t.rule}](${t.rule}.md) | ${t.fired} | ${t.expected} | ${t.matched} |`),
    '',
    '## By fixture',
    '',
    'Each cell is *fired/expected* in that note; `·` means neither.',
    '',
    `| fixture | ${rules.join(' | ')} |`,
    `|---|${rules.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.name} | ${rules.map((id) => cell(row.cells.get(id)!)).join(' | ')} |`),
    '',
    '## Precision',
    '',
    `${clean.filter((row) => row.findings === 0).length} of ${clean.length} notes that must stay clean get no finding.`,
    '',
  ].join('\n');
}

/** Each rule over every fixture: the totals of all folders. */
export function accuracyTotals(): RuleTotals[] {
  const byRule = new Map<string, RuleTotals>();
  for (const folder of ALL_FOLDERS) {
    for (const t of ruleTotals(folder, true)) {
      const sum = byRule.get(t.rule) ?? { rule: t.rule, fired: 0, expected: 0, matched: 0 };
      byRule.set(t.rule, { rule: t.rule, fired: sum.fired + t.fired, expected: sum.expected + t.expected, matched: sum.matched + t.matched });
    }
  }
  return [...byRule.values()];
}

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((1000 * part) / whole) / 10} %` : '—';
}

export function accuracyTable(): string {
  const totals = accuracyTotals();
  const all = totals.reduce((sum, t) => ({ fired: sum.fired + t.fired, expected: sum.expected + t.expected, matched: sum.matched + t.matched }),
    { fired: 0, expected: 0, matched: 0 });
  return [
    '# Precision and recall of each rule',
    '',
    `Generated from every note in \`test/fixtures/\` (${ALL_FOLDERS.join(', ')}) by \`npm run rules:table\`; a test fails when it is out of date.`,
    'A finding is *matched* when the fixture expects that rule on that line. Precision is matched / fired',
    '(how often a finding is right), recall is matched / expected (how many expected findings are found).',
    '',
    '| rule | fired | expected | matched | precision | recall |',
    '|---|---|---|---|---|---|',
    ...totals.map((t) => `| [${t.rule}](${t.rule}.md) | ${t.fired} | ${t.expected} | ${t.matched} | ${percent(t.matched, t.fired)} | ${percent(t.matched, t.expected)} |`),
    `| all rules | ${all.fired} | ${all.expected} | ${all.matched} | ${percent(all.matched, all.fired)} | ${percent(all.matched, all.expected)} |`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const wanted = process.argv.length > 2 ? process.argv.slice(2) : [...FOLDERS, ACCURACY];
  for (const folder of wanted) {
    writeFileSync(tablePath(folder), folder === ACCURACY ? accuracyTable() : rulesTable(folder));
    console.log(`wrote ${relative(ROOT, tablePath(folder))}`);
  }
}
