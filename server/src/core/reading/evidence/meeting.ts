// Evidence that a note records a sales or client meeting: two sides (us and a buyer), commercial
// objects in a commercial sense, the buyer's roles, and next steps.
import {
  BUYER_ROLE_WORDS, COMMERCIAL_OBJECTS, MEETING_TITLE_WORDS, NON_COMMERCIAL_CONTEXT, SELLER_ROLES,
} from '../../../lexicon/kind';
import { currentLexicon } from '../../../lexicon/additions';
import type { KindSignal } from '../../types';
import { findPhrase, hasAnyPhrase, normalize } from '../text';
import { NEXT_STEP_FIELDS, NEXT_STEP_LABELS, SHORT_STEP_FIELDS } from '../../../lexicon/meeting';
import { LABEL_ROLES } from '../../../lexicon/labels';
import { DECISION_PHRASES, DEFERS_TO, NOT_DECIDING } from '../../../lexicon/stakeholders';
import { isPlaceholderLine } from '../placeholders';
import { type EvidenceInput, Phrases, signal, withoutEverydaySenses, wordsOf } from './signals';
import { recapSignals } from './recap';
import { openingLines, thirdPartyDecision, twoSidesSignals } from './sides';

const COMMERCIAL = new Phrases(COMMERCIAL_OBJECTS);
const NON_COMMERCIAL = new Phrases(NON_COMMERCIAL_CONTEXT);
const BUYER_ROLES = new Phrases(BUYER_ROLE_WORDS);

/** "appel 12 min avec", "call (45 min) with": how long it lasted stands between the occasion and the people met. */
const DURATION = / \d{1,3} ?(?:min|mn|mins|minutes|h|hr|hrs|heure|heures|hour|hours)(?= )/g;

function withoutDuration(normalized: string): string {
  return /\d/.test(normalized) ? normalized.replace(DURATION, '') : normalized;
}

/** "The seller and the buyer": someone sells, someone else buys, or the title names a client meeting. */
function sideSignals(input: EvidenceInput): KindSignal[] {
  const signals: KindSignal[] = [];
  const title = input.title && findPhrase(withoutDuration(normalize(input.title.text)), MEETING_TITLE_WORDS);
  if (title) signals.push(signal('sides', 'meeting', 2, input.title!.text, input.title!.range.start.line));
  else {
    const opening = openingLines(input).find((line) => findPhrase(withoutDuration(normalize(line.text)), MEETING_TITLE_WORDS));
    if (opening) signals.push(signal('sides', 'meeting', 2, opening.text, opening.line));
  }
  const sellers = input.participants.filter((p) => p.side === 'seller');
  const buyers = input.participants.filter((p) => p.side === 'buyer');
  const selling = sellers.find((p) => findPhrase(normalize(`${p.name} ${p.role ?? ''}`), SELLER_ROLES));
  if (selling && buyers.length) signals.push(signal('sides', 'meeting', 3, `${selling.name}${selling.role ? ` (${selling.role})` : ''}`, selling.range.start.line));
  else if (sellers.length && buyers.length) signals.push(signal('sides', 'meeting', 2, sellers[0].name, sellers[0].range.start.line));
  // "Olivia Grant, CFO (decider)": marking who decides is what one does of a buyer's people.
  const marked = [...buyers, ...input.listed].find((p) => p.side === 'buyer' && p.deciderSource === 'marker');
  if (marked) signals.push(signal('sides', 'meeting', 2, marked.name, marked.range.start.line));
  return signals;
}

/**
 * Proposals, quotes, deals: only in sentences that are not about an RFC, a CLA or a foundation's
 * budget. A sentence, not a line: a dictated memo is one paragraph, and its "talk later" says
 * nothing of its quote.
 */
function commercialSignals(input: EvidenceInput): KindSignal[] {
  const seen = new Set<string>();
  const signals: KindSignal[] = [];
  for (const sentence of input.sentences) {
    const words = wordsOf(sentence);
    const object = COMMERCIAL.find(withoutEverydaySenses(words));
    if (!object || seen.has(object) || NON_COMMERCIAL.has(words)) continue;
    seen.add(object);
    signals.push(signal('commercial', 'meeting', 1, sentence.text, sentence.range.start.line));
  }
  return signals;
}

/** The buyer's people: a decider marked or titled among the participants, "le N+2", "economic buyer". */
function buyerRoleSignals(input: EvidenceInput): KindSignal[] {
  const signals: KindSignal[] = [];
  const titled = [...input.participants, ...input.listed].find((p) => p.side === 'buyer' && p.role !== undefined && hasAnyPhrase(normalize(p.role), currentLexicon().deciderTitles));
  if (titled) signals.push(signal('buyer-roles', 'meeting', 1, `${titled.name} (${titled.role})`, titled.range.start.line));
  const seen = new Set<string>();
  for (const line of input.lines) {
    const word = BUYER_ROLES.find(wordsOf(line));
    if (!word || seen.has(word)) continue;
    seen.add(word);
    signals.push(signal('buyer-roles', 'meeting', 1, line.text, line.range.start.line));
  }
  // "EB = Marc Dubois", "budget owner : Olivier", "Décideur : la DG": who buys, in a label of its own.
  const role = input.sentences.find((sentence) => STAKEHOLDER_LABELS.has(normalize(labelOf(sentence.text) ?? '')));
  if (role) signals.push(signal('buyer-roles', 'meeting', 1, role.text, role.range.start.line));
  // "Laura signs everything herself", "…, qui arbitre les budgets": someone on their side decides.
  // "il ne décide pas", "needs to run it by his boss": their side's decision process, too.
  const decision = input.sentences.find((sentence) => thirdPartyDecision(wordsOf(sentence)) || NOT_DECIDING_PHRASES.has(wordsOf(sentence)));
  if (decision) signals.push(signal('buyer-roles', 'meeting', 1, decision.text, decision.range.start.line));
  return signals;
}

const NOT_DECIDING_PHRASES = new Phrases([...NOT_DECIDING, ...DEFERS_TO]);
const STAKEHOLDER_LABELS = new Set([...LABEL_ROLES.stakeholder, ...DECISION_PHRASES.labels]);

/** "EB = Marc", "Décideur : …": the words before a colon or an equals sign that opens a line. */
function labelOf(text: string): string | undefined {
  const end = Math.min(text.length, 30);
  for (let i = 1; i < end; i++) if (text[i] === ':' || text[i] === '=') return text.slice(0, i);
  return undefined;
}

const STEP_LABELS = new Set([...NEXT_STEP_LABELS, ...NEXT_STEP_FIELDS, ...SHORT_STEP_FIELDS]);

/**
 * A next-steps section with at least one written step, else a "Next steps:" or "=>" line with one,
 * else a "Next:" / "NS:" line with a written line right under it.
 */
function nextStepSignals(input: EvidenceInput): KindSignal[] {
  const section = input.sections.find((s) => s.role === 'next-steps' && s.lines.some((line) => !isPlaceholderLine(line.text)));
  if (section) return [signal('next-steps', 'meeting', 1, section.heading.text, section.heading.range.start.line)];
  const labelled = input.sentences.find((sentence) => sentence.labelled && sentence.body.trim() !== ''
    && (sentence.role === 'arrow' || STEP_LABELS.has(normalize(sentence.speaker ?? ''))));
  if (labelled) return [signal('next-steps', 'meeting', 1, labelled.text, labelled.range.start.line)];
  // The label alone is an empty field, left out of the written lines: it is read among the sentences.
  const { sentences } = input;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const label = sentences[i].text.trim();
    // "Next:" over any written line; "Next steps" without a colon over a list.
    const colon = label.endsWith(':');
    if (!STEP_LABELS.has(normalize(colon ? label.slice(0, -1) : label))) continue;
    const next = sentences[i + 1];
    // The list may stand a blank line or a comment line ("<!-- boussole-disable-next-line … -->") below its label.
    const gap = next.range.start.line - sentences[i].range.end.line;
    if ((colon || next.block === 'list-item') && (gap === 1 || (gap === 2 && next.block === 'list-item')) && !isPlaceholderLine(next.text)) {
      return [signal('next-steps', 'meeting', 1, label, sentences[i].range.start.line)];
    }
  }
  return [];
}

export function meetingEvidence(input: EvidenceInput): KindSignal[] {
  return [
    ...sideSignals(input), ...twoSidesSignals(input, [...input.participants, ...input.listed]), ...commercialSignals(input),
    ...buyerRoleSignals(input), ...nextStepSignals(input), ...recapSignals(input),
  ];
}
