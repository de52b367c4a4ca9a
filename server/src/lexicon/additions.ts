// The lexicon a team adds to the built-in one (from its configuration file), merged, never replacing.
// The core reads the lists it recognises through `currentLexicon()`: the built-in lists plus the
// additions of the analysis under way (`withLexicon`), so one seam carries them to every reader.
import { normalize } from '../core/reading/text';
import type { SectionRole, StepNumber } from '../core/types';
import { DECIDER_TITLES, SELLER_MARKERS } from './people';
import { SECTION_ALIASES } from './sections';
import { STEPS } from './steps';

/** What a configuration file may add, as written by people (any case, accents, punctuation). */
export interface LexiconAdditions {
  /** Our own company's names: a participant from it is on the seller side. */
  company?: readonly string[];
  /** Our sellers' names: these participants are on the seller side. */
  sellers?: readonly string[];
  /** Titles that decide on a purchase, in the buyer's organisation. */
  deciderTitles?: readonly string[];
  /** More heading names for each co-development step, by step number. */
  steps?: Partial<Record<`${StepNumber}`, readonly string[]>>;
  /** More heading names for the meeting and session sections. */
  sections?: Partial<Record<SectionRole, readonly string[]>>;
}

/** The lists the core matches against, normalised (see `normalize`). */
export interface Lexicon {
  /** Seller markers, our sellers and our company's names. */
  sellerMarkers: readonly string[];
  /** Our company's names: whoever comes from it is on the seller side, whatever their title. */
  company: readonly string[];
  deciderTitles: readonly string[];
  stepAliases: readonly { step: StepNumber; aliases: readonly string[] }[];
  sectionAliases: Readonly<Record<SectionRole, readonly string[]>>;
}

export const BUILT_IN_LEXICON: Lexicon = {
  sellerMarkers: SELLER_MARKERS,
  company: [],
  deciderTitles: DECIDER_TITLES,
  stepAliases: STEPS.map((step) => ({ step: step.step, aliases: step.aliases })),
  sectionAliases: SECTION_ALIASES,
};

// One merged lexicon per distinct set of additions, so derived caches can key on its identity.
const merged = new Map<string, Lexicon>();

/** The built-in lists plus the additions, normalised and without duplicates. */
export function effectiveLexicon(additions: LexiconAdditions | undefined): Lexicon {
  if (!additions || isEmpty(additions)) return BUILT_IN_LEXICON;
  const key = JSON.stringify(additions);
  let lexicon = merged.get(key);
  if (!lexicon) {
    if (merged.size > 100) merged.clear();
    lexicon = merge(additions);
    merged.set(key, lexicon);
  }
  return lexicon;
}

let current: Lexicon = BUILT_IN_LEXICON;

/** The lexicon of the analysis under way. */
export function currentLexicon(): Lexicon {
  return current;
}

/** Runs a (synchronous) analysis with `lexicon` as the current one. */
export function withLexicon<T>(lexicon: Lexicon, run: () => T): T {
  const previous = current;
  current = lexicon;
  try {
    return run();
  } finally {
    current = previous;
  }
}

function merge(additions: LexiconAdditions): Lexicon {
  const built = BUILT_IN_LEXICON;
  const sectionAliases = { ...built.sectionAliases };
  for (const [role, aliases] of Object.entries(additions.sections ?? {}) as [SectionRole, readonly string[]][]) {
    sectionAliases[role] = union(sectionAliases[role] ?? [], aliases);
  }
  return {
    sellerMarkers: union(built.sellerMarkers, [...(additions.company ?? []), ...(additions.sellers ?? [])]),
    company: union([], additions.company ?? []),
    deciderTitles: union(built.deciderTitles, additions.deciderTitles ?? []),
    stepAliases: built.stepAliases.map(({ step, aliases }) => ({ step, aliases: union(aliases, additions.steps?.[`${step}`] ?? []) })),
    sectionAliases,
  };
}

function union(base: readonly string[], added: readonly string[]): readonly string[] {
  const extra = added.map(normalize).filter((phrase) => phrase && !base.includes(phrase));
  return extra.length ? [...base, ...new Set(extra)] : base;
}

function isEmpty(additions: LexiconAdditions): boolean {
  return Object.values(additions).every((value) => !value || (Array.isArray(value) ? !value.length : !Object.keys(value).length));
}
