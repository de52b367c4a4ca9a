// The meeting readers read the note's sentences (`reading/sentences.ts`), each with the line it
// starts on: a person found in a sentence is placed on that line. What a reader gets from a
// sentence's text alone (its words, names, cues) is kept with the sentence of the chunk cache, so
// a keystroke reads again only the sentences of the chunk it changed, and the readings go when
// their chunk leaves the cache.
import { type Lexicon, currentLexicon } from '../../lexicon/additions';
import type { Range, Sentence, TextLine } from '../types';
import { normalize } from '../reading/text';
import { type Word, wordsOf } from './words';

export interface MeetingSentence {
  text: string;
  /** `normalize(text)`, label included. */
  normalized: string;
  range: Range;
  /** The line the sentence starts on. */
  line: TextLine;
  /** The sentence opens an entry (paragraph, list item, labelled or fresh line, table row). */
  entryStart: boolean;
  /** What the readers read of its text, kept with the chunk cache's sentence this one is a copy of. */
  readings: Readings;
}

/**
 * The note's sentences, in order, each with its first line (`lines` are in order too). `origin`
 * gives the chunk cache's sentence of a note sentence shifted to its place in the note.
 */
export function meetingSentences(sentences: readonly Sentence[], lines: readonly TextLine[],
  origin: ReadonlyMap<Sentence, Sentence> = new Map()): MeetingSentence[] {
  const out: MeetingSentence[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const row = sentence.range.start.line;
    while (at < lines.length && lines[at].range.start.line < row) at++;
    const line = lines[at]?.range.start.line === row ? lines[at] : lineOf(sentence);
    const readings = textOf(origin.get(sentence) ?? sentence);
    out.push({ text: sentence.text, normalized: readings.normalized, range: sentence.range, line, entryStart: sentence.blockStart, readings });
  }
  return out;
}

function lineOf(sentence: Sentence): TextLine {
  return { text: sentence.text, body: sentence.body, block: sentence.block, itemStart: sentence.blockStart, range: sentence.range };
}

interface Readings {
  lexicon: Lexicon;
  normalized: string;
  /** Kept only until every reader has read the sentence: words weigh more than the sentence. */
  words?: Word[];
  byReader: Partial<Record<SentenceReader, unknown>>;
  /** How many readers have read it. */
  read: number;
}

/** The readers that keep what they read of each sentence. */
export type SentenceReader = 'stakeholders' | 'decisions';
const READERS = 2;

const readings = new WeakMap<object, Readings>();

function textOf(key: object): Readings {
  const lexicon = currentLexicon();
  let found = readings.get(key);
  if (!found || found.lexicon !== lexicon) {
    const text = (key as { text: string }).text;
    found = { lexicon, normalized: found?.normalized ?? normalize(text), byReader: {}, read: 0 };
    readings.set(key, found);
  }
  return found;
}

/** The words of a sentence, for a reader reading it the first time: a reader keeps only what it needs of them. */
export function sentenceWords(sentence: MeetingSentence): Word[] {
  const found = sentence.readings;
  found.words ??= wordsOf(sentence.text);
  return found.words;
}

/**
 * What `reader` reads from a sentence's text alone, computed once per sentence and lexicon. `read`
 * must depend on nothing but the text (and the lexicon): never on other sentences or people.
 */
export function sentenceReading<T>(sentence: MeetingSentence, reader: SentenceReader, read: (sentence: MeetingSentence) => T): T {
  const found = sentence.readings;
  if (reader in found.byReader) return found.byReader[reader] as T;
  const value = read(sentence);
  found.byReader[reader] = value;
  if (++found.read >= READERS) delete found.words;
  return value;
}
