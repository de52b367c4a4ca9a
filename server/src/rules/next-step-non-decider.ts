import { PROPOSAL_WORDS } from '../lexicon/people';
import { describe, whoDecides } from '../core/meeting/decider';
import { hasAnyPhrase, normalize } from '../core/reading/text';
import { type Rule, say } from './rule';

export const nextStepNonDecider: Rule = {
  id: 'next-step-non-decider',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'Une prochaine étape (proposition, devis, démo…) est adressée à quelqu’un qui ne décide pas.',
    en: 'A next step (proposal, quote, demo...) is aimed at someone who does not decide.',
  },
  check(note) {
    const answer = whoDecides(note);
    const decider = answer.decider ? describe(answer.decider, note.language) : undefined;
    const superior = answer.superiorOf;
    return note.nextSteps
      .filter((step) => step.target?.decider === false && hasAnyPhrase(normalize(step.text), PROPOSAL_WORDS))
      .map((step) => {
        const person = describe(step.target!, note.language);
        return {
          range: step.range,
          message: say(note.language, {
            fr: `Cette étape s’adresse à ${person}, qui ne décide pas : une proposition à un non-décideur fait avancer votre processus de vente, pas son processus d’achat. Obtenez d’abord un rendez-vous avec ${decider ?? (superior ? `le N+1 ou N+2 de ${superior}` : 'le décideur')}.`,
            en: `This next step is aimed at ${person}, who does not decide: a proposal to a non-decider moves your sales process, not their buying process. First get a meeting with ${decider ?? (superior ? `${superior}'s manager (N+1 or N+2)` : 'the decider')}.`,
          }),
          data: { target: step.target!.name, decider: answer.decider?.name },
        };
      });
  },
};
