// The why of a rule, from its page: the section in the note's language, else the one in the other language.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleDocs } from '../../server/src/lsp/rule-docs';

describe('the why of a rule', () => {
  const root = mkdtempSync(join(tmpdir(), 'boussole-docs-'));
  mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
  const page = (id: string, text: string) => writeFileSync(join(root, 'docs', 'rules', `${id}.md`), text);
  page('both', '# both\n\n## Why\n\nBecause.\n\n## Pourquoi\n\nParce que.\n\n## Examples\n\n## Why not\n');
  page('english-only', '# english-only\n\n## Why\n\nBecause.\n\n## Pourquoi\n\n## Examples\n');
  page('french-only', '# french-only\n\n## Pourquoi\n\nParce que.\n');
  const docs = ruleDocs(root);

  it('reads the section in the note language, up to the next heading', () => {
    assert.deepEqual(docs.why('both', 'fr'), { text: 'Parce que.', language: 'fr' });
    assert.deepEqual(docs.why('both', 'en'), { text: 'Because.', language: 'en' });
  });

  it('falls back to the other language when the page lacks the section or leaves it empty', () => {
    assert.deepEqual(docs.why('english-only', 'fr'), { text: 'Because.', language: 'en' });
    assert.deepEqual(docs.why('french-only', 'en'), { text: 'Parce que.', language: 'fr' });
  });

  it('has nothing for a missing page, nor for a name that is not a rule id', () => {
    assert.equal(docs.why('absent', 'fr'), undefined);
    assert.equal(docs.why('../README', 'en'), undefined);
  });
});
