// Quick fixes through the protocol: the editor sends back the diagnostics, applies the edit, re-checks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/edits';
import { FIXTURES } from '../helpers/fixtures';
import { startClient, type TestClient } from '../helpers/lsp-client';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

describe('language server: quick fixes', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  async function actionsFor(name: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.ask<CodeAction[]>('textDocument/codeAction', name, {
      range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
  }

  function editOf(action: CodeAction, name: string) {
    const edits = action.edit?.changes?.[client.uri(name)];
    assert.ok(edits?.length, `${action.title} edits ${name}`);
    return edits;
  }

  it('adds a Facts section to a session, and the diagnostic goes away', async () => {
    const text = fixture('session/no-facts-en.md');
    const diagnostics = await client.open('facts.md', text);
    const noFacts = diagnostics.find((d) => d.code === 'no-facts')!;
    const actions = await actionsFor('facts.md', noFacts);
    assert.deepEqual(actions.map((a) => a.title), [
      'Add a "Facts" section', 'Disable no-facts for this line', 'Disable no-facts for this file',
    ]);
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].diagnostics, [noFacts]);
    const fixed = applyEdits(text, editOf(actions[0], 'facts.md'));
    assert.match(fixed, /\n### Facts\n\n- Fact: … \(figures, dates, real examples\)\n/);
    assert.equal(fixed.replace(/\n\n### Facts\n\n- Fact: [^\n]*/, ''), text, 'nothing else changed');
    assert.ok(!(await client.change('facts.md', fixed)).some((d) => d.code === 'no-facts'));
  });

  it('adds the missing step 3 in French', async () => {
    const text = fixture('session/request-missing-fr.md');
    const [diagnostic] = await client.open('step3.md', text);
    assert.equal(diagnostic.code, 'request-not-reformulated');
    const [add] = await actionsFor('step3.md', diagnostic);
    assert.equal(add.title, 'Ajouter « Étape 3 – Reformulation de la demande »');
    const fixed = applyEdits(text, editOf(add, 'step3.md'));
    assert.ok(fixed.includes('\n## Étape 3 – Reformulation de la demande\n\nDemande reformulée : comment …'));
    const after = (await client.change('step3.md', fixed)).map((d) => d.code);
    assert.ok(!after.includes('request-not-reformulated') && !after.includes('missing-step'), after.join());
  });

  it('replaces a proposal to a non-decider with a meeting with the decider', async () => {
    const text = fixture('meeting/non-decider-fr.md');
    const [diagnostic] = await client.open('rdv.md', text);
    const actions = await actionsFor('rdv.md', diagnostic);
    const replace = actions.find((a) => a.title === 'Remplacer par « Obtenir un rendez-vous avec Hélène Roy »');
    assert.ok(replace, actions.map((a) => a.title).join(' | '));
    const fixed = applyEdits(text, editOf(replace, 'rdv.md'));
    assert.equal(fixed, text.replace('Envoyer la proposition commerciale à Karim d’ici le 28 mai', 'Obtenir un rendez-vous avec Hélène Roy'));
    assert.ok(!(await client.change('rdv.md', fixed)).some((d) => d.code === 'next-step-non-decider'));
  });

  it('disables a rule for one line with a comment the server then honours', async () => {
    const text = fixture('meeting/non-decider-en.md');
    const [diagnostic] = await client.open('call.md', text);
    const actions = await actionsFor('call.md', diagnostic);
    const disable = actions.find((a) => a.title === 'Disable next-step-non-decider for this line')!;
    const fixed = applyEdits(text, editOf(disable, 'call.md'));
    assert.equal(fixed, text.replace('- Send the proposal', '<!-- boussole-disable-next-line next-step-non-decider -->\n- Send the proposal'));
    assert.ok(!(await client.change('call.md', fixed)).some((d) => d.code === 'next-step-non-decider'));
  });

  it('ignores diagnostics of other tools and answers only for quick fixes', async () => {
    const text = fixture('meeting/non-decider-en.md');
    const [diagnostic] = await client.open('mixed.md', text);
    const foreign = { ...diagnostic, source: 'markdownlint', code: 'MD013', data: undefined };
    assert.deepEqual(await actionsFor('mixed.md', foreign), []);
    const refactor = await client.ask<CodeAction[]>('textDocument/codeAction', 'mixed.md', {
      range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['refactor'] },
    });
    assert.deepEqual(refactor, []);
  });
});
