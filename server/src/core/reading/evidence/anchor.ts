// Whether a note records one occasion: a day (front matter, title or opening line, a "Date:" field)
// or people named and met. A guide speaks of "the customer" on no day in particular.
import { GREETINGS, MET_CUES } from '../../../lexicon/stakeholders';
import type { Heading, Participant, Sentence } from '../../types';
import { namesADay, noteDate } from '../dates';
import { looksLikeTitle } from '../../meeting/stakeholders';
import { normalize } from '../text';
import { isHonorific, titledPerson } from './sides';
import { NAME_WORD } from '../../meeting/stakeholders';

const DATE_LABELS = new Set(['date', 'le', 'quand', 'when', 'jour', 'day']);
/** "Meeting date:", "Date du RDV :", "Date de la visite :": a label that holds a date word. */
const labelsADate = (label: string) => label.split(' ').some((word) => DATE_LABELS.has(word));
/** Where an opening date or greeting is written: the first lines, not a guide's tenth chapter. */
const OPENING_SENTENCES = 12;

/**
 * "Claire Dawson", "Dr. Laura Kim": a first and a last name, not a title ("CFO", "TA Director"), a
 * department ("Finance") or a pronoun ("moi").
 */
function namesSomeone(person: Participant): boolean {
  const words = person.name.split(/\s+/).filter((word) => !isHonorific(word));
  return person.side === 'buyer' && words.length >= 2 && words.length <= 4 && words.every((word) => NAME_WORD.test(word) || /^\p{Lu}\.?$/u.test(word))
    && !looksLikeTitle(person.name);
}

/**
 * "Hi Rachel,", "Bonjour Sophie", "Met Dr. Ruth Park", "Rencontré Hugo Garnier": someone named, met.
 * Further into the sentence's opening words, as a memo is dictated ("bon alors vu Sophie Garnier",
 * "so I just got off the phone with Priya Natarajan"), the met cue must be followed by a first and a
 * last name.
 */
function greetsOrMeetsSomeone(sentence: Sentence): boolean {
  const words = sentence.text.split(/[\s,:]+/);
  for (let start = 0; start < MET_WITHIN_WORDS && start < words.length; start++) {
    for (let cue = 1; cue <= 4 && start + cue < words.length; cue++) {
      const opening = normalize(words.slice(start, start + cue).join(' '));
      if (!(start === 0 && GREETINGS.includes(opening)) && !MET_CUES.includes(opening)) continue;
      // "j'ai vu le docteur Lemaire", "met with Mrs Park": an honorific and a surname name someone too.
      let at = start + cue;
      if (ARTICLES.has(normalize(words[at] ?? ''))) at++;
      const titled = isHonorific(words[at] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[at + 1] ?? '');
      // "We met the Release Team": after an article, only an honorific and a surname name someone.
      const name = words.slice(start + cue).filter((word) => !isHonorific(word));
      if (titled || (start === 0 ? name[0] && /^\p{Lu}\p{Ll}/u.test(name[0]) : name.length >= 2 && NAME_WORD.test(name[0]) && NAME_WORD.test(name[1]))) return true;
    }
  }
  return false;
}

const ARTICLES = new Set(['le', 'la', 'l', 'the']);

/** How far into a sentence a met cue still opens it: "so I just got off the phone with", "je sors de chez Roux j'ai vu". */
const MET_WITHIN_WORDS = 10;

export function anchoredNote(
  frontMatterDate: unknown, title: Heading | undefined, sentences: readonly Sentence[], participants: readonly Participant[],
): boolean {
  if (datedNote(frontMatterDate, title, sentences) || participants.some(namesSomeone)) return true;
  return sentences.slice(0, OPENING_SENTENCES).some((sentence) => greetsOrMeetsSomeone(sentence) || titledPerson(sentence.text) !== undefined);
}

/** The note names the day it records: its front matter, its title or first line, a "Date :" line at its top. */
export function datedNote(frontMatterDate: unknown, title: Heading | undefined, sentences: readonly Sentence[]): boolean {
  if (noteDate(frontMatterDate) || namesADay(title?.text ?? sentences[0]?.text ?? '')) return true;
  return sentences.slice(0, OPENING_SENTENCES)
    .some((sentence) => sentence.labelled && labelsADate(normalize(sentence.speaker ?? '')) && namesADay(sentence.body));
}
