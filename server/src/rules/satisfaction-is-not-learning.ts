import { isLesson, isSatisfaction, learnings, vaguePhrases } from '../core/session/learnings';
import { type Rule, say } from './rule';

export const satisfactionIsNotLearning: Rule = {
  id: 'satisfaction-is-not-learning',
  defaultSeverity: 'info',
  kinds: ['session'],
  summary: {
    fr: 'Les apprentissages (étape 6) ne disent que la satisfaction, sans leçon sur le problème, le questionnement ou la méthode.',
    en: 'The learnings (step 6) only express satisfaction, with no lesson about the problem, the questioning or the method.',
  },
  check(note) {
    const step = note.steps[6];
    const said = learnings(note);
    if (!step || !said.some((entry) => isSatisfaction(entry.text))) return [];
    // One learning that is neither satisfaction nor vague may be a lesson in words the lexicon lacks.
    const onlySatisfaction = said.every((entry) => !isLesson(entry.text)
      && (isSatisfaction(entry.text) || vaguePhrases(entry.text).length > 0));
    if (!onlySatisfaction) return [];
    return [{
      range: step.heading.range,
      message: say(note.language, {
        fr: 'Les apprentissages ne disent que la satisfaction. Une séance agréable n’est pas forcément efficace : c’est l’illusion de la satisfaction. Qu’a-t-on appris sur le problème, sur le questionnement (faits recueillis ? questions ouvertes ?), sur la méthode ?',
        en: 'The learnings only express satisfaction. A pleasant session is not necessarily an effective one: that is the illusion of satisfaction. What was learnt about the problem, the questioning (facts gathered? open questions?), the method?',
      }),
      data: { learnings: said.length },
    }];
  },
};
