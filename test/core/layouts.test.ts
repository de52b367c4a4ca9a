// Layouts consultants write in: numbers in words, answers on the question's line, tables, step lines with content.
import assert from 'node:assert/strict';
import { answers } from '../../server/src/core/session/dialogue';
import { buildNote } from '../../server/src/core/model';
import { clarificationQuestions } from '../../server/src/core/session/questions';
import { classifyHeading } from '../../server/src/core/reading/vocabulary';

describe('note layouts', () => {
  it('reads a step number written as a word, before or after the label', () => {
    for (const [heading, step] of [['Step one — the story', 1], ['Étape deux', 2], ['Deuxième temps : questions', 2],
      ['3e étape – contrat', 3], ['Fifth step', 5], ['PHASE SIX', 6]] as const) {
      const cls = classifyHeading(heading);
      assert.equal(cls.step, step, heading);
      assert.equal(cls.numbered, true, heading);
    }
    assert.equal(classifyHeading('Next steps').step, undefined);
  });

  it('splits a question and the answer written after it on the same line', () => {
    const note = buildNote('---\ntype: codev\n---\n## Étape 2\n- Combien de clients ? → Douze, dont deux en mars\n- Q : qu\'as-tu tenté ? R : un mailing en mai\n');
    const questions = clarificationQuestions(note);
    assert.deepEqual(questions.map((q) => q.body), ['Combien de clients ?', 'qu\'as-tu tenté ?']);
    assert.deepEqual(answers(note.steps[2]).map((sentence) => sentence.body), ['Douze, dont deux en mars', 'un mailing en mai']);
  });

  it('reads a table as rows, without its header: questions with their answers, participants with their markers', () => {
    const session = buildNote('---\ntype: codev\n---\n## Étape 2\n\n| Qui | Question | Réponse |\n|---|---|---|\n| Marc | Combien reste-t-il de techniciens ? | Onze |\n');
    const [question] = clarificationQuestions(session);
    assert.equal(question.speaker, 'Marc');
    assert.equal(answers(session.steps[2])[0].body, 'Onze');
    const meeting = buildNote('---\ntype: rdv\n---\n## Participants\n\n| Nom | Fonction | Rôle |\n|---|---|---|\n| Isabelle Morel | Directrice des opérations | Décideur |\n| Franck Petit | Exploitation | |\n\n## Suite\n- Franck envoie les plannings le 25 mars\n');
    assert.deepEqual(meeting.participants.map((p) => [p.name, p.decider]), [['Isabelle Morel', true], ['Franck Petit', false]]);
  });

  it('reads a long step line as the step and its content', () => {
    const note = buildNote('---\ntype: codev\n---\nEtape 1 : exposé\nMa demande : comment vendre ?\n\nEtape 3 : demande : comment obtenir trois rendez-vous qualifiés par mois d\'ici juin ?\n');
    assert.equal(note.steps[3]?.heading.text, 'Etape 3');
    assert.equal(note.steps[3]?.lines[0].speaker, 'demande');
  });
});
