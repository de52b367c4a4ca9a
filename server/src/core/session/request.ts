// The client's request as first stated (step 1) and as reformulated (step 3), and whether it moved.
import { newStemmer } from 'snowball-stemmers';
import { eng, fra } from 'stopword';
import {
  REFORMULATION_LABELS, REQUEST_FILLER_WORDS, REQUEST_MARKERS,
} from '../../lexicon/session';
import { isAnswer } from './dialogue';
import { frontMatterString } from '../markdown/frontmatter';
import type { Language, Note, TextLine } from '../types';
import { findPhrase, hasAnyPhrase, isQuestion, normalize } from '../reading/text';

export interface StatedRequest {
  text: string;
  /** Absent when the request comes from the front matter. */
  line?: TextLine;
}

/** Lines of step 1 that say what the client wants; the front matter `request:` otherwise. */
export function initialRequest(note: Note): StatedRequest[] {
  const stated: StatedRequest[] = [];
  for (const line of note.steps[1]?.lines ?? []) {
    if (line.speaker && findPhrase(normalize(line.speaker), REQUEST_MARKERS)) {
      stated.push({ text: line.body, line });
      continue;
    }
    // A line often holds several sentences: keep the ones that state the request.
    for (const sentence of line.body.split(/(?<=[.!?…])\s+/)) {
      if (hasAnyPhrase(normalize(sentence), REQUEST_MARKERS)) stated.push({ text: sentence, line });
    }
  }
  if (stated.length) return stated;
  const fromFrontMatter = frontMatterString(note.frontMatter.data, 'request', 'demande', 'demande_initiale', 'initial_request');
  return fromFrontMatter ? [{ text: fromFrontMatter }] : [];
}

/**
 * The reformulation is the last labelled line of step 3 ("Demande reformulée : ..."), else the
 * client's last answer there, else its last statement; the front matter can also hold it.
 */
export function reformulatedRequest(note: Note): StatedRequest | undefined {
  const lines = note.steps[3]?.lines ?? [];
  // A reformulation is often itself a question ("Demande reformulée : comment ... ?"): labels win over punctuation.
  const labelled = lines.filter((line) => line.speaker && line.body && REFORMULATION_LABELS.includes(normalize(line.speaker)));
  const statements = lines.filter((line) => !isQuestion(line.text));
  const answers = statements.filter(isAnswer);
  const line = labelled.at(-1) ?? answers.at(-1) ?? statements.at(-1) ?? lines.at(-1);
  if (line) return { text: line.body || line.text, line };
  const fromFrontMatter = frontMatterString(note.frontMatter.data, 'reformulated_request', 'demande_reformulee', 'contrat', 'contract');
  return fromFrontMatter ? { text: fromFrontMatter } : undefined;
}

const stemmers = { fr: newStemmer('french'), en: newStemmer('english') };
const ignored = new Set([...fra, ...eng, ...REQUEST_FILLER_WORDS].map(normalize));

/** Content word stems: "adopter une posture commerciale" -> {postur, commercial}. */
export function contentStems(text: string, language: Language): Set<string> {
  const stems = new Set<string>();
  // Stemming runs on accented words, since the Snowball French stemmer expects them.
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word || ignored.has(normalize(word)) || word.length < 2) continue;
    stems.add(normalize(stemmers[language].stem(word)));
  }
  return stems;
}

/** The stems the reformulation adds to the initial request; none means it did not move. */
export function newStems(initial: readonly StatedRequest[], reformulated: StatedRequest, language: Language): string[] {
  const before = new Set(initial.flatMap((request) => [...contentStems(request.text, language)]));
  return [...contentStems(reformulated.text, language)].filter((stem) => !before.has(stem));
}
