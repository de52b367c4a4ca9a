// Every rule the registry knows has its page, with its why in English and in French, and the README's
// rule list names it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, WORKSPACE_RULES, ruleDocPath } from '../server/src/rules';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const index = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');

/** The text under a `## heading` of a page, up to the next heading. */
function section(page: string, heading: string): string | undefined {
  return page.split(/^(?=#{1,2} )/m).find((part) => part.startsWith(`## ${heading}\n`))?.slice(heading.length + 4).trim();
}

describe('rule documentation', () => {
  for (const id of [...RULES.map((rule) => rule.id), ...WORKSPACE_RULES.map((rule) => rule.id), 'front-matter', 'note-too-large', 'nesting-too-deep', 'analysis-interrupted']) {
    it(`${id}: a page, listed in README.md and docs/rules/README.md`, () => {
      assert.ok(existsSync(join(ROOT, ruleDocPath(id))), ruleDocPath(id));
      assert.ok(readme.includes(`[\`${id}\`](docs/rules/${id}.md)`), `README.md lists ${id}`);
      assert.ok(index.includes(`[\`${id}\`](${id}.md)`), `docs/rules/README.md lists ${id}`);
    });

    it(`${id}: its why in English and in French`, () => {
      const page = readFileSync(join(ROOT, ruleDocPath(id)), 'utf8');
      assert.ok(section(page, 'Why'), `${id}: ## Why, not empty`);
      assert.ok(section(page, 'Pourquoi'), `${id}: ## Pourquoi, not empty`);
    });
  }
});
