// The shape every family of evidence shares: the lines that counted, each with its weight.
import type { Heading, KindFamily, KindSignal, Participant, Section, Sentence, TextLine } from '../../types';
import { EVERYDAY_SENSES } from '../../../lexicon/kind';
import { normalize } from '../text';

export interface EvidenceInput {
  title?: Heading;
  sections: readonly Section[];
  /** Lines written for this note: placeholders and empty fields are left out. */
  lines: readonly TextLine[];
  /** The note's sentences, wherever they are written (paragraphs, list items, quotes). */
  sentences: readonly Sentence[];
  /** The people of participants sections. */
  participants: readonly Participant[];
  /** The people of inline lists ("Présents : …", "Attendees: …", "Contact : …"), wherever written. */
  listed: readonly Participant[];
  /**
   * The note records one occasion: it has a date (front matter, title or opening line, a "Date:"
   * field) or names someone met. Guides and playbooks speak of "the customer" at no date.
   */
  anchored: boolean;
  /** It names the day it records (front matter, title, a "Date :" line at its top). */
  dated?: boolean;
}

export type Towards = KindSignal['towards'];

export function signal(family: KindFamily, towards: Towards, weight: number, text: string, line: number): KindSignal {
  return { family, towards, weight, text: text.length > 120 ? `${text.slice(0, 117)}…` : text, line };
}

/** Headings that are not the note's title. */
export function headingsOf(input: EvidenceInput): Heading[] {
  return input.sections.map((section) => section.heading).filter((heading) => heading !== input.title);
}

const wordsCache = new WeakMap<object, string[]>();

/**
 * `normalize` without transliteration, which costs most on French text (its curly apostrophes are
 * not ASCII): accents and punctuation go, ligatures stay. Enough to find the lexicon's phrases.
 */
export function quickNormalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9+]+/g, ' ').trim();
}

/** A text's normalised words. */
export function textWords(text: string): string[] {
  const normalized = quickNormalize(text);
  return normalized ? normalized.split(' ') : [];
}

/** A line's or a sentence's normalised words, computed once however many families read it. */
export function wordsOf(line: TextLine | Heading | Sentence): string[] {
  let words = wordsCache.get(line);
  if (!words) {
    words = textWords(line.text);
    wordsCache.set(line, words);
  }
  return words;
}

/** A list of phrases indexed by first word: finding one in a line costs a look-up per word. */
export class Phrases {
  private readonly byFirst = new Map<string, { words: string[]; text: string }[]>();

  constructor(phrases: readonly string[]) {
    for (const text of phrases) {
      const words = text.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, text });
      this.byFirst.set(words[0], list);
    }
  }

  /** The longest phrase found as whole words in `words`. */
  find(words: readonly string[]): string | undefined {
    let best: string | undefined;
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (best && phrase.text.length <= best.length) continue;
        if (phrase.words.every((word, k) => words[i + k] === word)) best = phrase.text;
      }
    }
    return best;
  }

  /** The longest phrase that starts at `words[at]`. */
  startingAt(words: readonly string[], at: number): string | undefined {
    let best: string | undefined;
    for (const phrase of this.byFirst.get(words[at]) ?? []) {
      if (best && phrase.text.length <= best.length) continue;
      if (phrase.words.every((word, k) => words[at + k] === word)) best = phrase.text;
    }
    return best;
  }

  has(words: readonly string[]): boolean {
    return this.find(words) !== undefined;
  }
}

const speakers = new Map<string, string>();

/** A speaker label normalised ("Consultant X" -> "consultant"); labels repeat, so they are remembered. */
export function speakerOf(line: TextLine): string {
  if (!line.speaker) return '';
  let normalized = speakers.get(line.speaker);
  if (normalized === undefined) {
    if (speakers.size > 1000) speakers.clear();
    normalized = normalize(line.speaker).replace(/ [a-z0-9]$/, '');
    speakers.set(line.speaker, normalized);
  }
  return normalized;
}

const EVERYDAY = new Phrases(EVERYDAY_SENSES);

/**
 * A line's words less those of the phrases that give a deal word its everyday sense ("deal with",
 * "lead to", "our proposal is to deprecate…").
 */
export function withoutEverydaySenses(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const phrase = EVERYDAY.startingAt(words, i);
    if (!phrase) continue;
    out ??= [...words];
    const length = phrase.split(' ').length;
    for (let k = i; k < i + length; k++) out[k] = '';
    i += length - 1;
  }
  return out ?? words;
}
