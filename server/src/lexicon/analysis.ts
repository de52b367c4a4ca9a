// What the editor says when a note's check was cut off, French and English side by side.
import type { Language } from '../core/types';

export const INTERRUPTED_MESSAGES: Record<'timeout' | 'failed', Record<Language, (seconds: string) => string>> = {
  timeout: {
    fr: (seconds) => `Vérification interrompue : la note demande plus de ${seconds} s d’analyse, elle n’est pas vérifiée. Découpez-la en une note par séance ou par rendez-vous.`,
    en: (seconds) => `Check stopped: the note takes more than ${seconds} s to analyse, so it is not checked. Split it into one note per session or meeting.`,
  },
  failed: {
    fr: () => 'La vérification de cette note a échoué ; elle sera reprise à la prochaine modification.',
    en: () => 'Checking this note failed; it will be tried again at the next edit.',
  },
};
