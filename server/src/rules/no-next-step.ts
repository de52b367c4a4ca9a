import { nextStepInProse } from '../core/meeting/meeting';
import { openChecklistLines } from '../core/meeting/open-items';
import type { Note, Range } from '../core/types';
import { type Rule, say, titleRange } from './rule';

export const noNextStep: Rule = {
  id: 'no-next-step',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'Le rendez-vous se termine sans aucune prochaine étape.',
    en: 'The meeting ends with no next step at all.',
  },
  check(note) {
    // Steps carried over unticked (a follow-up's review list) are still to happen.
    if (note.nextSteps.length || openChecklistLines(note).length) return [];
    const heading = nextStepsHeading(note);
    // Without a next-steps section, a summary may agree the next step in a sentence.
    if (!heading && nextStepInProse(note)) return [];
    return [{
      range: heading ?? titleRange(note),
      message: say(note.language, {
        fr: 'Aucune prochaine étape : le rendez-vous s’arrête là. Notez ce qui a été convenu avec l’acheteur (qui fait quoi, avec qui), ou pourquoi il n’y a pas de suite.',
        en: 'No next step: the meeting stops here. Write down what was agreed with the buyer (who does what, with whom), or why there is no follow-up.',
      }),
    }];
  },
};

function nextStepsHeading(note: Note): Range | undefined {
  return note.nextStepsAt ?? note.sections.find((section) => section.role === 'next-steps')?.heading.range;
}
