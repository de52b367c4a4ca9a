// Win probabilities and forecast categories written in a line: "pronostic 35 %", "forecast: commit".
import { pattern } from '../patterns';
import {
  FORECAST_AFTER_PERCENT, FORECAST_CATEGORIES, FORECAST_LABELS, FORECAST_SHORT_LABELS, FORECAST_SUBJECTS, FORECAST_TOOLS,
} from '../../lexicon/meeting';
import { startingPhrase } from '../reading/phrases';
import { normalize } from '../reading/text';

// Plain ASCII, most lines, has no accent to drop: decomposing it would change nothing.
const fold = (text: string) => (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
const alternatives = (phrases: readonly string[]) => phrases.map((p) => p.replace(/ /g, '\\W+')).join('|');
const LABEL = alternatives(FORECAST_LABELS);
// "Opportunity logged at 50% in the CRM", "affaire saisie à 40 %": a deal recorded at a probability.
const SUBJECT_AT = pattern(`^\\W*(?:${alternatives(FORECAST_SUBJECTS)})\\b[^\\n]{0,30}?\\b(?:at|a|en)\\s+\\d{1,3}\\s*%`);
// "pronostic 35 %", "probability: 40%", "forecast: commit", "60 % de chances".
const FORECAST_PATTERNS = [
  pattern(`\\b(?:${LABEL})\\b[^\\n]{0,40}?\\d{1,3}\\s*%`),
  pattern(`\\d{1,3}\\s*%\\s*(?:de\\s+|of\\s+)?(?:${LABEL}|likely)\\b`),
  pattern(`\\b(?:${LABEL}|${alternatives(FORECAST_SHORT_LABELS)})\\b\\W{1,5}(?:${alternatives(FORECAST_CATEGORIES)})\\b`),
  SUBJECT_AT,
  // "putting it at 60% in HubSpot", "je la mets à 40 % dans le CRM" (the tool ends the clause: not "30% in the CRM market"), "60% to close".
  pattern(`\\d{1,3}\\s?%\\s(?:in|on|dans|sur)\\s(?:the\\s|le\\s|notre\\s|our\\s)?(?:${alternatives(FORECAST_TOOLS)})\\b(?!\\s\\w)`),
  pattern(`\\d{1,3}\\s?%\\s(?:${alternatives(FORECAST_AFTER_PERCENT)})\\b`),
];

export function isForecast(text: string): boolean {
  // Folded once: each line of every note is asked.
  const folded = fold(text);
  return FORECAST_PATTERNS.some((pattern) => pattern.test(folded));
}

/** A line that only records a forecast ("Pronostic : 35 %"), as opposed to a task that mentions one. */
export function isForecastOnly(text: string): boolean {
  return isForecast(text) && (startingPhrase(normalize(text), FORECAST_LABELS) !== undefined || SUBJECT_AT.test(fold(text)));
}
