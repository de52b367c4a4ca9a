import { type Rule, quote, say } from './rule';

export const nextStepWithoutDate: Rule = {
  id: 'next-step-without-date',
  defaultSeverity: 'info',
  kinds: ['meeting'],
  summary: {
    fr: 'Une prochaine étape n’a ni date ni responsable.',
    en: 'A next step has neither a date nor an owner.',
  },
  check(note) {
    return note.nextSteps
      // The only buyer met, taken as the step's counterpart, is no one the step names.
      .filter((step) => !step.owner && !step.ownerName && !step.date && (!step.target || step.assumedTarget) && !step.towardsDecider)
      .map((step) => ({
        range: step.range,
        message: say(note.language, {
          fr: `« ${quote(step.text, 60)} » : qui le fait, et pour quand ? Sans responsable ni date, cette étape risque de ne jamais avoir lieu.`,
          en: `"${quote(step.text, 60)}": who does it, and by when? With neither an owner nor a date, this step may never happen.`,
        }),
      }));
  },
};
