// The two sides of a sales meeting read from anywhere in the note, not only from a participants
// section: someone who sells (a "moi" among the people met, a seller's signature, "our proposal",
// a deal's CRM fields) and a buyer spoken of as a third party (named people met, a decision or a
// budget that belongs to someone, "leur budget"). Each clue is a line of the note.
import {
  DEAL_FIELDS, FOR_US_ACTS, HANDING_VERBS, NON_COMMERCIAL_CONTEXT, WRITER_SUBJECTS, WRITER_SUBJECT_SPAN, WRITER_WORDS, SELLER_ACTS, SELLER_OFFERS,
  SELLER_ROLES, SUBJECT_LABELS, THIRD_PARTY_WORDS,
} from '../../../lexicon/kind';
import { CLEFT_PHRASES, DECISION_PHRASES, DECISION_WORDS, GREETINGS, MET_CUES, OCCASION_ADJECTIVES } from '../../../lexicon/stakeholders';
import { SPOKEN_STEP_LABELS } from '../../../lexicon/meeting';
import { LEADING_CONNECTORS } from '../../../lexicon/questions';
import type { KindSignal, Participant, Sentence } from '../../types';
import { looksLikeTitle, NAME_WORD } from '../../meeting/stakeholders';
import { readLabel } from '../labels';
import { SELLER_SIDE_LABELS } from '../../../lexicon/labels';
import { normalize } from '../text';
import { HONORIFICS } from '../../../lexicon/stakeholders';
import { type EvidenceInput, Phrases, signal, textWords, withoutEverydaySenses, wordsOf } from './signals';

const SELLER_ACT = new Phrases(SELLER_ACTS);
const SELLER_ROLE = new Phrases(SELLER_ROLES);
/** Roles a signature spells out: "Account Executive", "Ingénieur commercial"; "AE" alone is shorthand anywhere. */
const SIGNATURE_ROLE = new Phrases(SELLER_ROLES.filter((role) => role.includes(' ') || /^(?:commercial|commerciale|vendeur|vendeuse|seller|presales)$/.test(role)));
const THIRD_PARTY = new Phrases(THIRD_PARTY_WORDS);
const DECIDES_BEFORE = new Phrases(DECISION_PHRASES.before);
const DECIDED_BY = new Phrases(DECISION_PHRASES.after.filter((phrase) => !CLEFT_PHRASES.includes(phrase)));
const DECISION = new Phrases(DECISION_WORDS);
const HANDING = new Phrases(HANDING_VERBS);
const OFFER = new Phrases(SELLER_OFFERS);
const NON_COMMERCIAL = new Phrases(NON_COMMERCIAL_CONTEXT);
const STRONG_FIELDS = new Set(DEAL_FIELDS.strong);
const WEAK_FIELDS = new Set(DEAL_FIELDS.weak);
/** "We will decide", "on tranchera": the writer's own team deciding is no buyer's decision. */
const FIRST_PERSON = new Set(['we', 'i', 'on', 'nous', 'je', 'you', 'vous', 'let', 'to', 'us']);
/**
 * Words that may stand before the writer's own verb: subjects, auxiliaries, object pronouns, and
 * what a dictated memo opens with ("du coup je lui envoie", "so next step I send").
 */
const WRITER_BEFORE_VERB = new Set([
  ...FIRST_PERSON, ...WRITER_WORDS, ...LEADING_CONNECTORS.fr.flatMap((c) => c.split(' ')), ...LEADING_CONNECTORS.en,
  ...SPOKEN_STEP_LABELS.flatMap((label) => label.split(' ')),
]);

/** Acts that open on their verb: whoever comes before it does them ("Priya demoed", "Paul envoie"). */
const ACT_VERBS = new Set([...HANDING_VERBS, 'demoed', 'gave', 'did', 'talked', 'relancer', 'relance']);
const SELLER_LABELS = new Set(SELLER_SIDE_LABELS);
const MET = new Phrases(MET_CUES);
const WRITER_SUBJECT = new Set(WRITER_SUBJECTS);
const OCCASION_ADJECTIVE = new Set(OCCASION_ADJECTIVES);

/**
 * "Me + Sam (SE) met Kevin O'Brien (VP Ops)", "J'ai vu Mme Roussel (DAF) avec son adjoint": the
 * writer, first in the sentence, met someone named with their title after the met verb.
 */
function writerMetTitled(text: string, words: readonly string[]): boolean {
  // "Met with Priya Shah (COO)…", "Rencontré Mme Roussel (DAF)": the writer is the subject left unsaid.
  // "Short call today with Daniel Ortiz (COO)": an occasion's adjective first.
  const from = OCCASION_ADJECTIVE.has(words[0] ?? '') ? 1 : 0;
  const unsaid = words.length > from && MET.startingAt(words, from) !== undefined;
  if (!words.length || (!unsaid && !WRITER_SUBJECT.has(words[0]))) return false;
  for (let i = unsaid ? from : 1; i <= WRITER_SUBJECT_SPAN && i < words.length; i++) {
    const cue = MET.startingAt(words, i);
    if (!cue) continue;
    // The titled person is read in the text after the cue's words.
    const after = text.slice(cueEnd(text, cue, unsaid && !from));
    return titledPerson(after) !== undefined;
  }
  return false;
}

/** Where the met cue's last word ends in the text: the first word written so, after the sentence's first unless the cue opens it. */
function cueEnd(text: string, cue: string, opens = false): number {
  const last = cue.split(' ').at(-1) ?? '';
  let first = !opens;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!first && normalize(match[0]) === last) return match.index + match[0].length;
    first = false;
  }
  return text.length;
}
const FOR_US = new Phrases(FOR_US_ACTS);

/** A signature is a short line: "Account Executive, Routeway", "Ingénieur commercial – Spendly". */
const SIGNATURE_WORDS = 6;

interface Clue {
  text: string;
  line: number;
}

/**
 * "Laura signs everything herself", "Claire … will decide by June", "the budget is held by the head
 * of operations": a decision that is someone else's.
 */
export function thirdPartyDecision(sentenceWords: readonly string[]): boolean {
  if (NON_COMMERCIAL.has(sentenceWords)) return false;
  for (let i = 0; i < sentenceWords.length; i++) {
    if (DECIDES_BEFORE.startingAt(sentenceWords, i) && i > 0 && !FIRST_PERSON.has(sentenceWords[i - 1])) return true;
  }
  return DECIDED_BY.has(sentenceWords) && DECISION.has(sentenceWords);
}


/** "Dr.", "Mme", "M.": a word before a name that is not part of it. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.includes(word.replace(/\.$/, '').toLowerCase());
}
const SEPARATORS = ',(–—';
/** How far a title runs after the name: "DG de Nettoyage Rhône Services". */
const TITLE_WORDS = 6;

/**
 * "Patrick Nguyen, DG de Nettoyage Rhône", "Odile Sabatier, PDG", "Greg Fenwick, the owner", "Hugo
 * Fabre (procurement mgr)": a first and last name, then a title. Someone specific, on their side.
 */
export function titledPerson(text: string): string | undefined {
  for (let at = 0; at < text.length; at++) {
    if (!SEPARATORS.includes(text[at])) continue;
    const name = text.slice(Math.max(0, at - 40), at).trim().split(/\s+/).slice(-2);
    // "your Account Executive, Solutions Engineer or SDR": a list of roles, nobody named.
    if (name.length < 2 || !name.every((word) => NAME_WORD.test(word)) || looksLikeTitle(name.join(' '))) continue;
    const after = text.slice(at + 1, at + 80).split(/[,;)(.–—]/)[0].trim().split(/\s+/).slice(0, TITLE_WORDS).join(' ');
    if (after && looksLikeTitle(after)) return `${name.join(' ')} (${after})`;
  }
  return undefined;
}

/** A seller's act in the sentence, unless someone else does it: "Priya demoed the dashboard" is a colleague's. */
function sellerAct(sentenceWords: readonly string[]): boolean {
  // "Our proposal is to deprecate the v1 loader": an idea put forward, in an RFC or an ADR.
  const words = withoutEverydaySenses(sentenceWords);
  for (let i = 0; i < words.length; i++) {
    const act = SELLER_ACT.startingAt(words, i);
    if (!act) continue;
    if (!ACT_VERBS.has(act.split(' ')[0]) || !words.slice(0, i).some((word) => !WRITER_BEFORE_VERB.has(word))) return true;
  }
  return false;
}

/**
 * "send Marco the brochure", "je lui envoie la propale", "prep quote for 3 labels": the seller
 * delivering, the act and what it hands over in one clause. "Email Nurtures, Packaging & Pricing" in
 * a list of features hands nothing over.
 */
function handsADeliverable(text: string, sentenceWords: readonly string[]): boolean {
  if (!HANDING.has(sentenceWords) || !OFFER.has(sentenceWords) || NON_COMMERCIAL.has(sentenceWords)) return false;
  return clauses(text).some((clause) => {
    const words = textWords(clause);
    return HANDING.has(words) && OFFER.has(words) && !someoneElseHands(words);
  });
}

/**
 * "Paul envoie le comparatif des devis", "Marc sends the quotes": a third party hands it over, not
 * the writer. Before the writer's own handing verb stand only "je", "we'll", "lui", "->".
 */
function someoneElseHands(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!HANDING.startingAt(words, i)) continue;
    return words.slice(0, i).some((word) => !WRITER_BEFORE_VERB.has(word));
  }
  return false;
}

/** A sentence cut at commas, semicolons, table cells and full stops. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !',;|.!?'.includes(text[i])) continue;
    if (i > start) out.push(text.slice(start, i));
    start = i + 1;
  }
  return out;
}

/** The deal fields a note's labels name, strong and weak, each counted once. */
function dealFields(sentences: readonly Sentence[]): { strong: Set<string>; weak: Set<string>; first?: Clue } {
  const strong = new Set<string>();
  const weak = new Set<string>();
  let first: Clue | undefined;
  for (const sentence of sentences) {
    if (!sentence.labelled || !sentence.speaker) continue;
    const label = normalize(sentence.speaker);
    if (STRONG_FIELDS.has(label)) strong.add(label);
    else if (WEAK_FIELDS.has(label)) weak.add(label);
    else continue;
    first ??= { text: sentence.text, line: sentence.range.start.line };
  }
  return { strong, weak, first };
}

/** "Account Manager, Harbourline", "Chargé d'affaires – Fleetwise": a seller's signature line. */
export function signsAsSeller(text: string, words: readonly string[]): boolean {
  return words.length <= SIGNATURE_WORDS && !/\d/.test(text) && SIGNATURE_ROLE.has(words);
}

/**
 * Who sells. A seller's act or signature is strong evidence; a bare "moi" or "me" among the people
 * met is weak, since colleagues list themselves too.
 */
function sellerClue(input: EvidenceInput, people: readonly Participant[]): (Clue & { strong: boolean; listed?: boolean }) | undefined {
  for (const sentence of input.sentences) {
    const sentenceWords = wordsOf(sentence);
    if (signsAsSeller(sentence.text, sentenceWords) || sellerAct(sentenceWords) || handsADeliverable(sentence.text, sentenceWords) || writerMetTitled(sentence.text, sentenceWords)
      || (sentence.labelled && SELLER_LABELS.has(normalize(sentence.speaker ?? '')) && sentence.body.trim() !== '')) {
      return { text: sentence.text, line: sentence.range.start.line, strong: true };
    }
  }
  // "Omar intros us to the site manager", "Karim nous transmet les tournées": their side acts for ours.
  const forUs = input.sentences.find((sentence) => FOR_US.has(wordsOf(sentence)));
  if (forUs) return { text: forUs.text, line: forUs.range.start.line, strong: false };
  const seller = people.find((p) => p.side === 'seller');
  if (!seller) return undefined;
  const strong = SELLER_ROLE.has(textWords(`${seller.name} ${seller.role ?? ''}`));
  return { text: seller.name, line: seller.range.start.line, strong, listed: !strong };
}

function buyerClue(input: EvidenceInput, people: readonly Participant[]): Clue | undefined {
  const buyer = people.find((p) => p.side === 'buyer');
  if (buyer) return { text: buyer.role ? `${buyer.name} (${buyer.role})` : buyer.name, line: buyer.range.start.line };
  for (const sentence of input.sentences) {
    // "Hi Megan,": the one a recap is written to, when the writer signs as a seller.
    const greeted = greetedName(sentence.text);
    if (greeted) return { text: greeted, line: sentence.range.start.line };
    const sentenceWords = wordsOf(sentence);
    if (THIRD_PARTY.has(sentenceWords) || thirdPartyDecision(sentenceWords)) return { text: sentence.text, line: sentence.range.start.line };
    const titled = titledPerson(sentence.text);
    if (titled) return { text: titled, line: sentence.range.start.line };
  }
  return undefined;
}

/** "Hi Megan,", "Bonjour Maître Vidal,": the name an e-mail greets, not "Hi all," or "Bonjour à tous,". */
function greetedName(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(',') || trimmed.length > 40) return undefined;
  const words = trimmed.slice(0, -1).split(/\s+/);
  if (words.length < 2 || words.length > 4 || !GREETINGS.includes(normalize(words[0]))) return undefined;
  const name = words.slice(1).filter((word) => !isHonorific(word) && !['maitre', 'maître'].includes(word.toLowerCase()));
  return name.length && name.every((word) => NAME_WORD.test(word)) ? name.join(' ') : undefined;
}

/**
 * A note without a level-1 heading often opens with what stands for one: "RDV Garage Central – 07/04",
 * "Lunch with Martin Osei, COO of Blueridge", or an e-mail's "Objet :" line.
 */
/** A first line shorter than this may be a channel's or a sender's header over the opening line. */
const HEADER_LINE = 50;

export function openingLines(input: EvidenceInput): Clue[] {
  const clues: Clue[] = [];
  const [first, second] = input.sentences;
  if (!input.title && first && first.block === 'paragraph') {
    clues.push({ text: first.text, line: first.range.start.line });
    // "#sales-emea · Priya Nair, 10:12" over "recap from today's call with…": a header line, then what it opens.
    if (second?.block === 'paragraph' && first.text.length < HEADER_LINE && second.range.start.line === first.range.end.line + 1) {
      clues.push({ text: second.text, line: second.range.start.line });
    }
  }
  for (const sentence of input.sentences) {
    const label = sentence.labelled ? readLabel(sentence.text) : undefined;
    if (label && SUBJECT_LABELS.includes(normalize(label.label))) clues.push({ text: label.body, line: sentence.range.start.line });
  }
  return clues;
}

/** Someone sells and someone else buys, wherever the note says so; a tracked deal's fields too. */
export function twoSidesSignals(input: EvidenceInput, people: readonly Participant[]): KindSignal[] {
  const signals: KindSignal[] = [];
  const seller = sellerClue(input, people);
  const buyer = seller && buyerClue(input, people);
  if (seller && buyer) signals.push(signal('sides', 'meeting', seller.strong ? 2 : 1, `${seller.text} / ${buyer.text}`, seller.line));
  // A "moi" among the people listed is the weakest clue of all: colleagues list themselves too.
  if (!seller?.strong && !seller?.listed) {
    // "call w/ Dana Whitfield (CFO)", "contact : Nathalie Brun, directrice d'exploitation": the writer
    // met someone of another organisation by their title; who sells is not written, and weighs little.
    // "Hélène (directrice commerciale)" among the attendees sells herself: a colleague, most likely.
    const met = people.find((p) => p.side === 'buyer' && p.role !== undefined && looksLikeTitle(p.role) && !looksLikeTitle(p.name)
      && !SELLER_ROLE.has(textWords(p.role)));
    if (met) signals.push(signal('sides', 'meeting', 1, `${met.name} (${met.role})`, met.range.start.line));
  }
  const fields = dealFields(input.sentences);
  if (fields.first && fields.strong.size >= 1 && fields.strong.size + fields.weak.size >= 3) {
    signals.push(signal('sides', 'meeting', 2, fields.first.text, fields.first.line));
    signals.push(signal('commercial', 'meeting', 1, fields.first.text, fields.first.line));
  }
  return signals;
}
