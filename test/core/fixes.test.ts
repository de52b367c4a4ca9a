// Quick fixes as data: each one applied to a real-looking note gives exactly the expected text,
// touches nothing else, and a new analysis no longer reports what it fixed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { type Fix, fixesFor, type FixRequest } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { applyEdits } from '../helpers/edits';
import { FIXTURES } from '../helpers/fixtures';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

function only(text: string, rule: string): Finding {
  const found = analyze(text).findings.filter((f) => f.rule === rule);
  assert.equal(found.length, 1, `one ${rule} finding`);
  return found[0];
}

function fix(text: string, finding: FixRequest, title: RegExp): Fix {
  const fixes = fixesFor(finding, analyze(text).model, text);
  const chosen = fixes.find((f) => title.test(f.title));
  assert.ok(chosen, `no fix ${title} among ${fixes.map((f) => f.title).join(' | ')}`);
  return chosen;
}

/** The findings of the rules a test is about; other rules may judge the prompt lines as they like. */
const FIXED = ['no-facts', 'request-not-reformulated', 'missing-step', 'next-step-non-decider', 'next-step-without-purpose', 'front-matter'];

function rules(text: string): string[] {
  return analyze(text).findings.filter((f) => FIXED.includes(f.rule)).map((f) => `${f.rule}@${f.range.start.line}`);
}

describe('quick fixes', () => {
  describe('no-facts', () => {
    it('adds a Faits section at the end of step 2, one level below it', () => {
      const text = fixture('session/no-facts-fr.md');
      const result = applyEdits(text, fix(text, only(text, 'no-facts'), /Faits/).edits);
      assert.equal(result, text.replace('mais ça n’a pas pris.\n',
        'mais ça n’a pas pris.\n\n### Faits\n\n- Fait : … (chiffres, dates, exemples vécus)\n'));
      assert.deepEqual(rules(result), []);
    });

    it('leaves every other finding in place: the prompt line answers no other rule', () => {
      for (const file of ['seance-richard-posture-commerciale.md']) {
        const text = readFileSync(join(__dirname, '..', '..', 'examples', file), 'utf8');
        const result = applyEdits(text, fix(text, only(text, 'no-facts'), /Faits/).edits);
        const others = (t: string) => analyze(t).findings.map((f) => f.rule).filter((r) => r !== 'no-facts').sort();
        assert.deepEqual(others(result), others(text));
        assert.ok(others(text).includes('nothing-tried-asked'));
      }
    });

    it('writes a bold Facts line when the steps are plain "Step N" lines', () => {
      const text = [
        '# Co-development – Tom', '', 'Step 1 – Presentation', '', 'My request: how can I keep my best engineers?', '',
        'Step 2 – Questions', '', 'Q: What do you mean by keep?', '> That they stay.', '',
        'Step 3 – Contract', '', 'Request: how to find out why engineers leave and what would make them stay?', '',
      ].join('\n');
      assert.equal(analyze(text).model.kind, 'session');
      const result = applyEdits(text, fix(text, only(text, 'no-facts'), /Facts/).edits);
      assert.equal(result, text.replace('> That they stay.\n',
        '> That they stay.\n\n**Facts**\n\n- Fact: … (figures, dates, real examples)\n'));
      assert.ok(!rules(result).some((r) => r.startsWith('no-facts')));
    });

    it('puts the section where step 2 would be when the note has no step 2', () => {
      const text = fixture('session/no-facts-fr.md');
      const withoutStep2 = text.slice(0, text.indexOf('## Étape 2')) + text.slice(text.indexOf('## Étape 3'));
      const result = applyEdits(withoutStep2, fix(withoutStep2, only(withoutStep2, 'no-facts'), /Faits/).edits);
      assert.equal(result, withoutStep2.replace('## Étape 3',
        '## Faits\n\n- Fait : … (chiffres, dates, exemples vécus)\n\n## Étape 3'));
      assert.ok(!rules(result).some((r) => r.startsWith('no-facts')));
    });
  });

  describe('request-not-reformulated and missing-step', () => {
    it('adds step 3 before step 4 with a reformulation to complete', () => {
      const text = fixture('session/request-missing-fr.md');
      const result = applyEdits(text, fix(text, only(text, 'request-not-reformulated'), /Étape 3/).edits);
      assert.equal(result, text.replace('## Étape 4', '## Étape 3 – Reformulation de la demande\n\n'
        + 'Demande reformulée : comment … (la difficulté concrète), pour obtenir … (le résultat attendu), d’ici … ?\n\n## Étape 4'));
      assert.deepEqual(rules(result), []);
    });

    it('writes the prompt under an empty step 3', () => {
      const text = fixture('session/request-missing-fr.md').replace('## Étape 4', '## Step 3\n\n## Étape 4');
      const finding = only(text, 'request-not-reformulated');
      assert.equal(finding.data?.reason, 'empty');
      const result = applyEdits(text, fix(text, finding, /reformulée/).edits);
      assert.equal(result, text.replace('## Step 3\n', '## Step 3\n\nDemande reformulée : comment … (la difficulté concrète), '
        + 'pour obtenir … (le résultat attendu), d’ici … ?\n'));
      assert.deepEqual(rules(result), []);
    });

    it('offers no structural fix when the reformulation only repeats the request', () => {
      const text = fixture('session/request-same-en.md');
      const fixes = fixesFor(only(text, 'request-not-reformulated'), analyze(text).model, text);
      assert.deepEqual(fixes.map((f) => f.title), [
        'Disable request-not-reformulated for this line', 'Disable request-not-reformulated for this file',
      ]);
    });

    it('adds any missing step from its number alone, after the previous step', () => {
      const text = fixture('session/no-facts-en.md');
      const cut = text.slice(0, text.search(/^## Step 6/m)).trimEnd() + '\n';
      assert.equal(analyze(cut).model.steps[6], undefined);
      const request = { rule: 'missing-step', data: { step: 6 }, range: analyze(cut).model.steps[5]!.heading.range };
      const result = applyEdits(cut, fix(cut, request, /Step 6/).edits);
      assert.equal(result, `${cut.trimEnd()}\n\n## Step 6 – Learnings\n\n- What I learnt: …\n`);
      assert.ok(analyze(result).model.steps[6]);
    });

    it('ignores a missing-step finding whose step is already there or unreadable', () => {
      const text = fixture('session/no-facts-en.md');
      const { model } = analyze(text);
      const range = model.steps[1]!.heading.range;
      for (const data of [{ step: 2 }, { step: 9 }, { step: 'two' }, {}]) {
        const titles = fixesFor({ rule: 'missing-step', data, range }, model, text).map((f) => f.title);
        assert.ok(titles.every((t) => t.startsWith('Disable')), titles.join());
      }
    });
  });

  describe('next-step-non-decider', () => {
    it('replaces the step with a meeting with the decider present', () => {
      const text = fixture('meeting/non-decider-fr.md');
      const result = applyEdits(text, fix(text, only(text, 'next-step-non-decider'), /^Remplacer/).edits);
      assert.equal(result, text.replace('Envoyer la proposition commerciale à Karim d’ici le 28 mai',
        'Obtenir un rendez-vous avec Hélène Roy'));
      assert.deepEqual(rules(result), []);
    });

    it('aims at the superior the note names, and offers no fix that keeps the proposal to the non-decider', () => {
      const text = fixture('meeting/non-decider-en.md');
      const finding = only(text, 'next-step-non-decider');
      const result = applyEdits(text, fix(text, finding, /^Replace/).edits);
      assert.equal(result, text.replace('Send the proposal to Dana by Friday', "Get a meeting with Dana Fox's manager"));
      assert.ok(!rules(result).some((r) => r.startsWith('next-step-non-decider')));
      const titles = fixesFor(finding, analyze(text).model, text).map((f) => f.title);
      assert.deepEqual(titles.filter((t) => !t.startsWith('Disable')), ['Replace with "Get a meeting with Dana Fox\'s manager"']);
    });

    it('says "le décideur" when the note names nobody, and keeps a task checkbox', () => {
      const text = [
        '---', 'type: rdv', '---', '', '# Rendez-vous Orbis', '', '## Participants', '',
        '- Paul Petit – Responsable achats (non-décideur)', '- Moi (commerciale)', '', '## Prochaines étapes', '',
        '- [ ] Envoyer le devis à Paul vendredi', '',
      ].join('\n');
      const finding = only(text, 'next-step-non-decider');
      assert.equal(applyEdits(text, fix(text, finding, /^Remplacer/).edits),
        text.replace('Envoyer le devis à Paul vendredi', 'Obtenir un rendez-vous avec le décideur'));
    });
    it('keeps the label the line gives the step, in French and English', () => {
      const english = [
        '---', 'type: meeting', '---', '# Call with Globex, 3 March', '',
        'Attendees: Tom Baker (procurement lead, not the decider), me.', 'The CFO, Ann Lee, decides.', '',
        '• next: send the proposal to Tom Baker by Friday', '',
      ].join('\n');
      const fixed = applyEdits(english, fix(english, only(english, 'next-step-non-decider'), /^Replace/).edits);
      assert.equal(fixed, english.replace('• next: send the proposal to Tom Baker by Friday', '• next: Get a meeting with Ann Lee'));
      assert.ok(!rules(fixed).some((r) => r.startsWith('next-step-non-decider')), rules(fixed).join());
      const french = [
        '---', 'type: rdv', '---', '', '# Rendez-vous Orbis', '', '## Participants', '',
        '- Paul Petit (non-décideur)', '- Hélène Roy, DG (décideuse)', '- Moi (commerciale)', '',
        '## Suite', '', '- **Prochaine étape :** envoyer le devis à Paul vendredi', '',
      ].join('\n');
      const result = applyEdits(french, fix(french, only(french, 'next-step-non-decider'), /^Remplacer/).edits);
      assert.equal(result, french.replace('envoyer le devis à Paul vendredi', 'Obtenir un rendez-vous avec Hélène Roy'));
    });
  });

  describe('next-step-without-purpose', () => {
    const text = [
      '---', 'type: meeting', '---', '', '# Call with Brightline', '', '## Attendees', '', '- Ana Ruiz, COO (decider)',
      '- Me (account executive)', '', '## Next steps', '', '- Call Ana back next quarter <!-- note -->', '',
    ].join('\n');
    it('appends the question to ask at the end of the step, before a trailing comment', () => {
      const line = text.split('\n').findIndex((l) => l.startsWith('- Call Ana'));
      const range = analyze(text).model.nextSteps[0].range;
      assert.equal(range.start.line, line);
      const result = applyEdits(text, fix(text, { rule: 'next-step-without-purpose', data: { time: 'next quarter' }, range }, /think/).edits);
      assert.equal(result, text.replace('next quarter <!--', 'next quarter — what will you think about? <!--'));
    });
  });

  describe('line endings', () => {
    it('writes CRLF into a CRLF note, for the rule\'s own fix and for disable comments', () => {
      const text = fixture('session/no-facts-fr.md').replace(/\n/g, '\r\n');
      const finding = only(text, 'no-facts');
      for (const title of [/Faits/, /cette ligne/, /tout le fichier/]) {
        const result = applyEdits(text, fix(text, finding, title).edits);
        assert.ok(!/(?<!\r)\n/.test(result), `${title}: no bare LF`);
        assert.ok(!analyze(result).findings.some((f) => f.rule === 'no-facts'), `${title}: the finding is gone`);
      }
    });
  });

  describe('disable for this line or this file', () => {
    it('writes a comment above the line, indented into the list item above', () => {
      const text = fixture('meeting/non-decider-fr.md').replace('- Envoyer', '- Relancer Karim\n- Envoyer');
      const result = applyEdits(text, fix(text, only(text, 'next-step-non-decider'), /cette ligne/).edits);
      assert.equal(result, text.replace('- Envoyer', '  <!-- boussole-disable-next-line next-step-non-decider -->\n- Envoyer'));
      assert.deepEqual(rules(result), []);
      const items = analyze(result).model.nextSteps.map((s) => s.text.slice(0, 15));
      assert.deepEqual(items, ['Relancer Karim', 'Envoyer la prop', 'Hélène Roy vali'], 'still one list of steps');
    });

    it('starts the comment at the heading it silences', () => {
      const text = fixture('session/no-facts-en.md');
      const finding = only(text, 'no-facts');
      const result = applyEdits(text, fix(text, finding, /this line/).edits);
      assert.equal(result, text.replace('## Step 2', '<!-- boussole-disable-next-line no-facts -->\n## Step 2'));
      assert.deepEqual(rules(result), []);
    });

    it('adds the rule to a comment already there', () => {
      const text = fixture('session/no-facts-en.md').replace('## Step 2', '<!-- boussole-disable-next-line closed-questions -->\n## Step 2');
      const result = applyEdits(text, fix(text, only(text, 'no-facts'), /this line/).edits);
      assert.equal(result, text.replace('closed-questions -->', 'closed-questions no-facts -->'));
      assert.deepEqual(rules(result), []);
    });

    it('puts the file-wide comment right after the front matter, or extends the one there', () => {
      const text = fixture('session/request-missing-fr.md');
      const result = applyEdits(text, fix(text, only(text, 'request-not-reformulated'), /tout le fichier/).edits);
      assert.equal(result, text.replace('---\n\n#', '---\n<!-- boussole-disable request-not-reformulated -->\n\n#'));
      assert.ok(!rules(result).some((r) => r.startsWith('request-not-reformulated')));
      const extended = text.replace('---\n\n#', '---\n<!-- boussole-disable no-facts-->\n\n#');
      const again = applyEdits(extended, fix(extended, only(extended, 'request-not-reformulated'), /tout le fichier/).edits);
      assert.equal(again, extended.replace('no-facts-->', 'no-facts request-not-reformulated -->'));
      assert.ok(!rules(again).some((r) => r.startsWith('request-not-reformulated')));
    });

    it('puts the file-wide comment on its own line when the note ends with its front matter', () => {
      const text = '---\ntype: rdv\nlang: fr\n---';
      const result = applyEdits(text, fix(text, only(text, 'no-next-step'), /tout le fichier/).edits);
      assert.equal(result, `${text}\n<!-- boussole-disable no-next-step -->`);
      assert.equal(analyze(result).model.kind, 'meeting', 'the front matter is still read');
      assert.deepEqual(analyze(result).findings, []);
    });

    it('offers no line comment inside the front matter', () => {
      const text = '---\ntype: codev\ndate: [oops\n---\n\n# Séance\n\n## Étape 1\n\nMa demande : comment vendre ?\n';
      const finding = only(text, 'front-matter');
      const titles = fixesFor(finding, analyze(text).model, text).map((f) => f.title);
      assert.deepEqual(titles, ['Désactiver front-matter pour tout le fichier']);
    });
  });
});
