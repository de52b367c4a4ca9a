// Writes docs/rules/<folder>-table.md: every rule that reads the notes of test/fixtures/<folder>,
// against every fixture there, as "fired/expected". Run: npx tsx scripts/rules-table.ts meeting
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/rules';
import { FIXTURES, expectedFindings, listFixtures, readFixture } from '../test/helpers/fixtures';

export const ROOT = join(__dirname, '..');

export function tablePath(folder: string): string {
  return join(ROOT, 'docs', 'rules', `${folder}-table.md`);
}

export function rulesTable(folder: string): string {
  const rows = listFixtures(join(FIXTURES, folder)).map((path) => {
    const { text } = readFixture(path);
    const { model, findings } = analyze(text);
    const count = (rules: string[]) => (id: string) => rules.filter((rule) => rule === id).length;
    return {
      name: relative(join(FIXTURES, folder), path),
      kind: model.kind,
      fired: count(findings.map((f) => f.rule)),
      expected: count(expectedFindings(text).map((e) => e.rule)),
    };
  });
  const rules = RULES.filter((rule) => rows.some((row) => rule.kinds.includes(row.kind))).map((rule) => rule.id);
  const cell = (fired: number, expected: number) => (fired || expected ? `${fired}/${expected}` : '·');
  const lines = [
    `# Rules against the ${folder} fixtures`,
    '',
    `Generated from \`test/fixtures/${folder}/\` by \`npx tsx scripts/rules-table.ts ${folder}\`; do not edit by hand.`,
    'Each cell is "findings reported / findings expected" in that note; `·` means neither. The notes',
    'under `clean/` are the precision set: good notes that must get no finding.',
    '',
    `| fixture | ${rules.join(' | ')} |`,
    `|---|${rules.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.name} | ${rules.map((id) => cell(row.fired(id), row.expected(id))).join(' | ')} |`),
  ];
  const total = (pick: (row: (typeof rows)[number]) => (id: string) => number) => (id: string) =>
    rows.reduce((sum, row) => sum + pick(row)(id), 0);
  const fired = total((row) => row.fired);
  const expected = total((row) => row.expected);
  lines.push(`| **total** | ${rules.map((id) => `**${fired(id)}/${expected(id)}**`).join(' | ')} |`);
  const clean = rows.filter((row) => row.name.startsWith('clean/'));
  const quiet = clean.filter((row) => rules.every((id) => row.fired(id) === 0));
  lines.push('', `Precision set: ${quiet.length} of ${clean.length} good notes get no finding.`, '');
  return lines.join('\n');
}

if (require.main === module) {
  const folder = process.argv[2] ?? 'meeting';
  writeFileSync(tablePath(folder), rulesTable(folder));
  console.log(`wrote ${relative(ROOT, tablePath(folder))}`);
}
