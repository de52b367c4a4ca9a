// Completion, outline, folding and the status line through the protocol.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLens, CompletionItem, DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../helpers/fixtures';
import { startClient, type TestClient } from '../helpers/lsp-client';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

describe('language server: completion, outline, folding, status', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  const complete = (name: string, line: number, character: number, trigger?: string) => client.ask<CompletionItem[] | null>(
    'textDocument/completion', name,
    { position: { line, character }, context: trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 } },
  );

  describe('completion', () => {
    it('offers step headings after "## ", the missing steps first, in the note language', async () => {
      const text = fixture('session/request-missing-fr.md').replace('## Étape 4', '## \n\n## Étape 4');
      const line = text.split('\n').indexOf('## ');
      assert.ok(line > 0);
      await client.open('draft.md', text);
      const items = (await complete('draft.md', line, 3, ' '))!;
      const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.equal(sorted[0].label, 'Étape 3 – Reformulation de la demande');
      assert.deepEqual(sorted[0].textEdit, { range: { start: { line, character: 3 }, end: { line, character: 3 } }, newText: sorted[0].label });
      assert.deepEqual(sorted.slice(1, 7).map((i) => i.label.slice(0, 7)), ['Étape 1', 'Étape 2', 'Étape 4', 'Étape 5', 'Étape 6', 'Faits']);
    });

    it('stays quiet on a space that does not follow "#", and in a README', async () => {
      const text = fixture('session/good-session-en.md');
      await client.open('typing.md', text);
      const prose = lineOf(text, '- Q:');
      assert.ok(prose > 0);
      assert.equal(await complete('typing.md', prose, 2, ' '), null);
      await client.open('readme.md', '# Tool\n\n## \n');
      assert.deepEqual(await complete('readme.md', 2, 3, ' '), []);
    });

    it('offers participants and roles inside next steps, deciders first', async () => {
      const text = fixture('meeting/non-decider-fr.md').replace('- Hélène Roy valide', '- Relancer \n- Hélène Roy valide');
      await client.open('next.md', text);
      const line = text.split('\n').indexOf('- Relancer ');
      const items = (await complete('next.md', line, 11))!;
      const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.deepEqual(sorted.map((i) => [i.label, i.detail]), [
        ['Hélène Roy', 'Directrice des opérations · décideur'],
        ['Directrice des opérations', 'Hélène Roy'],
        ['Karim Benali', 'Chef de projet logistique · non-décideur'],
        ['Chef de projet logistique', 'Karim Benali'],
      ]);
      assert.deepEqual(await complete('next.md', lineOf(text, 'Les retours'), 4), []);
    });

    it('offers them on a task line anywhere in a meeting note', async () => {
      const text = fixture('meeting/good-meeting-en.md');
      const withTask = `${text.trimEnd()}\n\n## Notes\n\n- [ ] Ask \n`;
      await client.open('task.md', withTask);
      const line = withTask.split('\n').indexOf('- [ ] Ask ');
      const labels = (await complete('task.md', line, 10))!.map((i) => i.label);
      assert.ok(labels.length >= 2, labels.join());
    });
  });

  it('outlines steps and next steps, with whom each step is aimed at', async () => {
    const text = fixture('meeting/non-decider-fr.md');
    await client.open('outline.md', text);
    const symbols = await client.ask<DocumentSymbol[]>('textDocument/documentSymbol', 'outline.md');
    assert.equal(symbols.length, 1);
    const [title] = symbols;
    assert.equal(title.name, 'Rendez-vous Logista – premier contact');
    assert.deepEqual(title.children!.map((s) => [s.name, s.detail]), [
      ['Participants', 'Participants'], ['Situation', 'Situation'], ['Prochaines étapes', 'Prochaines étapes'],
    ]);
    const steps = title.children![2].children!;
    assert.equal(steps.length, 2);
    assert.equal(steps[0].detail, 'Karim Benali · non-décideur');
    assert.equal(steps[0].range.start.line, lineOf(text, '- Envoyer'));

    const session = fixture('session/good-session-fr.md');
    await client.open('outline-session.md', session);
    const [root] = await client.ask<DocumentSymbol[]>('textDocument/documentSymbol', 'outline-session.md');
    const details = root.children!.map((s) => s.detail);
    assert.deepEqual(details.filter((d) => d?.startsWith('Étape')).map((d) => d!.slice(0, 7)),
      ['Étape 1', 'Étape 2', 'Étape 3', 'Étape 4', 'Étape 5', 'Étape 6']);
  });

  it('folds steps written as plain "Step N" lines', async () => {
    const text = [
      '# Co-development – Tom', '', 'Step 1 – Presentation', '', 'My request: how can I keep my best engineers?', '', '',
      'Step 2 – Questions', '', 'Q: How many left last year?', '> Four out of twelve, all within two years.', '',
    ].join('\n');
    await client.open('fold.md', text);
    const ranges = await client.ask<FoldingRange[]>('textDocument/foldingRange', 'fold.md');
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[0, 10], [2, 4], [7, 10]]);
  });

  describe('status line above the title', () => {
    it('sums up a session', async () => {
      const text = fixture('session/good-session-fr.md');
      await client.open('lens.md', text);
      const [lens] = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens.md');
      assert.equal(lens.range.start.line, lineOf(text, '# '));
      assert.equal(lens.command!.title, '6/6 étapes · 6 faits · demande reformulée · 0 remarque');
    });

    it('sums up a session with findings and a meeting, in English', async () => {
      const text = fixture('session/no-facts-en.md');
      await client.open('lens-en.md', text);
      const [lens] = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens-en.md');
      assert.equal(lens.command!.title, '6/6 steps · 0 facts · request reformulated · 1 finding');
      const meeting = fixture('meeting/non-decider-en.md');
      await client.open('lens-meeting.md', meeting);
      const [meetingLens] = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens-meeting.md');
      assert.equal(meetingLens.command!.title, "1 buyer · decider: Dana Fox's manager · 2 next steps · 1 finding");
    });

    it('says next to it what the kind was read from', async () => {
      const text = fixture('meeting/clean/rdv-informel-sans-affaire.md');
      await client.open('lens-kind.md', text);
      const [, kind] = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens-kind.md');
      assert.equal(kind.command!.title, 'lu comme rendez-vous commercial : un vendeur et un acheteur, des prochaines étapes');
      const typed = fixture('meeting/non-decider-en.md');
      await client.open('lens-typed.md', typed);
      const [, declared] = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens-typed.md');
      assert.equal(declared.command!.title, 'read as sales meeting: the front matter says so');
    });

    it('opens the account map from a meeting note’s title, in the note’s language; a session has none', async () => {
      const meeting = fixture('meeting/clean/rdv-informel-sans-affaire.md');
      await client.open('lens-map.md', meeting);
      const lenses = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens-map.md');
      const map = lenses.find((lens) => lens.command?.command === 'boussole.showAccountMap');
      assert.equal(map?.command?.title, '$(organization) Carte du compte');
      assert.equal(map?.range.start.line, lenses[0].range.start.line);
      assert.match(String(map?.command?.arguments?.[0]), /^file:\/\/.*\/lens-map\.md$/);
      await client.open('lens-session.md', fixture('session/good-session-en.md'));
      const session = await client.ask<CodeLens[]>('textDocument/codeLens', 'lens-session.md');
      assert.deepEqual(session.filter((lens) => lens.command?.command), []);
    });
  });
});
