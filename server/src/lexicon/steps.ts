// The six steps of a co-development session (Payette & Champagne), in French and English.
// Aliases are matched on normalised headings (lower case, no accents, no punctuation),
// as whole words; a heading that names a step number ("Étape 2", "Step 2") wins over aliases.
import type { StepNumber } from '../core/types';

export interface StepVocabulary {
  step: StepNumber;
  name: { fr: string; en: string };
  purpose: { fr: string; en: string };
  aliases: string[];
}

export const STEP_NUMBER_WORDS = ['etape', 'step', 'temps', 'phase', 'stage'];

/** Step numbers written as words, after the label ("Step two", "Étape deux"). */
export const STEP_CARDINALS: Record<string, StepNumber> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6,
  one: 1, two: 2, three: 3, four: 4, five: 5,
};

/** Ordinals before the label ("Deuxième temps", "2e étape", "Third step"); normalised, so "1ère" is "1ere". */
export const STEP_ORDINALS: Record<string, StepNumber> = {
  premier: 1, premiere: 1, '1er': 1, '1ere': 1, deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2eme': 2, '2nd': 2,
  troisieme: 3, '3e': 3, '3eme': 3, quatrieme: 4, '4e': 4, '4eme': 4, cinquieme: 5, '5e': 5, '5eme': 5,
  sixieme: 6, '6e': 6, '6eme': 6,
  first: 1, '1st': 1, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, sixth: 6, '6th': 6,
};

export const STEPS: StepVocabulary[] = [
  {
    step: 1,
    name: { fr: 'Exposé du client', en: "Client's presentation" },
    purpose: {
      fr: 'Le client expose sa situation et dit ce qu’il attend du groupe : sa demande initiale.',
      en: 'The client presents the situation and says what they want from the group: the initial request.',
    },
    aliases: [
      'expose', 'expose du client', 'exposition', 'presentation du probleme', 'presentation de la situation',
      'situation du client', 'le probleme', 'probleme', 'demande initiale',
      'presentation', 'client presentation', 'problem statement', 'the problem', 'problem', 'situation',
      'initial request', 'client s presentation',
    ],
  },
  {
    step: 2,
    name: { fr: 'Questions de clarification', en: 'Clarification questions' },
    purpose: {
      fr: 'Les consultants posent des questions pour recueillir des faits : ce qui se passe, ce qui a été essayé, ce que le client en pense.',
      en: 'The consultants ask questions to gather facts: what happens, what has been tried, what the client thinks of it.',
    },
    aliases: [
      'questions de clarification', 'clarification', 'questions', 'questions d eclaircissement',
      'eclaircissement', 'questionnement', 'clarification questions', 'clarifying questions', 'q a', 'q r',
    ],
  },
  {
    step: 3,
    name: { fr: 'Reformulation de la demande', en: 'Reformulated request' },
    purpose: {
      fr: 'Le groupe reformule la demande et le client la valide : c’est le contrat de la séance.',
      en: 'The group reformulates the request and the client confirms it: it is the contract of the session.',
    },
    aliases: [
      'reformulation', 'reformulation de la demande', 'demande reformulee', 'contrat', 'la demande',
      'demande', 'contrat de consultation', 'reformulated request', 'request', 'the request',
      'contract', 'reframing', 'reformulating the request',
    ],
  },
  {
    step: 4,
    name: { fr: 'Réactions et suggestions', en: 'Reactions and suggestions' },
    purpose: {
      fr: 'Les consultants partagent réactions, idées et suggestions qui répondent à la demande reformulée.',
      en: "The consultants share reactions, ideas and suggestions that answer the reformulated request.",
    },
    aliases: [
      'reactions', 'suggestions', 'reactions et suggestions', 'commentaires', 'idees', 'consultation',
      'pistes', 'reactions and suggestions', 'ideas', 'advice', 'comments', 'consulting',
    ],
  },
  {
    step: 5,
    name: { fr: 'Synthèse et plan d’action', en: 'Synthesis and action plan' },
    purpose: {
      fr: 'Le client dit ce qu’il retient et s’engage sur des actions concrètes, datées.',
      en: 'The client says what they keep and commits to concrete, dated actions.',
    },
    aliases: [
      'synthese', 'plan d action', 'synthese et plan d action', 'synthese du client', 'actions', 'engagements',
      'synthesis', 'action plan', 'synthesis and action plan', 'next actions', 'commitments',
    ],
  },
  {
    step: 6,
    name: { fr: 'Apprentissages', en: 'Learnings' },
    purpose: {
      fr: 'Chacun dit ce qu’il a appris : sur le problème, sur le questionnement, sur la méthode.',
      en: 'Everyone says what they learnt: about the problem, the questioning, the method.',
    },
    aliases: [
      'apprentissages', 'apprentissage', 'lecons', 'lecons apprises', 'ce que j ai appris', 'retour d experience',
      'learnings', 'learning', 'lessons', 'lessons learned', 'lessons learnt', 'takeaways', 'what we learnt',
      'what we learned',
    ],
  },
];
