import { sellerOnly } from '../core/meeting/meeting';
import { type Rule, say, titleRange } from './rule';

export const oneSidedNextStep: Rule = {
  id: 'one-sided-next-step',
  defaultSeverity: 'info',
  kinds: ['meeting'],
  summary: {
    fr: 'Toutes les prochaines étapes sont des tâches du vendeur : rien n’est demandé à l’acheteur.',
    en: 'Every next step is the seller’s own task: nothing is asked of the buyer.',
  },
  check(note) {
    const steps = note.nextSteps;
    if (!sellerOnly(steps)) return [];
    return [{
      range: note.nextStepsAt ?? titleRange(note),
      message: say(note.language, {
        fr: 'Toutes les prochaines étapes sont les vôtres : votre processus de vente avance, pas son processus d’achat. Qu’est-ce que l’acheteur fera de son côté d’ici là (réunir des chiffres, organiser un rendez-vous avec le décideur, valider un critère) ?',
        en: 'Every next step is yours: your sales process moves, not their buying process. What will the buyer do on their side by then (gather figures, set up a meeting with the decider, confirm a criterion)?',
      }),
      data: { steps: steps.length },
    }];
  },
};
