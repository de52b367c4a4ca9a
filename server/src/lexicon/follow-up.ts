// The words of a follow-up note, French and English side by side.
import type { Language } from '../core/types';
import { FRONT_MATTER_PEOPLE_KEYS, LABEL_ROLES } from './labels';

export const FOLLOW_UP_TEXT: Record<Language, {
  title: string;
  since: string;
  review: (note: string) => string;
  nothingOpen: string;
  participants: string;
  nextSteps: string;
  fileWord: string;
  meetingType: string;
  /** The heading under which a decider named but not met is carried over. */
  decider: string;
}> = {
  fr: {
    title: 'Suivi',
    since: 'Depuis la dernière fois',
    review: (note) => `Repris de « ${note} » : cochez ce qui est fait, notez où en est le reste.`,
    nothingOpen: 'La note suivie ne laisse aucune action ni prochaine étape ouverte.',
    participants: 'Participants',
    nextSteps: 'Prochaines étapes',
    fileWord: 'suivi',
    meetingType: 'rdv',
    decider: 'Qui décide',
  },
  en: {
    title: 'Follow-up',
    since: 'Since last time',
    review: (note) => `Carried over from "${note}": tick what is done, note where the rest stands.`,
    nothingOpen: 'The note this follows leaves no action or next step open.',
    participants: 'Attendees',
    nextSteps: 'Next steps',
    fileWord: 'follow-up',
    meetingType: 'meeting',
    decider: 'Decision maker',
  },
};

/** File name words that mark a follow-up, so a follow-up of a follow-up does not pile them up. */
export const FOLLOW_UP_FILE_WORDS = ['suivi', 'follow-up', 'followup'];

/**
 * Front matter keys a follow-up keeps from the note it follows, value as written: the account (or a
 * session's client) and who runs the session. Normalised: lower case, no accents.
 */
export const FOLLOW_UP_CARRIED_KEYS: readonly string[] = [
  ...FRONT_MATTER_PEOPLE_KEYS.account, ...LABEL_ROLES.client, ...LABEL_ROLES.facilitator,
];
