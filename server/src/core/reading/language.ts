// Decides whether a note is French or English: front matter first, then its words.
import { LANGUAGE_MARKERS, LANGUAGE_VALUES, SHARED_SHORTHAND } from '../../lexicon/language';
import type { Language } from '../types';
import { normalize } from './text';

const SHARED = new Set(SHARED_SHORTHAND);
const FR = new Set(LANGUAGE_MARKERS.fr.filter((word) => !SHARED.has(word)));
const EN = new Set(LANGUAGE_MARKERS.en.filter((word) => !SHARED.has(word)));

export function languageFromValue(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  const normalized = normalize(value);
  if (LANGUAGE_VALUES.fr.includes(normalized)) return 'fr';
  if (LANGUAGE_VALUES.en.includes(normalized)) return 'en';
  return undefined;
}

/** Characters read to decide; the statistical model reads fewer, since it only breaks a tie. */
const SAMPLE = 20_000;
const MODEL_SAMPLE = 2_000;

/**
 * Counts marker words (function words and the shorthand of hurried notes) in the first 20,000
 * characters; accented letters lean French. When the markers tie, as in a short note without
 * accents, tinyld's character n-gram model, restricted to French and English, decides.
 */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const sample = text.slice(0, SAMPLE);
  let fr = (sample.match(/[éèêàçùœ]/gi)?.length ?? 0) / 4;
  let en = 0;
  for (const word of normalize(sample).split(' ')) {
    if (FR.has(word)) fr++;
    if (EN.has(word)) en++;
  }
  if (fr !== en) return fr > en ? 'fr' : 'en';
  // Loaded on the first tie: its model weighs more to load than most notes take to analyse.
  const { detectAll } = require('tinyld/light') as typeof import('tinyld/light');
  const guesses = detectAll(sample.slice(0, MODEL_SAMPLE), { only: ['fr', 'en'] });
  const score = (lang: Language) => guesses.find((guess) => guess.lang === lang)?.accuracy ?? 0;
  if (score('fr') === score('en')) return fallback;
  return score('fr') > score('en') ? 'fr' : 'en';
}
