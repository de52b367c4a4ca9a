// The committed rule x fixture table must be the one the fixtures produce today.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rulesTable, tablePath } from '../../scripts/rules-table';

describe('docs/rules/meeting-table.md', () => {
  it('is up to date (regenerate with: npx tsx scripts/rules-table.ts meeting)', () => {
    assert.equal(readFileSync(tablePath('meeting'), 'utf8'), rulesTable('meeting'));
  });
});
