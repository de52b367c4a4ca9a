import { type Rule, quote, say } from './rule';

export const nextStepWithoutPurpose: Rule = {
  id: 'next-step-without-purpose',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'Une prochaine étape n’est qu’une date (« rappelez-moi dans 3 mois ») : rien sur ce que l’acheteur va examiner, décider ou faire.',
    en: 'A next step is only a time ("call me back next quarter"): nothing about what the buyer will think about, decide or do.',
  },
  check(note) {
    return note.nextSteps.flatMap((step) => {
      const time = step.date?.text;
      if (!time || step.purpose) return [];
      return [{
        range: step.range,
        message: say(note.language, {
          fr: `« ${quote(step.text, 60)} » fixe une date, pas une direction : la boussole avant la montre. Demandez « Vous allez réfléchir à quoi ? » et notez ce que l’acheteur examinera, décidera ou fera d’ici là, et avec qui.`,
          en: `"${quote(step.text, 60)}" sets a time, not a direction: the compass before the watch. Ask "What will you think about?" and write down what the buyer will look at, decide or do by then, and with whom.`,
        }),
        data: { time },
      }];
    });
  },
};
