// Words the quick fixes write into a note and the titles they show, French and English side by side.
// Prompts end with "…": the consultant replaces them with what was said.
import type { Language, StepNumber } from '../core/types';

type Text = Record<Language, string>;

export const STEP_WORD: Text = { fr: 'Étape', en: 'Step' };

/** The line written under a step heading the note lacks. */
export const STEP_PROMPTS: Record<StepNumber, Text> = {
  1: { fr: 'Ma demande : comment … ?', en: 'My request: how can I … ?' },
  2: { fr: 'Q : … ?', en: 'Q: … ?' },
  3: {
    fr: 'Demande reformulée : comment … (la difficulté concrète), pour obtenir … (le résultat attendu), d’ici … ?',
    en: 'Reformulated request: how to … (the concrete difficulty), to obtain … (the result wanted), by … ?',
  },
  4: { fr: '- Suggestion : …', en: '- Suggestion: …' },
  5: { fr: '- [ ] … (qui, quoi, d’ici quand)', en: '- [ ] … (who, what, by when)' },
  6: { fr: '- Ce que j’ai appris : …', en: '- What I learnt: …' },
};

export const FACTS_HEADING: Text = { fr: 'Faits', en: 'Facts' };
export const FACTS_PROMPT: Text = {
  fr: '- Fait : … (chiffres, dates, exemples vécus)',
  en: '- Fact: … (figures, dates, real examples)',
};

export const DECIDER_MEETING = {
  step: { fr: (who: string) => `Obtenir un rendez-vous avec ${who}`, en: (who: string) => `Get a meeting with ${who}` },
  unnamed: { fr: 'le décideur', en: 'the decider' },
  superiorOf: { fr: (name: string) => `le N+1 ou N+2 de ${name}`, en: (name: string) => `${name}'s manager` },
};

export const PURPOSE_QUESTION: Text = { fr: 'vous allez réfléchir à quoi ?', en: 'what will you think about?' };

export const FIX_TITLES = {
  addFacts: { fr: 'Ajouter une section « Faits »', en: 'Add a "Facts" section' },
  addStep: { fr: (heading: string) => `Ajouter « ${heading} »`, en: (heading: string) => `Add "${heading}"` },
  writeReformulation: { fr: 'Écrire la demande reformulée', en: 'Write the reformulated request' },
  replaceStep: { fr: (text: string) => `Remplacer par « ${text} »`, en: (text: string) => `Replace with "${text}"` },
  askPurpose: { fr: 'Ajouter la question « vous allez réfléchir à quoi ? »', en: 'Add the question "what will you think about?"' },
  disableLine: { fr: (rule: string) => `Désactiver ${rule} pour cette ligne`, en: (rule: string) => `Disable ${rule} for this line` },
  disableFile: { fr: (rule: string) => `Désactiver ${rule} pour tout le fichier`, en: (rule: string) => `Disable ${rule} for this file` },
};

/** Where an open item stands, as a follow-up writes it after the item and as its own note marks it. */
export type ReviewState = 'done' | 'progress' | 'dropped';

/** What a follow-up writes after an item of the note it follows: "- Envoyer le devis : fait". */
export const REVIEW_STATES: Record<Language, Record<ReviewState, string>> = {
  fr: { done: 'fait', progress: 'en cours', dropped: 'abandonné' },
  en: { done: 'done', progress: 'in progress', dropped: 'dropped' },
};

/** The review line of one item, in the follow-up's language. */
export const REVIEW_LINE: Record<Language, (item: string, state: string) => string> = {
  fr: (item, state) => `- ${item} : ${state}`,
  en: (item, state) => `- ${item}: ${state}`,
};

/** What the note that holds an item writes after it, so its own reading says done or dropped. */
export const ITEM_MARKS: Record<Language, Record<'done' | 'dropped', string>> = {
  fr: { done: '(fait)', dropped: '(abandonné)' },
  en: { done: '(done)', dropped: '(dropped)' },
};

/**
 * Headings under which a follow-up reviews what the note before it left open, normalised: the one
 * the "New follow-up" command writes first.
 */
export const REVIEW_HEADINGS: readonly string[] = [
  'depuis la derniere fois', 'revue des points ouverts', 'revue des actions', 'suivi des actions', 'points ouverts', 'ou en est on',
  'since last time', 'review of open items', 'open items', 'actions review', 'where things stand',
];

export const REVIEW_TITLES: Record<Language, {
  one: (item: string, state: ReviewState) => string;
  many: (count: number, state: ReviewState) => string;
  mark: (item: string, state: 'done' | 'dropped') => string;
}> = {
  fr: {
    one: (item, state) => `Noter « ${item} » comme ${REVIEW_STATES.fr[state]}`,
    many: (count, state) => `Noter les ${count} points ouverts comme ${{ done: 'faits', progress: 'en cours', dropped: 'abandonnés' }[state]}`,
    mark: (item, state) => `Marquer « ${item} » comme ${state === 'done' ? 'fait' : 'abandonné'}`,
  },
  en: {
    one: (item, state) => `Mark "${item}" as ${REVIEW_STATES.en[state]}`,
    many: (count, state) => `Mark the ${count} open items as ${REVIEW_STATES.en[state]}`,
    mark: (item, state) => `Mark "${item}" as ${state}`,
  },
};
