import { PROPOSAL_WORDS } from '../lexicon/people';
import { hasAnyPhrase, normalize } from '../core/reading/text';
import type { Note, Participant } from '../core/types';
import { type Rule, quote, say } from './rule';

export const nextStepNonDecider: Rule = {
  id: 'next-step-non-decider',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'Une prochaine étape (proposition, devis, démo…) est adressée à quelqu’un qui ne décide pas.',
    en: 'A next step (proposal, quote, demo...) is aimed at someone who does not decide.',
  },
  check(note) {
    const decider = deciderName(note);
    const absent = note.decision.absentDecider;
    return note.nextSteps
      .filter((step) => step.target?.decider === false && hasAnyPhrase(normalize(step.text), PROPOSAL_WORDS))
      .map((step) => {
        const person = describe(step.target!);
        return {
          range: step.range,
          message: say(note.language, {
            fr: `Cette étape s’adresse à ${person}, qui ne décide pas : une proposition à un non-décideur fait avancer votre processus de vente, pas son processus d’achat. Obtenez d’abord un rendez-vous avec ${decider ?? (absent?.superiorOf ? `le N+1 ou N+2 de ${absent.superiorOf}` : 'le décideur')}.`,
            en: `This next step is aimed at ${person}, who does not decide: a proposal to a non-decider moves your sales process, not their buying process. First get a meeting with ${decider ?? (absent?.superiorOf ? `${absent.superiorOf}'s manager (N+1 or N+2)` : 'the decider')}.`,
          }),
          data: { target: step.target!.name, decider },
        };
      });
  },
};

function describe(participant: Participant): string {
  return participant.role ? `${participant.name} (${participant.role})` : participant.name;
}

/** The decider's name when the note gives one, present or not. */
function deciderName(note: Note): string | undefined {
  const present = note.participants.find((p) => p.decider === true);
  if (present) return describe(present);
  const absent = note.decision.absentDecider;
  return absent && !absent.superiorOf ? quote(absent.text, 60) : undefined;
}
