// The commitments of a meeting note, wherever they are written: a next-steps section or an action
// plan (lists, prose, tables with Owner / Responsable and Deadline / Échéance columns), a "Next
// steps:" or "Comme convenu :" line before a list, live shorthand ("->", "=>", "→") and CRM fields
// ("Prochaine action : …"). Each gets its action, owner, counterpart, date and purpose.
import { readLabel } from '../reading/labels';
import { LABEL_CONNECTORS, LABEL_TAILS, NEXT_STEP_FIELDS, NEXT_STEP_LABELS, SHORT_STEP_FIELDS } from '../../lexicon/meeting';
import { closingLine } from './closing';
import { proseSteps } from './prose-steps';
import { PROPOSAL_WORDS } from '../../lexicon/people';
import { TABLE_COLUMNS } from '../../lexicon/stakeholders';
import { column, headerReader, tableCells } from '../markdown/tables';
import { entries } from '../reading/entries';
import { classifyHeading } from '../reading/vocabulary';
import { startingPhrase } from '../reading/phrases';
import { readDate } from '../reading/dates';
import { transcriptLines } from '../reading/transcript';
import { hasAnyPhrase, normalize } from '../reading/text';
import type { DecisionInfo, Language, NextStep, Participant, Range, Section, Sentence, TextLine } from '../types';
import { isForecastOnly } from './forecast';
import { purposeWords } from './meeting';
import { leadingActor, namesADecider, stepOwner } from './next-steps';
import { linesOfRole, mentionKeys, mentionedParticipants, notAnAction, saysNone } from './people';

export interface CommitmentInput {
  sections: readonly Section[];
  lines: readonly TextLine[];
  /** The note's sentences, for the steps a note agrees in prose when it lists none. */
  sentences?: readonly Sentence[];
  sourceLines: readonly string[];
  participants: readonly Participant[];
  stakeholders: readonly Participant[];
  decision: DecisionInfo;
  addressee?: Participant;
  language: Language;
  date?: Date;
}

interface Written {
  line: TextLine;
  text: string;
  /** The owner and deadline cells of a table row, when the table has those columns. */
  ownerCell?: string;
  dateCell?: string;
  actionCell?: string;
  /** A line that is a step by itself ("-> …"), even inside another list item. */
  own?: boolean;
}

const ARROW = /^\s*(?:->|=>|→|⇒|➔)\s*/;

/** The note's commitments, and where they are introduced (heading, label line, or the first one). */
export function collectCommitments(input: CommitmentInput): { steps: NextStep[]; at?: Range } {
  const header = headerReader(input.sourceLines);
  // One list for every step, so the index of name keys is built once.
  const everyone = unique([...input.participants, ...input.stakeholders]);
  // The same lists for every step, so each is indexed once.
  const buyersOf = { met: input.participants.filter((p) => p.side === 'buyer'), named: everyone.filter((p) => p.side === 'buyer') };
  const found = new Map<TextLine, Written>();
  let at: Range | undefined;
  // A meeting's "Plan d'actions" is its next steps, though its name is a session step's.
  const sections = input.sections.filter((s) => s.role === 'next-steps' || (!s.role && classifyHeading(s.heading.text).step === 5));
  if (sections.length) at = sections[0].heading.range;
  const inSections = new Set([...linesOfRole(input.sections, 'next-steps'), ...sections.flatMap((s) => s.role ? [] : s.lines)]);
  // A transcript's turns are what was said: the steps agreed are the ones the note lists.
  const speech = transcriptLines(input.lines, input.sections);
  const lines = speech.size ? input.lines.filter((l) => !speech.has(l)) : input.lines;
  for (const entry of entries(lines.filter((l) => inSections.has(l)))) found.set(entry.line, written(entry.line, entry.text, header, input.sourceLines));

  // "| Next step | Owner | When |" under no next-steps heading: its columns say what it holds.
  for (const line of lines) {
    if (line.block !== 'table' || inSections.has(line) || found.has(line)) continue;
    const cells = header(line.range.start.line);
    if (!cells || !isStepTable(cells)) continue;
    at ??= line.range;
    found.set(line, written(line, line.text, header, input.sourceLines));
  }

  // "Next steps:" / "Comme convenu :" / "What we agreed", then a list.
  // "Thanks,", a name, a signature: the note's closing holds no step.
  const closing = closingLine(input.lines) ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if ((line.block !== 'paragraph' && (line.block !== 'list-item' || line.itemStart)) || inSections.has(line) || !isStepLabel(line.text)) continue;
    // The list right under the label, up to the first line that is not one of its items.
    let end = i + 1;
    while (end < lines.length && lines[end].block === 'list-item' && (end > i + 1 || lines[end].itemStart)) end++;
    // "Next:" then lines of the same paragraph, one step a line, up to the sign-off.
    const list = end > i + 1 ? entries(lines.slice(i + 1, end)) : paragraphLines(lines, i, closing).map((l) => ({ line: l, text: l.text }));
    if (!list.length) continue;
    at ??= line.range;
    for (const entry of list) if (!found.has(entry.line)) found.set(entry.line, written(entry.line, entry.text, header, input.sourceLines));
  }
  // Shorthand arrows and CRM fields anywhere.
  for (const line of lines) {
    if (found.has(line)) continue;
    // An arrow or "NS:" line under a list item is that item's lazy continuation in Markdown, and still a step of its own.
    const arrow = ARROW.exec(line.text);
    const own = !arrow && line.speaker ? stepField(normalize(line.speaker)) : undefined;
    // "[17:48] Julien : on a calé : j'envoie…": in a chat, the field follows the one who types it.
    const inner = !arrow && line.speaker && !own ? readLabel(line.body) : undefined;
    const field = own ?? (inner ? stepField(normalize(inner.label)) : undefined);
    if (!arrow && !field && line.block === 'list-item' && !line.itemStart) continue;
    const handed = !arrow && !field && handedOver(line.text, everyone);
    if (!arrow && !field && !handed) continue;
    const text = arrow ? line.text.slice(arrow[0].length) : handed ? line.text : inner && field ? inner.body : line.body;
    at ??= line.range;
    found.set(line, { line, text, own: true });
  }
  const spoken = new Set([...speech].map((l) => l.range.start.line));
  const sentences = (input.sentences ?? []).filter((s) => !spoken.has(s.range.start.line));
  if (!found.size) for (const w of proseSteps(sentences, closing)) {
    at ??= w.line.range;
    found.set(w.line, w);
  }
  const steps = [...found.values()]
    .filter((w) => w.line.range.start.line < closing || (w.own && ARROW.test(w.line.text)))
    .sort((a, b) => a.line.range.start.line - b.line.range.start.line)
    // "Pronostic 35 %" under the next steps records a forecast: nobody will carry it out.
    .filter((w) => !saysNone(w.text) && !isForecastOnly(w.text) && !notAnAction({ ...w.line, text: w.text })
      && (w.own || w.line.block !== 'list-item' || w.line.itemStart))
    .map((w) => commitment(w, input, everyone, buyersOf));
  return { steps, at };
}

/** A table of steps: what is to be done, with who does it or when. */
function isStepTable(cells: readonly string[]): boolean {
  return column(cells, TABLE_COLUMNS.action) >= 0 && (column(cells, TABLE_COLUMNS.owner) >= 0 || column(cells, TABLE_COLUMNS.date) >= 0);
}

/** Words before an arrow that name what is handed over: "propale -> Hugo", "la démo => Mme Roux". */
const HANDED_WORDS = 4;

/** "propale -> Hugo", "devis → Mme Roux": something to decide, handed to someone the note names. */
function handedOver(text: string, everyone: readonly Participant[]): boolean {
  const at = arrowAt(text);
  // A checklist item carried over from the note before is still pending, not a new step.
  if (at < 1 || CHECKBOX.test(text)) return false;
  const left = normalize(text.slice(0, at));
  if (!left || left.split(' ').length > HANDED_WORDS || !hasAnyPhrase(left, PROPOSAL_WORDS)) return false;
  return mentionedParticipants(text.slice(at), everyone).length > 0;
}

const CHECKBOX = /^\[[ xX]\]/;

/** Where the first arrow of a line starts, or -1. */
function arrowAt(text: string): number {
  // Every line is asked and few hold an arrow: the search is the engine's, one arrow at a time.
  let first = -1;
  for (const arrow of ARROWS) {
    const at = text.indexOf(arrow);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

const ARROWS = ['→', '⇒', '➔', '->', '=>'];

/** "Prochaine action :", "Next step 2:", and the short labels only as a whole: "Next:", "NS:". */
function stepField(label: string): string | undefined {
  const bare = withoutConnector(label);
  return startingPhrase(bare, NEXT_STEP_FIELDS) ?? (SHORT_STEP_FIELDS.includes(bare) ? bare : undefined);
}

/** "ce qu on a convenu avec eux" -> "ce qu on a convenu": a normalised label without who it was agreed with. */
function withoutTail(label: string): string {
  const tail = LABEL_TAILS.find((words) => label.endsWith(` ${words}`));
  return tail ? label.slice(0, -tail.length - 1) : label;
}

/** "donc prochaine etape" -> "prochaine etape": a normalised label without the memo's connector. */
function withoutConnector(label: string): string {
  const connector = startingPhrase(label, LABEL_CONNECTORS);
  return connector && label.length > connector.length ? label.slice(connector.length + 1) : label;
}

/** The lines of the paragraph that line `at` opens, each a source line, before the note's closing. */
function paragraphLines(lines: readonly TextLine[], at: number, closing: number): TextLine[] {
  const out: TextLine[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.block !== 'paragraph' || line.range.start.line !== lines[i - 1].range.end.line + 1 || line.range.start.line >= closing) break;
    out.push(line);
  }
  return out;
}

function isStepLabel(text: string): boolean {
  const trimmed = text.trimEnd();
  const label = trimmed.endsWith(':') ? trimmed.slice(0, -1) : trimmed;
  const normalized = withoutTail(withoutConnector(normalize(label)));
  const phrase = startingPhrase(normalized, NEXT_STEP_LABELS);
  // A line that is the label and nothing else needs no colon ("Ce qu'on a convenu avec eux").
  return normalized.split(' ').length <= 6 && phrase !== undefined
    && (text.trimEnd().endsWith(':') || normalized.split(' ').length <= 4 || phrase === normalized);
}

/** A line and its text; a table row is read by its columns when the table names them. */
function written(line: TextLine, text: string, header: (line: number) => string[] | undefined, sourceLines: readonly string[]): Written {
  if (line.block !== 'table') return { line, text: ARROW.test(text) ? text.replace(ARROW, '') : text };
  const cells = header(line.range.start.line);
  const row = tableCells(sourceLines[line.range.start.line] ?? '');
  if (!cells) return { line, text };
  const cell = (names: readonly string[]) => {
    const index = column(cells, names);
    return index >= 0 ? (row[index] ?? '').trim() : undefined;
  };
  const action = cell(TABLE_COLUMNS.action) ?? row[0] ?? '';
  return { line, text: action || text, actionCell: action, ownerCell: cell(TABLE_COLUMNS.owner), dateCell: cell(TABLE_COLUMNS.date) };
}

const OWNER_AT = /@([\p{L}][\p{L}.-]*)/u;
const OWNER_DASH = /\s[—–]\s*([\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)?)\s*$/u;

/**
 * A step is aimed at the decider it names, else at the first buyer it names other than the one who
 * carries it out; a step that names an absent decider ("son N+2", "the CFO") is aimed at them; "vous"
 * in an e-mail recap is the person it is written to, and the one aimed at when they decide; with a single buyer met, nobody named and an
 * object pronoun ("lui", "them"), at that buyer.
 */
function commitment(w: Written, input: CommitmentInput, everyone: readonly Participant[],
  buyersOf: { met: readonly Participant[]; named: readonly Participant[] }): NextStep {
  const keysOf = (p: Participant) => mentionKeys(p, everyone);
  const buyers = buyersOf.met;
  const stakeholderBuyers = buyersOf.named;
  const line: TextLine = { ...w.line, text: w.text, body: w.line.block === 'table' ? w.text : w.line.body === w.line.text ? w.text : w.line.body };
  const ownerName = w.ownerCell || OWNER_AT.exec(w.text)?.[1] || OWNER_DASH.exec(w.text)?.[1] || undefined;
  let owner = w.ownerCell !== undefined ? tableOwner(w.ownerCell, everyone, keysOf) : stepOwner(line, everyone, keysOf);
  const actor = leadingActor(line.body || line.text, everyone, keysOf);
  const mentioned = mentionedParticipants(w.text, stakeholderBuyers).filter((p) => p !== actor);
  const named = mentionedParticipants(w.text, everyone).flatMap(keysOf);
  const towardsDecider = !mentioned.some((p) => p.decider) && namesADecider(w.text, named);
  const normalized = ` ${normalize(w.text)} `;
  const you = input.addressee && / (?:vous|you) /.test(normalized) ? input.addressee : undefined;
  const addressed = mentioned.length ? undefined : you;
  const pronoun = / (?:lui|leur|him|her|them) /.test(normalized);
  const fallback = !towardsDecider && owner !== 'buyer' && buyers.length === 1 && (pronoun || !stakeholderBuyers.some((p) => p !== buyers[0] && p.decider))
    ? buyers[0] : undefined;
  // "avec vous et M. Keller", written to the one who decides: the step is aimed at them.
  const target = mentioned.find((p) => p.decider) ?? (you?.decider ? you : undefined)
    ?? (towardsDecider ? undefined : mentioned[0] ?? addressed) ?? fallback;
  // "You'll check the shift export with Luis": in a recap, "you" is the one it is written to, whoever else it names.
  if (!owner && input.addressee && /^\s*(?:vous|you)\b/i.test(w.text)) owner = 'buyer';
  const date = w.dateCell ? readDate(w.dateCell, input.language, input.date) ?? (w.dateCell ? { text: w.dateCell } : undefined)
    : readDate(w.text, input.language, input.date);
  const purpose = purposeWords(w.text, everyone, w.dateCell ? undefined : date?.text).join(' ');
  const step: NextStep = { text: w.text, range: w.line.range, action: w.actionCell ?? w.text, target };
  if (owner) step.owner = owner;
  if (ownerName) step.ownerName = ownerName;
  if (towardsDecider) step.towardsDecider = true;
  if (target && target === fallback && !mentioned.includes(target)) step.assumedTarget = true;
  if (date) step.date = date;
  if (purpose) step.purpose = purpose;
  return step;
}

/** "Me", "Us" are the seller; a buyer's name, or both sides together ("Us + Kyle"), the buyer. */
function tableOwner(cell: string, people: readonly Participant[], keysOf: (p: Participant) => string[]): 'buyer' | 'seller' | undefined {
  const sides = cell.split(/[,+&/]|\s(?:et|and)\s/).map((part) => {
    const actor = leadingActor(part.trim(), people, keysOf);
    return typeof actor === 'object' ? actor.side : actor;
  });
  if (sides.includes('buyer')) return 'buyer';
  if (sides.includes('seller')) return 'seller';
  return undefined;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
