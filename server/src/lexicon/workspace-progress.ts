// What the editor shows while the language server reads the workspace's notes, French and English.
import type { Language } from '../core/types';

export const INDEX_PROGRESS: Record<'title' | 'listing', Record<Language, string>> & Record<'reading', Record<Language, (done: number, total: number) => string>> = {
  title: { fr: 'Boussole : lecture des notes', en: 'Boussole: reading the notes' },
  listing: { fr: 'Recherche des notes…', en: 'Finding the notes…' },
  reading: {
    fr: (done, total) => `${done.toLocaleString('fr')} sur ${total.toLocaleString('fr')}`,
    en: (done, total) => `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  },
};
