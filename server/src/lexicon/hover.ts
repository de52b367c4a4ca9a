// The words around what the hovers show, French and English side by side.
import type { DeciderSource, Language } from '../core/types';

type Text = Record<Language, string>;

export const STEP_HOVER = {
  step: { fr: 'Étape', en: 'Step' } as Text,
  practices: { fr: 'Bonnes pratiques', en: 'Good practices' } as Text,
  duration: { fr: 'Durée habituelle', en: 'Usual duration' } as Text,
};

export const PARTICIPANT_HOVER = {
  decides: { fr: 'Décide', en: 'Decides' } as Text,
  doesNotDecide: { fr: 'Ne décide pas', en: 'Does not decide' } as Text,
  unknown: { fr: 'La note ne dit pas s’il ou elle décide', en: 'The note does not say whether they decide' } as Text,
  seller: { fr: 'Côté vendeur', en: 'Seller’s side' } as Text,
  notMet: { fr: 'Pas rencontré dans ce rendez-vous', en: 'Not met in this meeting' } as Text,
};

/** What the hover on a person adds from the account's other notes. */
export const PERSON_HISTORY = {
  heading: {
    fr: (notes: number) => `Dans les ${notes} notes du compte`,
    en: (notes: number) => `Across the account's ${notes} notes`,
  },
  decides: { fr: 'décide', en: 'decides' } as Text,
  doesNotDecide: { fr: 'ne décide pas', en: 'does not decide' } as Text,
  unknown: { fr: 'aucune note ne dit s’il ou elle décide', en: 'no note says whether they decide' } as Text,
  met: { fr: 'Rencontré', en: 'Met' } as Text,
  neverMet: { fr: 'Jamais rencontré', en: 'Never met' } as Text,
  undated: { fr: 'sans date', en: 'undated' } as Text,
};

/** Where Boussole learnt who decides, in the order it trusts the sources. */
export const DECIDER_SOURCES: Record<DeciderSource, Text> = {
  marker: { fr: 'marqué ainsi dans la liste des participants', en: 'marked so in the list of participants' },
  'front-matter': { fr: 'nommé par `decider:` dans l’en-tête', en: 'named by `decider:` in the front matter' },
  'decision-line': {
    fr: 'd’après ce que la note dit de la décision',
    en: 'from what the note says about the decision',
  },
  statement: { fr: 'd’après ce que la note en dit', en: 'from what the note says' },
  table: { fr: 'd’après le tableau des parties prenantes', en: 'from the stakeholders table' },
  title: { fr: 'd’après son titre, qui porte d’ordinaire la décision', en: 'from their title, which usually carries the decision' },
  'other-decider': { fr: 'quelqu’un d’autre décide, d’après la note', en: 'someone else decides, according to the note' },
};

export const LINK_HOVER = {
  notFound: { fr: 'Note introuvable', en: 'Note not found' } as Text,
  request: { fr: 'Demande', en: 'Request' } as Text,
  purpose: { fr: 'Objet', en: 'Purpose' } as Text,
  actionPlan: { fr: 'Plan d’action', en: 'Action plan' } as Text,
  nextSteps: { fr: 'Prochaines étapes', en: 'Next steps' } as Text,
  tasks: { fr: 'Actions', en: 'Actions' } as Text,
  none: { fr: 'aucune action notée', en: 'no action written down' } as Text,
  more: { fr: (n: number) => `… et ${n} de plus`, en: (n: number) => `… and ${n} more` },
  open: { fr: (n: number) => `${n} ouverte${n > 1 ? 's' : ''}`, en: (n: number) => `${n} open` },
};

export const FINDING_HOVER = {
  why: { fr: 'Pourquoi', en: 'Why' } as Text,
};
