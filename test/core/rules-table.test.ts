// The committed measurement tables must be the ones the fixtures produce today, and every rule
// must fire exactly where the fixtures expect it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ACCURACY, FOLDERS, accuracyTable, ruleTotals, rulesTable, tablePath } from '../../scripts/rules-table';

for (const folder of FOLDERS) {
  describe(`docs/rules/${folder}-table.md`, () => {
    it('is up to date (npm run rules:table)', () => {
      assert.equal(readFileSync(tablePath(folder), 'utf8'), rulesTable(folder));
    });

    it('every rule is expected somewhere and fires exactly where expected', () => {
      for (const t of ruleTotals(folder)) {
        assert.ok(t.expected > 0, `${t.rule} is never expected in the ${folder} fixtures`);
        assert.equal(t.matched, t.fired, `${t.rule}: a finding fired where none was expected`);
        assert.equal(t.matched, t.expected, `${t.rule}: an expected finding did not fire`);
      }
    });
  });
}

describe('docs/rules/accuracy-table.md', () => {
  it('is up to date (npm run rules:table)', () => {
    assert.equal(readFileSync(tablePath(ACCURACY), 'utf8'), accuracyTable());
  });
});
