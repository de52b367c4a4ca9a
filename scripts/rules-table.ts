// Writes docs/rules/session-table.md: every session rule against the session fixtures.
import { writeFileSync } from 'node:fs';
import { TABLE_PATH, sessionTable } from '../test/helpers/rules-table';

writeFileSync(TABLE_PATH, sessionTable());
console.log(`Wrote ${TABLE_PATH}`);
