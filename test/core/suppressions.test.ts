// Comments that silence a rule for one line or for the whole note, honoured by analyze (hence the CLI).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { FIXTURES } from '../helpers/fixtures';

const meeting = readFileSync(join(FIXTURES, 'meeting', 'non-decider-fr.md'), 'utf8');
const session = readFileSync(join(FIXTURES, 'session', 'no-facts-fr.md'), 'utf8');

function rules(text: string): string[] {
  return analyze(text).findings.map((f) => f.rule);
}

function insertBefore(text: string, marker: string, line: string): string {
  return text.replace(marker, `${line}\n${marker}`);
}

describe('suppression comments', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    assert.deepEqual(rules(meeting), ['next-step-non-decider']);
    const silenced = insertBefore(meeting, '- Envoyer la proposition', '<!-- boussole-disable-next-line next-step-non-decider -->');
    assert.deepEqual(rules(silenced), []);
    const elsewhere = insertBefore(meeting, '- Hélène Roy valide', '<!-- boussole-disable-next-line next-step-non-decider -->');
    assert.deepEqual(rules(elsewhere), ['next-step-non-decider']);
  });

  it('names only the rules it lists, and every rule when it lists none', () => {
    const other = insertBefore(meeting, '- Envoyer la proposition', '<!-- boussole-disable-next-line no-facts -->');
    assert.deepEqual(rules(other), ['next-step-non-decider']);
    const all = insertBefore(meeting, '- Envoyer la proposition', '  <!-- boussole-disable-next-line -->');
    assert.deepEqual(rules(all), []);
  });

  it('stacked comments all apply to the line after them', () => {
    const stacked = insertBefore(session, '## Étape 2',
      '<!-- boussole-disable-next-line request-not-reformulated -->\n<!-- boussole-disable-next-line no-facts -->');
    assert.deepEqual(rules(stacked), []);
  });

  it('disable silences a rule in the whole note, wherever the comment sits', () => {
    const atEnd = `${session}\n<!-- boussole-disable no-facts -->\n`;
    assert.deepEqual(rules(session), ['no-facts']);
    assert.deepEqual(rules(atEnd), []);
    const otherRule = `${session}\n<!-- boussole-disable next-step-non-decider, front-matter -->\n`;
    assert.deepEqual(rules(otherRule), ['no-facts']);
  });

  it('ignores comments shown as examples in fenced code and in the front matter', () => {
    const fenced = `${session}\n\`\`\`markdown\n<!-- boussole-disable no-facts -->\n\`\`\`\n`;
    assert.deepEqual(rules(fenced), ['no-facts']);
    const inYaml = session.replace('type: codéveloppement', 'type: codéveloppement\n# <!-- boussole-disable no-facts -->');
    assert.deepEqual(rules(inYaml), ['no-facts']);
  });

  it('ends a code block where Markdown does: "```bash" inside a block is code, the comment after it counts', () => {
    const block = '```\nmkdir notes\n```bash\nls\n```\n\n<!-- boussole-disable no-facts -->\n';
    assert.deepEqual(rules(`${session}\n${block}`), [], 'the comment after the block silences the rule');
    assert.deepEqual(rules(`${session}\n${block.replace('```\n\n<!--', '\n<!--')}`), ['no-facts'], 'inside a block that is still open, it does not');
  });

  it('does not change the model: the comment is not prose', () => {
    const silenced = session.replace('---\n\n#', '---\n<!-- boussole-disable no-facts -->\n\n#');
    assert.notEqual(silenced, session);
    const before = analyze(session).model;
    const after = analyze(silenced).model;
    assert.equal(after.kind, 'session');
    assert.equal(after.frontMatter.data.type, 'codéveloppement');
    assert.deepEqual(analyze(silenced).findings, []);
    assert.equal(after.lines.length, before.lines.length);
  });
});
