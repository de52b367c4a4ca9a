import { clarificationQuestions, isClosedQuestion } from '../core/session/questions';
import { OPEN_QUESTION_EXAMPLES } from '../lexicon/questions';
import { type Rule, say } from './rule';

/** Below this many questions, their form says little about the questioning. */
const MIN_QUESTIONS = 4;

export const closedQuestions: Rule = {
  id: 'closed-questions',
  defaultSeverity: 'info',
  kinds: ['session'],
  summary: {
    fr: 'La plupart des questions de clarification sont fermées (réponse oui ou non).',
    en: 'Most clarification questions are closed (answered by yes or no).',
  },
  check(note) {
    const asked = clarificationQuestions(note);
    const closed = asked.filter(isClosedQuestion);
    if (asked.length < MIN_QUESTIONS || closed.length * 2 <= asked.length) return [];
    return [{
      range: note.steps[2]!.heading.range,
      message: say(note.language, {
        fr: `${closed.length} questions sur ${asked.length} sont fermées : elles font confirmer une hypothèse au lieu de faire décrire la situation. Ouvrez-les : ${OPEN_QUESTION_EXAMPLES.fr.join(' ')}`,
        en: `${closed.length} of ${asked.length} questions are closed: they have the client confirm a guess instead of describing the situation. Open them: ${OPEN_QUESTION_EXAMPLES.en.join(' ')}`,
      }),
      data: { closed: closed.length, total: asked.length, lines: closed.map((sentence) => sentence.range.start.line) },
    }];
  },
};
