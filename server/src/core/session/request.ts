// The client's request as first stated (step 1) and as reformulated (step 3), and whether it moved.
import { stemmer as frenchStem } from '@orama/stemmers/french';
import englishStem from 'wink-porter2-stemmer';
import { eng, fra } from 'stopword';
import {
  REFORMULATION_LABELS, REQUEST_FILLER_WORDS, REQUEST_MARKERS, SKIPPED_STEP_PHRASES,
} from '../../lexicon/session';
import { answers } from './dialogue';
import { utterances } from '../reading/sentences';
import { frontMatterString } from '../markdown/frontmatter';
import type { Language, Note, Sentence } from '../types';
import { findPhrase, hasAnyPhrase, isQuestion, normalize } from '../reading/text';
import { forEachWord } from '../reading/scan';

export interface StatedRequest {
  text: string;
  /** The sentence that states it; absent when the request comes from the front matter. */
  sentence?: Sentence;
}

/**
 * What the client wants from the group, as step 1 states it: an utterance labelled as the request
 * ("Ma demande : …", "Her question to the group: …"), else the sentences that say it in any person
 * ("Je voudrais…", "He hopes the group can help him…"); the front matter `request:` otherwise.
 */
export function initialRequest(note: Note): StatedRequest[] {
  const stated: StatedRequest[] = [];
  for (const utterance of utterances(note.steps[1]?.sentences ?? [])) {
    const [first] = utterance.sentences;
    if (utterance.speaker && first.labelled && findPhrase(normalize(utterance.speaker), REQUEST_MARKERS)) {
      stated.push({ text: utterance.text, sentence: first });
      continue;
    }
    for (const sentence of utterance.sentences) {
      const said = sentence.speaker ? normalize(`${sentence.speaker} ${sentence.body}`) : sentence.normalized;
      if (hasAnyPhrase(said, REQUEST_MARKERS)) stated.push({ text: sentence.body, sentence });
    }
  }
  if (stated.length) return stated;
  const fromFrontMatter = frontMatterString(note.frontMatter.data, 'request', 'demande', 'demande_initiale', 'initial_request');
  return fromFrontMatter ? [{ text: fromFrontMatter }] : [];
}

/**
 * The reformulation is the last labelled utterance of step 3 ("Demande reformulée : ..."), else the
 * client's last answer there, else its last statement; the front matter can also hold it.
 */
export function reformulatedRequest(note: Note): StatedRequest | undefined {
  const section = note.steps[3];
  const said = utterances(section?.sentences ?? []);
  // A reformulation is often itself a question ("Demande reformulée : comment ... ?"): labels win over punctuation.
  // "Reformulation: we skipped it." is a label over what happened, not over a request.
  const labelled = said.filter((u) => u.speaker && u.sentences[0].labelled && u.text.trim() && REFORMULATION_LABELS.includes(normalize(u.speaker))
    && !hasAnyPhrase(normalize(u.text), SKIPPED_STEP_PHRASES));
  const last = labelled.at(-1);
  if (last) return { text: last.text, sentence: last.sentences[0] };
  // "On est passés directement aux suggestions": the notes say the step was skipped, not what it agreed.
  const sentences = (section?.sentences ?? []).filter((sentence) => !hasAnyPhrase(normalize(sentence.text), SKIPPED_STEP_PHRASES));
  const statements = sentences.filter((sentence) => !isQuestion(sentence.text));
  const kept = new Set(sentences);
  const replies = answers(section).filter((sentence) => !isQuestion(sentence.text) && kept.has(sentence));
  const sentence = replies.at(-1) ?? statements.at(-1) ?? sentences.at(-1);
  if (sentence) return { text: sentence.body || sentence.text, sentence };
  const fromFrontMatter = frontMatterString(note.frontMatter.data, 'reformulated_request', 'demande_reformulee', 'contrat', 'contract');
  return fromFrontMatter ? { text: fromFrontMatter } : undefined;
}

/** Snowball's French stemmer, and Porter2 (Snowball's English), which is not meant for figures ("30k"). */
const stemmers: Record<Language, (word: string) => string> = {
  fr: frenchStem,
  en: (word) => (/\d/.test(word) ? word : englishStem(word)),
};
/** Longer "words" (a pasted hash, a run of letters) are kept as they are: no stemmer is linear on them. */
const LONGEST_STEMMED = 40;
const ignored = new Set([...fra, ...eng, ...REQUEST_FILLER_WORDS].map(normalize));

/** Each word's stem, or '' for a word that does not count; bounded, since the workspace index stems every note. */
const stemmed = { fr: new Map<string, string>(), en: new Map<string, string>() };
let maxStemmed = 100_000;
const DIGITS = /^\d+$/;

/** Keeps at most `words` stems per language: a batch of notes read once each asks for few of them again. */
export function boundStems(words: number): void {
  maxStemmed = words;
  stemmed.fr.clear();
  stemmed.en.clear();
}

/** Content word stems: "adopter une posture commerciale" -> {postur, commercial}. */
export function contentStems(text: string, language: Language): Set<string> {
  return addContentStems(text, language, new Set<string>());
}

/** `contentStems` added to `stems`: a note's every line goes into one set, with no set per line. */
export function addContentStems(text: string, language: Language, stems: Set<string>): Set<string> {
  const known = stemmed[language];
  forEachWord(text.toLowerCase(), (word) => {
    if (word.length < 2) return;
    // A figure is its own stem: kept out of the cache, which it would fill with every note's numbers.
    if (DIGITS.test(word)) {
      stems.add(word);
      return;
    }
    let stem = known.get(word);
    if (stem === undefined) {
      // Stemming runs on accented words, since the Snowball French stemmer expects them.
      stem = ignored.has(normalize(word)) ? '' : normalize(word.length > LONGEST_STEMMED ? word : stemmers[language](word));
      if (known.size >= maxStemmed) known.clear();
      known.set(word, stem);
    }
    if (stem) stems.add(stem);
  });
  return stems;
}

/** The stems the reformulation adds to the initial request; none means it did not move. */
export function newStems(initial: readonly StatedRequest[], reformulated: StatedRequest, language: Language): string[] {
  const before = new Set(initial.flatMap((request) => [...contentStems(request.text, language)]));
  return [...contentStems(reformulated.text, language)].filter((stem) => !before.has(stem));
}
