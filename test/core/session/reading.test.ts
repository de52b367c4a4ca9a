// The session layer on notes written in other people's ways: steps, requests in any person, plans.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { buildNote } from '../../../server/src/core/model';
import { actionItems, isVagueAction } from '../../../server/src/core/session/action-plan';
import { initialRequest } from '../../../server/src/core/session/request';

describe('session reading', () => {
  it('reads a series of number-led headings as the steps, but not a numbered meeting plan', () => {
    const steps = ['1 · Ce qui se passe', '2 · Pour comprendre', '3 · Ce sur quoi on va travailler', '4 · Ce que le groupe propose',
      '5 · Ce que je vais faire', '6 · Ce qu’on en retient'];
    const note = buildNote(`---\ntype: codev\n---\n# Séance\n\n${steps.map((s) => `## ${s}\n\nTexte.\n`).join('\n')}`);
    assert.deepEqual(Object.keys(note.steps), ['1', '2', '3', '4', '5', '6']);
    const plan = buildNote('# Rdv Acme\n\n## 1. Contexte\n\nx\n\n## 2. Enjeux\n\ny\n\n## 3. Budget\n\nz\n\n## 4. Prochaines étapes\n\n- envoyer le devis\n');
    assert.equal(plan.sections.filter((s) => s.step).length, 0);
  });

  it('reads a bold lead-in that names a step as its heading', () => {
    const note = buildNote('---\ntype: codev\n---\n**Clarification.** We started with facts. Leo asked about the\nvolunteers.\n\n**Action plan.** Hannah will call Joan on 25 April.\n');
    assert.equal(note.steps[2]?.heading.text, 'Clarification');
    assert.deepEqual(note.steps[2]?.sentences.map((s) => s.text), ['We started with facts.', 'Leo asked about the volunteers.']);
    assert.deepEqual(actionItems(note).map((item) => item.text), ['Hannah will call Joan on 25 April.']);
  });

  it('finds the initial request in any person, and not in a mere description', () => {
    const request = (exposé: string) => initialRequest(buildNote(`---\ntype: codev\n---\n## Étape 1\n\n${exposé}\n`)).map((r) => r.text);
    assert.deepEqual(request('Fatima dirige deux crèches.\nElle aimerait que le groupe l’aide à mieux répartir son temps.'),
      ['Elle aimerait que le groupe l’aide à mieux répartir son temps.']);
    assert.deepEqual(request('He hopes the group can help him protect the pricing work.'), ['He hopes the group can help him protect the pricing work.']);
    assert.deepEqual(request('Her question to the group: how can I rebuild a Saturday team\nbefore the summer?'),
      ['how can I rebuild a Saturday team before the summer?']);
    assert.deepEqual(request('He is frustrated: he did not choose the programme either.'), []);
  });

  it('counts a feeling as explored when the question\'s own lead-in names it', () => {
    const session = (question: string) => analyze([
      '---', 'type: codev', '---', '# Session – sales managers', '', '## Step 1 – Client\'s presentation',
      'My forecast was off by 30% twice. I feel embarrassed every time I present it.', '',
      '## Step 2 – Clarifying questions', `Q: ${question}`, 'A: The sales director.', '',
    ].join('\n')).findings.filter((f) => f.rule === 'unexplored-emotion').length;
    assert.equal(session('You said you feel embarrassed. In front of whom?'), 0);
    assert.equal(session('Who receives the forecast?'), 1);
  });

  it('wants a checkable act in a commitment, not a verb on nothing', () => {
    const vague = ['Je vais m’y atteler.', 'I’ll look into it.', 'And work on my mindset.', 'Prendre du recul sur tout ça.',
      'Appeler Marc jeudi.', 'Envoyer le planning à Paul.', 'Send Joan the one-page plan.'].map(isVagueAction);
    assert.deepEqual(vague, [true, true, true, true, false, false, false]);
  });
});
