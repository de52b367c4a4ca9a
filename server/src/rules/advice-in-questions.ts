import { adviceOpening, clarificationQuestions } from '../core/session/questions';
import { type Rule, quote, say } from './rule';

export const adviceInQuestions: Rule = {
  id: 'advice-in-questions',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'Une question de clarification est un conseil déguisé (« As-tu pensé à… ? », « Tu devrais… ? »).',
    en: 'A clarification question is advice in disguise ("Have you tried…?", "Shouldn’t you…?").',
  },
  check(note) {
    return clarificationQuestions(note).flatMap((sentence) => {
      const opening = adviceOpening(sentence);
      if (!opening) return [];
      return [{
        range: sentence.range,
        message: say(note.language, {
          fr: `« ${quote(sentence.body)} » suggère une solution au lieu de chercher à comprendre. Gardez l’idée pour l’étape 4 et demandez plutôt : « Qu’as-tu déjà essayé ? », « Que se passe-t-il quand… ? »`,
          en: `"${quote(sentence.body)}" suggests a solution instead of seeking to understand. Keep the idea for step 4 and ask instead: "What have you already tried?", "What happens when…?"`,
        }),
        data: { opening },
      }];
    });
  },
};
