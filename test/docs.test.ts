// Every rule the registry knows has its page, and the README's rule list names it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, ruleDocPath } from '../server/src/rules';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const index = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');

describe('rule documentation', () => {
  for (const id of [...RULES.map((rule) => rule.id), 'front-matter', 'note-too-large']) {
    it(`${id}: a page, listed in README.md and docs/rules/README.md`, () => {
      assert.ok(existsSync(join(ROOT, ruleDocPath(id))), ruleDocPath(id));
      assert.ok(readme.includes(`[\`${id}\`](docs/rules/${id}.md)`), `README.md lists ${id}`);
      assert.ok(index.includes(`[\`${id}\`](${id}.md)`), `docs/rules/README.md lists ${id}`);
    });
  }
});
