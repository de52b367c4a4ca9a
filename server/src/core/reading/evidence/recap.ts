// An e-mail recap written to the person met, after the meeting: "Bonjour Mme Roussel, merci pour
// votre accueil ce matin… Comme convenu…", "Hi Dana, thanks for your time today. As discussed…",
// then a signature. It records an occasion with the one greeted; the writer's offer in it (a
// proposal, a demo, a trial, another meeting) makes the writer the seller and the one greeted the buyer.
import { NON_COMMERCIAL_CONTEXT, RECAP } from '../../../lexicon/kind';
import { GREETINGS } from '../../../lexicon/stakeholders';
import { closingLine } from '../../meeting/closing';
import type { KindSignal, Sentence } from '../../types';
import { isQuestion, normalize } from '../text';
import { isHonorific, signsAsSeller } from './sides';
import { NAME_WORD } from '../../meeting/stakeholders';
import { type EvidenceInput, Phrases, signal, textWords, wordsOf } from './signals';

const GREETING = new Set(GREETINGS);
const GROUPS = new Set(RECAP.groups);
const THANKS = new Phrases(RECAP.thanks);
const MET = new Phrases(RECAP.met);
const AGREED = new Phrases(RECAP.agreed);
const OFFERS = new Phrases(RECAP.offers);
const WRITER = new Set(RECAP.writer);
const VERBS = new Set(RECAP.verbs);
const NON_COMMERCIAL = new Phrases(NON_COMMERCIAL_CONTEXT);
/** The greeting opens the e-mail: among its first sentences, its header lines ("Objet :", "À :") left out. */
const OPENING = 3;
/** "merci pour votre accueil", "thanks for taking the time": what was given follows the thanks closely. */
const MET_WITHIN = 4;
/** "je vous propose", "I'll then send you": the offer's verb follows the writer closely, its object within a clause. */
const VERB_WITHIN = 3;
const OFFER_WITHIN = 12;

/**
 * "Bonjour Mme Roussel,", "Hi Dana, thanks for…", "Dear Ms. Park": the name greeted and what the
 * sentence says after it; not "Hi all," nor "Bonjour à tous".
 */
export function greeting(text: string): { name: string; rest: string } | undefined {
  const trimmed = text.trim();
  let cut = trimmed.length;
  for (let i = 0; i < trimmed.length && i < 60; i++) {
    if (',!:;'.includes(trimmed[i])) {
      cut = i;
      break;
    }
  }
  const words = trimmed.slice(0, cut).split(/\s+/);
  if (cut === trimmed.length && words.length > 5) return undefined;
  if (!GREETING.has(normalize(words[0] ?? ''))) return undefined;
  const name = words.slice(1).filter((word) => !isHonorific(word) && !['maitre', 'maître'].includes(word.toLowerCase()));
  if (!name.length || name.length > 3 || !name.every((word) => NAME_WORD.test(word) && !GROUPS.has(normalize(word)))) return undefined;
  return { name: name.join(' '), rest: trimmed.slice(cut + 1) };
}

/** "merci pour votre accueil", "thanks for your time today", "thank you for having us". */
function thanksForMeeting(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const thanks = THANKS.startingAt(words, i);
    if (!thanks) continue;
    const from = i + thanks.split(' ').length;
    for (let j = from; j < from + MET_WITHIN && j < words.length; j++) if (MET.startingAt(words, j)) return true;
  }
  return false;
}

/** "Je vous propose une démonstration le 14 mars", "I'll send you the pilot plan": the writer offers what a seller offers. */
function writersOffer(words: readonly string[]): boolean {
  if (NON_COMMERCIAL.has(words)) return false;
  for (let i = 0; i < words.length; i++) {
    if (!WRITER.has(words[i])) continue;
    const verb = words.slice(i + 1, i + 1 + VERB_WITHIN).some((word) => VERBS.has(word));
    if (!verb) continue;
    for (let j = i + 1; j <= i + OFFER_WITHIN && j < words.length; j++) if (OFFERS.startingAt(words, j)) return true;
  }
  return false;
}

/** The greeting and the thanks for the meeting that open an e-mail recap. */
function recapOpening(sentences: readonly Sentence[]): { name: string; sentence: Sentence } | undefined {
  const opening: Sentence[] = [];
  for (const sentence of sentences) {
    if (opening.length === OPENING + 2) break;
    if (!sentence.labelled) opening.push(sentence);
  }
  for (let i = 0; i < OPENING && i < opening.length; i++) {
    const greeted = greeting(opening[i].text);
    if (!greeted) continue;
    // The thanks follow the greeting, on its line or in the next two sentences.
    const thanked = [textWords(greeted.rest), ...opening.slice(i + 1, i + 3).map(wordsOf)].some(thanksForMeeting);
    return thanked ? { name: greeted.name, sentence: opening[i] } : undefined;
  }
  return undefined;
}

export function recapSignals(input: EvidenceInput): KindSignal[] {
  const opening = recapOpening(input.sentences);
  if (!opening) return [];
  const line = opening.sentence.range.start.line;
  const closing = closingLine(input.lines) ?? Number.POSITIVE_INFINITY;
  const body = input.sentences.filter((sentence) => sentence.range.start.line >= line && sentence.range.start.line < closing);
  // Without the writer's offer or a seller's signature, a thank-you note (a candidate's, a
  // contributor's) is no sales meeting.
  const offer = body.find((sentence) => !isQuestion(sentence.text) && writersOffer(wordsOf(sentence)))
    ?? input.sentences.find((sentence) => sentence.range.start.line > closing && signsAsSeller(sentence.text, wordsOf(sentence)));
  if (!offer) return [];
  const signals = [
    signal('recap', 'meeting', 1, opening.sentence.text, line),
    signal('sides', 'meeting', 2, `${offer.text} / ${opening.name}`, offer.range.start.line),
  ];
  const agreed = body.find((sentence) => AGREED.has(wordsOf(sentence)));
  if (agreed) signals.push(signal('recap', 'meeting', 1, agreed.text, agreed.range.start.line));
  // Signed: a sign-off, then a name, on its line ("Best, Sam") or under it.
  const signOff = input.lines.find((l) => l.range.start.line === closing);
  if (signOff && (input.lines.some((l) => l.range.start.line > closing) || /[,!]\s*\p{Lu}/u.test(signOff.text))) {
    signals.push(signal('recap', 'meeting', 1, signOff.text, closing));
  }
  return signals;
}
