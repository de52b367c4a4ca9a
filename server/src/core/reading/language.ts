// Decides whether a note is French or English: front matter first, then its words.
import { LANGUAGE_MARKERS, LANGUAGE_VALUES } from '../../lexicon/language';
import type { Language } from '../types';
import { normalize } from './text';

const FR = new Set(LANGUAGE_MARKERS.fr);
const EN = new Set(LANGUAGE_MARKERS.en);

export function languageFromValue(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  const normalized = normalize(value);
  if (LANGUAGE_VALUES.fr.includes(normalized)) return 'fr';
  if (LANGUAGE_VALUES.en.includes(normalized)) return 'en';
  return undefined;
}

/** Counts marker words in the first 20,000 characters; accented letters lean French. */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const sample = text.slice(0, 20_000);
  let fr = (sample.match(/[éèêàçùœ]/gi)?.length ?? 0) / 4;
  let en = 0;
  for (const word of normalize(sample).split(' ')) {
    if (FR.has(word)) fr++;
    if (EN.has(word)) en++;
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}
