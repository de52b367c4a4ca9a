import { answers } from '../core/session/dialogue';
import { factsSectionSentences, factualStatements } from '../core/session/facts';
import { type Rule, say, titleRange } from './rule';

/** Fewer factual statements than this in step 2, and no Facts section, means the session gathered no facts. */
const MIN_FACTUAL_LINES = 2;

export const noFacts: Rule = {
  id: 'no-facts',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'Les notes ne contiennent aucun fait : ni section Faits, ni réponse factuelle aux questions de clarification.',
    en: 'The notes hold no facts: no Facts section and no factual answer in the clarification questions.',
  },
  check(note) {
    if (factsSectionSentences(note).length > 0) return [];
    const clarification = note.steps[2];
    const factual = factualStatements(answers(clarification));
    if (factual >= MIN_FACTUAL_LINES) return [];
    const where = clarification
      ? say(note.language, { fr: 'les questions de clarification', en: 'the clarification questions' })
      : say(note.language, { fr: 'la séance (l’étape 2 manque)', en: 'the session (step 2 is missing)' });
    return [{
      range: clarification?.heading.range ?? titleRange(note),
      message: say(note.language, {
        fr: `Aucun fait recueilli dans ${where} : pas de section Faits et ${factual ? 'une seule réponse factuelle' : 'aucune réponse factuelle'}. Sans faits (chiffres, dates, exemples vécus, ce qui a été essayé), le groupe conseille à l’aveugle : ajoutez une section « Faits ».`,
        en: `No facts gathered in ${where}: no Facts section and ${factual ? 'only one factual answer' : 'no factual answer'}. Without facts (figures, dates, real examples, what was tried), the group advises blind: add a "Facts" section.`,
      }),
      data: { factualLines: factual },
    }];
  },
};
