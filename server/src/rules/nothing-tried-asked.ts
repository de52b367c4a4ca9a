import { factsSectionSentences } from '../core/session/facts';
import { both, startingPhrase } from '../core/reading/phrases';
import { adviceOpening, clarificationQuestions, questionWords } from '../core/session/questions';
import { hasAnyPhrase, isQuestion } from '../core/reading/text';
import type { Sentence } from '../core/types';
import { TRIED_PHRASES, TRIED_QUESTION_OPENINGS } from '../lexicon/questions';
import { type Rule, say } from './rule';

export const nothingTriedAsked: Rule = {
  id: 'nothing-tried-asked',
  defaultSeverity: 'info',
  kinds: ['session'],
  summary: {
    fr: 'Personne n’a demandé ce que le client a déjà essayé, ni ce qu’il en pense.',
    en: 'Nobody asked what the client has already tried, or what they make of it.',
  },
  check(note) {
    const clarification = note.steps[2];
    if (!clarification) return [];
    // What was tried may come from the exposé or a Facts section as well as from a question.
    // "Why don't you try Kanban?" suggests a try; it does not ask what was tried.
    const suggests = (sentence: Sentence) => isQuestion(sentence.text) && adviceOpening(sentence) !== undefined;
    const read = [...(note.steps[1]?.sentences ?? []), ...clarification.sentences, ...factsSectionSentences(note)]
      .filter((sentence) => !suggests(sentence));
    const phrases = both(TRIED_PHRASES);
    if (read.some((sentence) => hasAnyPhrase(sentence.normalized, phrases))) return [];
    const openings = both(TRIED_QUESTION_OPENINGS);
    if (clarificationQuestions(note).some((sentence) => startingPhrase(questionWords(sentence), openings))) return [];
    return [{
      range: clarification.heading.range,
      message: say(note.language, {
        fr: 'Les notes ne disent pas ce que le client a déjà essayé. A-t-on demandé « Qu’as-tu déjà essayé ? Qu’en as-tu pensé ? » ? Sans cela, le groupe risque de proposer ce qui a déjà échoué.',
        en: 'The notes do not say what the client has already tried. Did anyone ask "What have you already tried? What did you make of it?" Without it, the group may suggest what has already failed.',
      }),
    }];
  },
};
