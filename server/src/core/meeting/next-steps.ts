// Who carries a next step out, and whether it reaches for a decider who was not in the meeting.
import {
  BUYER_ACTIONS, BUYER_SUBJECTS, DECIDER_SEARCH, NOUN_TASK_WORDS, OWNER_LABELS, SELLER_SUBJECTS, SELLER_TASK_VERBS, VERB_OBJECT_WORDS,
} from '../../lexicon/meeting';
import { SUPERIOR_PATTERNS } from '../../lexicon/people';
import { currentLexicon } from '../../lexicon/additions';
import { afterLastDash, bracketedSpans, labelBeforeColon } from '../reading/scan';
import type { Participant, TextLine } from '../types';
import { hasAnyPhrase, normalize } from '../reading/text';

export type Side = 'buyer' | 'seller';

const ARTICLES = new Set(['le', 'la', 'l', 'les', 'the', 'a', 'an', 'un', 'une', 'et', 'and']);

/** The participant (or side) a text starts with: "Jean envoie...", "Le client valide...", "We send...". */
export function leadingActor(text: string, participants: readonly Participant[], keysOf: (p: Participant) => string[]): Participant | Side | undefined {
  const words = normalize(text).split(' ');
  while (words.length && ARTICLES.has(words[0])) words.shift();
  const start = ` ${words.join(' ')} `;
  const startsWith = (phrase: string) => phrase !== '' && start.startsWith(` ${phrase} `);
  const named = participants.find((p) => keysOf(p).some(startsWith));
  if (named) return named;
  if (SELLER_SUBJECTS.some(startsWith)) return 'seller';
  if (BUYER_SUBJECTS.some(startsWith) || currentLexicon().deciderTitles.some(startsWith)) return 'buyer';
  return undefined;
}

/** The side that carries a step out, when the note says so; the writer is the seller. */
export function stepOwner(line: TextLine, participants: readonly Participant[], keysOf: (p: Participant) => string[]): Side | undefined {
  const sideOf = (actor: Participant | Side | undefined) => (typeof actor === 'object' ? actor.side : actor);
  if (line.speaker) {
    const speaker = sideOf(leadingActor(line.speaker, participants, keysOf));
    if (speaker) return speaker;
  }
  // An owner written after the step: "(Jean l'organise)", "— Tom", "owner: Tom".
  for (const tail of ownerTails(line.text)) {
    const side = sideOf(leadingActor(stripOwnerLabel(tail), participants, keysOf));
    if (side) return side;
  }
  // "Saisir l'affaire dans le CRM : pronostic 35 %": a label that names no one is part of the step.
  const body = line.text;
  const subject = sideOf(leadingActor(body, participants, keysOf));
  if (subject) return subject;
  const normalized = normalize(body);
  if (hasAnyPhrase(normalized, BUYER_ACTIONS)) return 'buyer';
  const [first, second] = normalized.split(' ');
  if (!SELLER_TASK_VERBS.includes(first)) return undefined;
  // "Démo technique", "POC call": a noun names the step, not who does it.
  if (NOUN_TASK.has(first) && !(second && (VERB_OBJECT.has(second) || nextIsCapitalised(body)))) return undefined;
  return 'seller';
}

const NOUN_TASK = new Set(NOUN_TASK_WORDS);
const VERB_OBJECT = new Set(VERB_OBJECT_WORDS);

/** "Call Jean", "email Priya": the word after the first is a capitalised name. */
function nextIsCapitalised(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 && /^\p{Lu}/u.test(words[1]);
}

function ownerTails(text: string): string[] {
  const tails = bracketedSpans(text).map((span) => span.inner);
  const dash = afterLastDash(text);
  if (dash !== undefined) tails.push(dash);
  return tails;
}

function stripOwnerLabel(text: string): string {
  const label = labelBeforeColon(text.trimStart(), 1, 20);
  return label && hasAnyPhrase(normalize(label.label), OWNER_LABELS) ? label.rest : text;
}

/**
 * The step names a decider by title, as someone's superior, or as "the decision maker". `ignore`
 * holds the names and roles of the participants it names, whose own titles are already settled.
 */
export function namesADecider(text: string, ignore: readonly string[] = []): boolean {
  // "owner: Tom" labels an owner, it is no title.
  let normalized = ` ${normalize(text.replace(/\b(?:owner|porteur|porteuse|pilote|responsable)\s*:/gi, ' '))} `;
  for (const phrase of ignore) normalized = normalized.replaceAll(` ${phrase} `, ' ');
  normalized = normalized.trim();
  return hasAnyPhrase(normalized, currentLexicon().deciderTitles) || hasAnyPhrase(normalized, DECIDER_SEARCH)
    || SUPERIOR_PATTERNS.some((pattern) => pattern.test(normalized));
}
