// Writes docs/rules/<folder>-table.md: the rules that read the notes of test/fixtures/<folder>,
// measured against every fixture there. Run: npm run rules:table (or npx tsx scripts/rules-table.ts session)
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/rules';
import { FIXTURES, expectedFindings, listFixtures, readFixture } from '../test/helpers/fixtures';

export const ROOT = join(__dirname, '..');
export const FOLDERS = ['session', 'meeting'];

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

function measure(folder: string): { rules: string[]; rows: Row[] } {
  const notes = listFixtures(join(FIXTURES, folder)).map(readFixture);
  const analysed = notes.map(({ name, text }) => ({ name, text, ...analyze(text) }));
  const rules = RULES.filter((rule) => analysed.some((note) => rule.kinds.includes(note.model.kind))).map((rule) => rule.id);
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

export function ruleTotals(folder: string): RuleTotals[] {
  const { rules, rows } = measure(folder);
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

if (require.main === module) {
  for (const folder of process.argv.length > 2 ? process.argv.slice(2) : FOLDERS) {
    writeFileSync(tablePath(folder), rulesTable(folder));
    console.log(`wrote ${relative(ROOT, tablePath(folder))}`);
  }
}
