// What the hover on a step heading teaches: good practices and the usual duration of each step,
// French and English side by side. The purpose of each step lives with its name in `steps.ts`.
import type { Language, StepNumber } from '../core/types';

export interface StepGuide {
  practices: Record<Language, string[]>;
  duration: Record<Language, string>;
}

export const STEP_GUIDE: Record<StepNumber, StepGuide> = {
  1: {
    practices: {
      fr: [
        'Le client parle sans être interrompu ; le groupe écoute et note les mots exacts.',
        'Il finit par sa demande : « Ma demande, c’est… » — notez-la telle quelle.',
        'Une situation réelle et actuelle, sur laquelle le client peut agir.',
      ],
      en: [
        'The client speaks without interruption; the group listens and writes down the exact words.',
        'They end with their request: "My request is…" — write it down as said.',
        'A real, current situation the client can act on.',
      ],
    },
    duration: { fr: '10 à 15 minutes', en: '10 to 15 minutes' },
  },
  2: {
    practices: {
      fr: [
        'Des questions ouvertes qui cherchent des faits : combien, depuis quand, que s’est-il passé la dernière fois ?',
        'Demandez ce qui a déjà été essayé, et ce que le client en a tiré.',
        'Pas de conseil déguisé en question (« As-tu pensé à… ? ») : les idées viennent à l’étape 4.',
      ],
      en: [
        'Open questions that look for facts: how many, since when, what happened the last time?',
        'Ask what has already been tried, and what the client learnt from it.',
        'No advice in disguise ("Have you thought of…?"): ideas come at step 4.',
      ],
    },
    duration: { fr: '15 à 20 minutes', en: '15 to 20 minutes' },
  },
  3: {
    practices: {
      fr: [
        'Le groupe propose une reformulation ; le client la corrige et la valide.',
        'Une bonne demande dit la difficulté concrète et le résultat attendu : bloqué par quoi, pour obtenir quoi, d’ici quand ?',
        'Si elle redit la demande initiale, les questions n’ont pas encore fait leur travail.',
      ],
      en: [
        'The group proposes a reformulation; the client corrects and confirms it.',
        'A good request names the concrete difficulty and the result wanted: blocked by what, to obtain what, by when?',
        'If it says the initial request again, the questions have not done their work yet.',
      ],
    },
    duration: { fr: '5 à 10 minutes', en: '5 to 10 minutes' },
  },
  4: {
    practices: {
      fr: [
        'Chacun répond à la demande reformulée, pas à la sienne.',
        'Le client écoute et note sans se justifier ni débattre.',
        'Des pistes concrètes, une par personne et par tour, plutôt qu’un avis général.',
      ],
      en: [
        'Everyone answers the reformulated request, not their own.',
        'The client listens and takes notes without justifying or debating.',
        'Concrete leads, one per person per round, rather than general opinions.',
      ],
    },
    duration: { fr: '20 à 30 minutes', en: '20 to 30 minutes' },
  },
  5: {
    practices: {
      fr: [
        'Le client dit ce qu’il retient, avec ses mots.',
        'Chaque action dit qui fait quoi et d’ici quand ; cochez-la (- [x]) une fois faite.',
        'Peu d’actions, mais que le client s’engage vraiment à mener.',
      ],
      en: [
        'The client says what they keep, in their own words.',
        'Each action says who does what by when; tick it (- [x]) once done.',
        'Few actions, but ones the client really commits to.',
      ],
    },
    duration: { fr: '10 à 15 minutes', en: '10 to 15 minutes' },
  },
  6: {
    practices: {
      fr: [
        'Chacun, client compris, dit ce qu’il a appris — pas seulement ce qu’il a aimé.',
        'Sur le problème, sur sa façon de questionner, sur la méthode.',
        'Une phrase précise vaut mieux qu’un « c’était riche ».',
      ],
      en: [
        'Everyone, the client included, says what they learnt — not only what they liked.',
        'About the problem, about their way of asking, about the method.',
        'One precise sentence is worth more than "it was rich".',
      ],
    },
    duration: { fr: '10 minutes', en: '10 minutes' },
  },
};
