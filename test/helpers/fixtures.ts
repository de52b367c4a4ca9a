// Fixtures are real-looking notes whose expected findings are written inside them, at the end of
// the line the finding is reported on: `<!-- expect: no-facts, vague-learnings -->`.
// A fixture without any such comment must get no finding at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');

const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

export interface Expectation {
  rule: string;
  line: number;
}

export function expectedFindings(text: string): Expectation[] {
  const expected: Expectation[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const match of line.matchAll(EXPECT)) {
      for (const rule of match[1].split(',').map((r) => r.trim()).filter(Boolean)) expected.push({ rule, line: index });
    }
  });
  return expected;
}

export function listFixtures(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFixtures(path);
    return entry.name.endsWith('.md') ? [path] : [];
  }).sort();
}

export function readFixture(path: string): { name: string; text: string } {
  return { name: relative(FIXTURES, path), text: readFileSync(path, 'utf8') };
}

/** "rule@line" keys, sorted, so a failure shows the whole difference at once. */
export function keys(items: readonly Expectation[]): string[] {
  return items.map((item) => `${item.rule}@${item.line + 1}`).sort();
}
