// Classifies headings against the lexicon: which co-development step, which meeting section.
import { pattern } from '../patterns';
import { STEP_CARDINALS, STEP_NUMBER_WORDS, STEP_ORDINALS } from '../../lexicon/steps';
import { currentLexicon, type Lexicon } from '../../lexicon/additions';
import type { SectionRole, StepNumber } from '../types';
import { labelBeforeColon } from './scan';
import { hasPhrase, normalize } from './text';

export interface HeadingClass {
  step?: StepNumber;
  /** The step was named by its number ("Étape 2"): a strong sign of a session note. */
  numbered: boolean;
  role?: SectionRole;
}

const LABEL = `(?:${STEP_NUMBER_WORDS.join('|')})`;
const CARDINAL = `(?:[1-6]|${Object.keys(STEP_CARDINALS).join('|')})`;
const ORDINAL = `(?:${Object.keys(STEP_ORDINALS).join('|')})`;
// "Étape 2", "Step two", "Deuxième temps", "3e étape": the number before or after the label.
const STEP_NUMBER = pattern(`\\b${LABEL}\\s*(${CARDINAL})\\b|\\b(${ORDINAL})\\s+${LABEL}\\b`);
const STEP_NUMBER_FIRST = pattern(`^(?:${LABEL}\\s*${CARDINAL}|${ORDINAL}\\s+${LABEL})\\b`);

/** The step a heading names by its number, in figures or in words. */
function stepNumber(normalized: string): StepNumber | undefined {
  const match = STEP_NUMBER.exec(normalized);
  if (!match) return undefined;
  if (match[1]) return /\d/.test(match[1]) ? Number(match[1]) as StepNumber : STEP_CARDINALS[match[1]];
  return STEP_ORDINALS[match[2]];
}
const LEADING_NUMBER = /^([1-6])\b/;

// Headings classified under each lexicon (a team's additions change the answers).
const knownBy = new WeakMap<Lexicon, Map<string, HeadingClass>>();

/** A heading text is compared whole or by its words, never by substrings inside words. */
export function classifyHeading(text: string): HeadingClass {
  const lexicon = currentLexicon();
  let known = knownBy.get(lexicon);
  if (!known) knownBy.set(lexicon, known = new Map());
  let result = known.get(text);
  if (!result) {
    // Headings repeat from one keystroke to the next: remember them, within bounds.
    if (known.size > 10_000) known.clear();
    result = classify(text, lexicon);
    known.set(text, result);
  }
  return result;
}

function classify(text: string, lexicon: Lexicon): HeadingClass {
  const normalized = normalize(text);
  const result: HeadingClass = { numbered: false };
  const numbered = stepNumber(normalized);
  if (numbered) {
    result.step = numbered;
    result.numbered = true;
  } else {
    const rest = normalized.replace(LEADING_NUMBER, '').trim();
    const byAlias = bestStepAlias(rest, lexicon);
    if (byAlias) result.step = byAlias;
  }
  result.role = sectionRole(normalized, lexicon);
  return result;
}

function bestStepAlias(normalized: string, lexicon: Lexicon): StepNumber | undefined {
  let best: { step: StepNumber; alias: string } | undefined;
  for (const step of lexicon.stepAliases) {
    for (const alias of step.aliases) {
      if (alias.length > (best?.alias.length ?? 0) && hasPhrase(normalized, alias)) best = { step: step.step, alias };
    }
  }
  return best && !tooLongFor(normalized, best.alias) ? best.step : undefined;
}

function sectionRole(normalized: string, lexicon: Lexicon): SectionRole | undefined {
  let best: { role: SectionRole; alias: string } | undefined;
  for (const [role, aliases] of Object.entries(lexicon.sectionAliases) as [SectionRole, readonly string[]][]) {
    for (const alias of aliases) {
      if (alias.length > (best?.alias.length ?? 0) && hasPhrase(normalized, alias)) best = { role, alias };
    }
  }
  return best && !tooLongFor(normalized, best.alias) ? best.role : undefined;
}

/** A long heading that merely contains a short alias ("Questions to ask the CFO") names no section. */
function tooLongFor(normalized: string, alias: string): boolean {
  return normalized.split(' ').length > alias.split(' ').length + 3;
}

/** A paragraph line that stands as a heading: "Étape 2", "ETAPE 3 – Reformulation", "Step 4". */
export function isPseudoHeading(text: string): boolean {
  if (text.length > 60) return false;
  return STEP_NUMBER_FIRST.test(normalize(text));
}

/**
 * A long line that opens with its step and goes on with the step's content after a colon:
 * "Etape 3 : demande : comment garantir …" is the heading "Etape 3" and the line "demande : comment …".
 */
export function splitStepLine(text: string): { heading: string; rest: string } | undefined {
  if (text.length <= 60) return undefined;
  const colon = labelBeforeColon(text, 3, 30);
  if (!colon || !colon.rest || !STEP_NUMBER_FIRST.test(normalize(colon.label))) return undefined;
  return { heading: colon.label.trim(), rest: colon.rest };
}

const numberedCache = new Map<string, { step: StepNumber; rest: string } | null>();

/** A heading that names its step by number, and the words after the number: "Step 1 – Prerequisites". */
export function numberedHeading(text: string): { step: StepNumber; rest: string } | undefined {
  let known = numberedCache.get(text);
  if (known === undefined) {
    // Headings repeat from one keystroke to the next: remember them, within bounds.
    if (numberedCache.size > 10_000) numberedCache.clear();
    const normalized = normalize(text);
    const match = STEP_NUMBER.exec(normalized);
    const step = stepNumber(normalized);
    known = match && step ? { step, rest: `${normalized.slice(0, match.index)} ${normalized.slice(match.index + match[0].length)}`.trim() } : null;
    numberedCache.set(text, known);
  }
  return known ?? undefined;
}
