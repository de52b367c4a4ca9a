// The committed measurement table must be the one the fixtures produce today.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../../server/src/rules';
import { TABLE_PATH, sessionTable } from '../helpers/rules-table';

describe('session rules table', () => {
  it('docs/rules/session-table.md is up to date (npm run rules:table)', () => {
    assert.equal(readFileSync(TABLE_PATH, 'utf8'), sessionTable());
  });

  it('every session rule fires where expected, and only there, on the fixtures', () => {
    const rows = sessionTable().split('\n').filter((line) => line.startsWith('| `'));
    assert.equal(rows.length, RULES.filter((rule) => rule.kinds.includes('session')).length);
    for (const row of rows) {
      const [id, fired, expected, matched] = row.split('|').slice(1, 5).map((cell) => cell.trim());
      assert.ok(Number(expected) > 0, `${id} is never expected in the session fixtures`);
      assert.equal(matched, fired, `${id}: a finding fired where none was expected`);
      assert.equal(matched, expected, `${id}: an expected finding did not fire`);
    }
  });
});
