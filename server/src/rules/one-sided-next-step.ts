import { aimsAtDecider, isDeliverable, isMeeting } from '../core/meeting/meeting';
import type { NextStep } from '../core/types';
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
    if (!steps.length || steps.some(engagesBuyer) || !steps.some(sellersOwn)) return [];
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

/**
 * The buyer carries the step out, or gives their time to a meeting that is more than the seller's
 * presentation, or meets the decider; sending a proposal, even to the decider, stays the seller's.
 */
function engagesBuyer(step: NextStep): boolean {
  if (step.owner === 'buyer') return true;
  // "Rappeler Jean à la rentrée": a call with no purpose asks nothing of the buyer, even of the decider.
  if (!step.purpose) return false;
  // Sending the decider a planning or a deck is still the seller's own work.
  if (step.owner === 'seller' && !isMeeting(step)) return false;
  if (isDeliverable(step)) return isMeeting(step) && aimsAtDecider(step);
  return isMeeting(step) || aimsAtDecider(step);
}

/** The seller's task: said so, or a proposal or a demo, which only the seller prepares. */
function sellersOwn(step: NextStep): boolean {
  return step.owner === 'seller' || (step.owner === undefined && isDeliverable(step));
}
