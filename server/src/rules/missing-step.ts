import { placeOfMissingStep } from '../core/session/steps';
import { STEPS } from '../lexicon/steps';
import { type Rule, say } from './rule';

export const missingStep: Rule = {
  id: 'missing-step',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'Une des six étapes de la séance n’a pas de section.',
    en: 'One of the six steps of the session has no section.',
  },
  check(note) {
    // Not one step read: the session is written in a layout of its own, and six "missing" steps would
    // say more of the reader than of the session; the rules that read its content still speak.
    if (STEPS.every((step) => !note.steps[step.step])) return [];
    return STEPS.filter((step) => !note.steps[step.step]).map((step) => ({
      range: placeOfMissingStep(note, step.step),
      message: say(note.language, {
        fr: `Étape ${step.step} (${step.name.fr}) absente des notes. ${step.purpose.fr} Ajoutez une section « Étape ${step.step} – ${step.name.fr} ».`,
        en: `Step ${step.step} (${step.name.en}) is missing from the notes. ${step.purpose.en} Add a "Step ${step.step} – ${step.name.en}" section.`,
      }),
      data: { step: step.step },
    }));
  },
};
