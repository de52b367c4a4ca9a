// The form of clarification questions, in French and English.
import assert from 'node:assert/strict';
import { buildNote } from '../../server/src/core/model';
import { adviceOpening, clarificationQuestions, isClosedQuestion } from '../../server/src/core/session/questions';

function asked(...questions: string[]) {
  const note = buildNote(`---\ntype: codev\n---\n# Séance\n\n## Étape 1\n\nExposé.\n\n## Étape 2\n\n${questions.map((q) => `Q : ${q}`).join('\n\n')}\n`);
  return clarificationQuestions(note);
}

describe('clarification questions', () => {
  it('recognises advice in disguise, not questions about what was tried', () => {
    const advice = asked('Il te faut faire du démarchage ?', 'Pourquoi ne pas appeler ?', 'Have you tried cold calling?',
      'Shouldn’t you hire someone?', 'As-tu déjà essayé quelque chose ?', 'Have you tried anything yet?',
      'Qu’est-ce qu’il te faut ?', 'Why did it fail?').map((line) => adviceOpening(line) !== undefined);
    assert.deepEqual(advice, [true, true, true, true, false, false, false, false]);
  });

  it('tells closed questions from open and elliptic ones', () => {
    const closed = asked('Tu as une équipe ?', 'As-tu un site ?', 'Est-ce que ça marche ?', 'Do you have a team?',
      'Que vends-tu ?', 'Tu fais comment ?', 'Peux-tu me citer une expérience ?', 'Can you describe it?', 'Ton ambition ?')
      .map(isClosedQuestion);
    assert.deepEqual(closed, [true, true, true, true, false, false, false, false, false]);
  });

  it('recognises colloquial advice, and keeps genuine questions that share its words', () => {
    const advice = asked('Et si tu essayais de lui en parler ?', 'Tu pourrais pas juste refuser ?', 'T’as pensé à passer par les RH ?',
      'Pourquoi tu lui proposes pas un temps partiel ?', 'Have you thought about simply asking him?', 'What if you tried a pilot?',
      'Couldn’t you just say no?', 'Si tu pars, que se passe-t-il ?', 'T’as essayé quoi ?', 'Tu pourrais me décrire une journée ?',
      'What if the budget is cut?', 'Pourquoi as-tu choisi ce client ?').map((q) => adviceOpening(q) !== undefined);
    assert.deepEqual(advice, [true, true, true, true, true, true, true, false, false, false, false, false]);
  });

  it('reads a statement with a question mark as closed, not an elliptic question', () => {
    const closed = asked('Ton boss sait ?', 'Your boss knows?', 'Les autres chefs de projet ont le même problème ?',
      'Ton chiffre d’affaires futur ?', 'Des freins ?', 'The team?').map(isClosedQuestion);
    assert.deepEqual(closed, [true, true, true, false, false, false]);
  });

  it('reads questions from every label form and leaves the client’s own questions out', () => {
    const note = buildNote('---\ntype: codev\n---\n## Étape 2\n- Q/ Depuis quand ?\n- R/ Que je travaille le week-end ? Oui.\n- Combien de clients ? → Douze\n');
    assert.deepEqual(clarificationQuestions(note).map((q) => q.body), ['Depuis quand ?', 'Combien de clients ?']);
  });

  it('keeps a "Q :" line whose question mark was forgotten', () => {
    assert.equal(asked('tu devrais appeler tes anciens clients').length, 1);
  });
});
