// Every session rule is listed in docs/rules/README.md, and every page listed there exists and says
// what the rule checks, why, and how to fix it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, ruleDocPath } from '../../server/src/rules';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'docs', 'rules', 'README.md'), 'utf8');
const sessionPart = readme.slice(readme.indexOf('## Session rules')).split(/\n## /)[0];

describe('session rule documentation', () => {
  for (const rule of RULES.filter((r) => r.kinds.includes('session'))) {
    it(`${rule.id} is listed with its severity`, () => {
      assert.match(sessionPart, new RegExp(`\`${rule.id}\`[^|]*\\| ${rule.defaultSeverity} \\|`));
    });
  }

  for (const [, id] of sessionPart.matchAll(/\[`([a-z-]+)`\]\([a-z-]+\.md\)/g)) {
    it(`${id} has a page with what, why, examples and fix`, () => {
      const path = join(root, ruleDocPath(id));
      assert.ok(existsSync(path), path);
      const page = readFileSync(path, 'utf8');
      for (const section of ['## What it checks', '## Why', '## Examples', '## How to fix']) assert.ok(page.includes(section), `${id}: ${section}`);
    });
  }
});
