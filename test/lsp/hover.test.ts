// Hovers through the protocol: steps, participants, links to other notes, and the why of findings.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { whySection } from '../../server/src/lsp/rule-docs';
import { FIXTURES } from '../helpers/fixtures';
import { startClient, type TestClient } from '../helpers/lsp-client';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** Line and character of the first occurrence of `needle`, plus `offset` characters. */
function at(text: string, needle: string, offset = 1) {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is in the note`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length + offset };
}

describe('language server: hovers', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  async function hover(name: string, text: string, needle: string, offset = 1): Promise<string | null> {
    const result = await client.ask<Hover | null>('textDocument/hover', name, { position: at(text, needle, offset) });
    return result ? (result.contents as MarkupContent).value : null;
  }

  /** The first hover part: what the cursor is on, before the explanation of any finding there. */
  async function firstPart(name: string, text: string, needle: string, offset = 1): Promise<string | undefined> {
    return (await hover(name, text, needle, offset))?.split('\n\n---\n\n')[0];
  }

  it('teaches a step: purpose, good practices and usual duration, in the note language', async () => {
    const fr = fixture('session/good-session-fr.md');
    await client.open('steps-fr.md', fr);
    const value = await hover('steps-fr.md', fr, '## Étape 3', 4);
    assert.ok(value);
    assert.match(value, /^\*\*Étape 3 — Reformulation de la demande\*\*/);
    assert.match(value, /contrat de la séance/);
    assert.match(value, /\*Bonnes pratiques\*\n- Le groupe propose une reformulation/);
    assert.match(value, /\*Durée habituelle\* : 5 à 10 minutes/);

    const en = fixture('session/good-session-en.md');
    await client.open('steps-en.md', en);
    const english = await hover('steps-en.md', en, '## Step 2', 4);
    assert.match(english!, /\*\*Step 2 — Clarification questions\*\*/);
    assert.match(english!, /\*Usual duration\*: 15 to 20 minutes/);
  });

  it('tells who a participant is and whether they decide, wherever they are named', async () => {
    const text = fixture('meeting/non-decider-fr.md');
    await client.open('people.md', text);
    const karim = await firstPart('people.md', text, 'à Karim d’ici', 4);
    assert.equal(karim, '**Karim Benali** — Chef de projet logistique\n\nNe décide pas — quelqu’un d’autre décide, d’après la note');
    const helene = await hover('people.md', text, 'Hélène Roy, Directrice', 3);
    assert.equal(helene, '**Hélène Roy** — Directrice des opérations\n\nDécide — marqué ainsi dans la liste des participants');
    const role = await hover('people.md', text, 'Directrice des opérations', 3);
    assert.match(role!, /^\*\*Hélène Roy\*\*/);
    assert.equal(await hover('people.md', text, 'Les retours clients', 3), null);
    const both = await hover('people.md', text, 'à Karim d’ici', 4);
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', 'next-step-non-decider.md'), 'utf8');
    assert.ok(both!.includes(`\n\n---\n\n**next-step-non-decider** — Pourquoi\n\n${whySection(page, 'fr')}`),
      'the finding on the line is explained too, in the note language');

    const en = fixture('meeting/non-decider-en.md');
    await client.open('people-en.md', en);
    const dana = await firstPart('people-en.md', en, "Dana's boss", 1);
    assert.equal(dana, '**Dana Fox** — IT project manager\n\nDoes not decide — from what the note says about the decision');
  });

  describe('links to other notes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boussole-notes-'));
    const previous = [
      '---', 'type: codev', 'date: 2026-03-12', '---', '', '# Séance – Claire et son équipe', '',
      '## Étape 1 – Exposé', '', 'Ma demande : comment redonner de l’élan à mon équipe ?', '',
      '## Étape 3 – Reformulation', '',
      'Demande reformulée : comment associer l’équipe au choix de ses projets de formation d’ici juin ?', '',
      '## Étape 5 – Plan d’action', '',
      '- [x] Demander à chaque formateur son projet avant le 10 avril', '- [ ] Animer l’atelier de priorisation le 17 avril', '',
    ].join('\n');
    writeFileSync(join(dir, '2026-03-12-seance.md'), previous);
    const followUp = join(dir, '2026-04-02-suite.md');
    const text = [
      '---', 'type: codev', 'follows: ./2026-03-12-seance.md', '---', '', '# Suivi – Claire', '',
      'Voir [la séance du 12 mars](./2026-03-12-seance.md#étape-5) et [une note absente](./absente.md).', '',
    ].join('\n');

    it('shows what the linked note promised from the front matter link of a follow-up', async () => {
      await client.open(followUp, text);
      const value = await hover(followUp, text, './2026-03-12-seance.md', 3);
      assert.equal(value, [
        '**Séance – Claire et son équipe** — 2026-03-12',
        'Demande : comment associer l’équipe au choix de ses projets de formation d’ici juin ?',
        'Plan d’action (1 ouverte) :\n- ☑ Demander à chaque formateur son projet avant le 10 avril\n- ☐ Animer l’atelier de priorisation le 17 avril',
      ].join('\n\n'));
    });

    it('does the same on a relative Markdown link, and says when the note is missing', async () => {
      const value = await hover(followUp, text, '[la séance', 5);
      assert.match(value!, /^\*\*Séance – Claire et son équipe\*\* — 2026-03-12/);
      assert.equal(await firstPart(followUp, text, '[une note absente', 5), 'Note introuvable : `./absente.md`');
    });

    it('prefers the editor copy of an open note to the file on disk', async () => {
      const edited = previous.replace('- [ ] Animer', '- [x] Animer');
      await client.open(join(dir, '2026-03-12-seance.md'), edited);
      const value = await hover(followUp, text, '[la séance', 5);
      assert.match(value!, /Plan d’action :\n- ☑ Demander[^\n]*\n- ☑ Animer/);
    });
  });

  it('explains why a finding matters, below the step it sits on', async () => {
    const text = fixture('session/no-facts-en.md');
    await client.open('why.md', text);
    const value = await hover('why.md', text, '## Step 2', 4);
    assert.ok(value);
    const [step, ...whys] = value.split('\n\n---\n\n');
    assert.match(step, /^\*\*Step 2 — Clarification questions\*\*/);
    const why = whys.find((part) => part.startsWith('**no-facts**'))!;
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', 'no-facts.md'), 'utf8');
    assert.equal(why, `**no-facts** — Why\n\n${whySection(page, 'en')}`);
    assert.ok(!why.includes('## Fires'), 'only the why, not the whole page');
  });

  it('explains a finding in French on a French note and in English on an English note', async () => {
    const whyOfNoFacts = async (name: string, text: string, heading: string) => {
      await client.open(name, text);
      const parts = (await hover(name, text, heading, 4))!.split('\n\n---\n\n');
      return parts.find((part) => part.startsWith('**no-facts**'))!;
    };
    const french = await whyOfNoFacts('why-fr.md', fixture('session/no-facts-fr.md'), '## Étape 2');
    assert.match(french, /^\*\*no-facts\*\* — Pourquoi\n\nL'étape 2 sert à recueillir des faits/);
    assert.ok(!/Why|Step 2/.test(french), 'no English on a French note');

    const english = await whyOfNoFacts('why-en.md', fixture('session/no-facts-en.md'), '## Step 2');
    assert.match(english, /^\*\*no-facts\*\* — Why\n\nStep 2 exists to gather facts/);
    assert.ok(!/Pourquoi|Étape 2/.test(english), 'no French on an English note');
  });

  it('says on the title why the note is read as a meeting or a session, and how to change it', async () => {
    const text = fixture('meeting/clean/discovery-no-deal-yet.md');
    await client.open('kind-en.md', text);
    const english = await firstPart('kind-en.md', text, '# Discovery', 3);
    assert.match(english!, /^\*\*Read as sales meeting \(confidence 0\.\d\d\)\*\*/);
    assert.match(english!, /- a seller and a buyer — line 6 “Me \(account executive\)”/);
    assert.match(english!, /`type: none` \(do not check\)/);

    const french = fixture('session/good-fr-titres-libres.md');
    await client.open('kind-fr.md', french);
    const why = await firstPart('kind-fr.md', french, '# Codev', 3);
    assert.match(why!, /^\*\*Lu comme séance de codéveloppement/);
    assert.match(why!, /le vocabulaire du codéveloppement — l\. 1 « Codev du jeudi/);
    assert.match(why!, /`type: none` \(ne pas vérifier\) dans l’en-tête YAML/);
    assert.ok(!/Read as|Because/.test(why!), 'no English on a French note');
  });
});
