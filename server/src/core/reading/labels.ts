// The one reader of line labels: who speaks or what a line is ("Q :", "R/", "-> …", "Client :",
// "**Marie :**", "EB : …"), the people listed after "Présents :" or "Attendees:", and the people of
// the front matter. Every other module asks here instead of reading labels itself.
import {
  ATTENDEE_LIST_LABELS, FRONT_MATTER_PEOPLE_KEYS, LABEL_ROLES, LIST_CONJUNCTIONS, SELLER_SIDE_LABELS,
} from '../../lexicon/labels';
import type { LabelRole, LineLabel } from '../types';
import { pattern } from '../patterns';
import { labelBeforeColon, splitAtFirstDash } from './scan';
import { normalize } from './text';

/** "-> Douze", "→ oui", "=> envoyer la propale": a reply or a consequence. */
const ARROW = /^(->|-->|→|⟶|➔|➜|=>|⇒)\s*/;
/**
 * "Q/ …", "Q/…", "R/ …", "A - …": the short question and answer labels without a colon. An answer
 * label needs a space after it, so "A/B testing" stays a phrase.
 */
const SHORT_LABEL = /^(?:(q\d{0,2}|qu)\s*(?:\/|[-–—](?=\s))|(r\d{0,2}|a\d{0,2}|rep|rép)\s*(?:\/|[-–—])(?=\s))\s*/i;
/** A caption's or a chat's time stamp before a line, at `lastIndex`: "[00:03:00] ", "[12:05] ", "[26/11/2026 17:42] ", "[27/11/26, 12:05] ". */
const STAMP = /\[(?:\d{1,2}\/\d{1,2}\/\d{2,4},? )?\d{1,2}:\d{2}(?::\d{2})?\]\s*/y;
/** "Label : rest": up to 40 characters before the colon, no sentence punctuation in them. */
const notSentenceEnd = (ch: string) => ch !== '?' && ch !== '!' && ch !== '.';
const MAX_LABEL_WORDS = 5;

const ROLE_BY_LABEL = new Map<string, LabelRole>();
for (const [role, labels] of Object.entries(LABEL_ROLES) as [LabelRole, readonly string[]][]) {
  for (const label of labels) if (!ROLE_BY_LABEL.has(label)) ROLE_BY_LABEL.set(label, role);
}
/** Roles a label keeps when a name or a letter follows: "Consultant X", "Animatrice Sophie", "Client Marc". */
const ROLES_WITH_NAME: readonly LabelRole[] = ['consultant', 'facilitator', 'client'];

/** The role a label stands for, if the lexicon knows it: "Q2" -> question, "Consultant X" -> consultant. */
export function labelRole(label: string): LabelRole | undefined {
  // "Q (Ben)": the role, and who held it.
  const { base, qualifier } = qualifiedLabel(label);
  if (qualifier) return labelRole(base);
  const normalized = normalize(label);
  const exact = ROLE_BY_LABEL.get(normalized);
  if (exact) return exact;
  if (/^q\d{1,2}$/.test(normalized)) return 'question';
  if (/^[ra]\d{1,2}$/.test(normalized)) return 'answer';
  const words = normalized.split(' ');
  const first = ROLE_BY_LABEL.get(words[0]);
  return first && words.length <= 3 && ROLES_WITH_NAME.includes(first) ? first : undefined;
}

/** The label a line (or a sentence at the start of a line) opens with, or undefined. */
export function readLabel(text: string): LineLabel | undefined {
  // "[00:03:00] Q (Ben): Do you have…": a caption's time stamp, then the label.
  let stamp = 0;
  STAMP.lastIndex = 0;
  while (STAMP.exec(text)) stamp = STAMP.lastIndex;
  if (!stamp) return labelAtStart(text);
  const label = labelAtStart(text.slice(stamp));
  return label && { ...label, bodyOffset: label.bodyOffset + stamp };
}

function labelAtStart(text: string): LineLabel | undefined {
  // "> : answer" in transcripts: an answer whose speaker is implied.
  if (text.startsWith(':')) return { label: '', role: 'answer', body: text.slice(1).trim(), bodyOffset: offsetAfter(text, 1) };
  const arrow = ARROW.exec(text);
  if (arrow) return { label: arrow[1], role: 'arrow', body: text.slice(arrow[0].length).trim(), bodyOffset: arrow[0].length };
  const short = SHORT_LABEL.exec(text);
  if (short) {
    const label = short[1] ?? short[2];
    return { label, role: labelRole(label), body: text.slice(short[0].length).trim(), bodyOffset: short[0].length };
  }
  const colon = labelBeforeColon(text, 1, 40, notSentenceEnd);
  if (!colon) return undefined;
  const after = colon.rest;
  // "10:30", "http://…": a colon that labels nothing.
  if (/\d$/.test(colon.label) && /^\d/.test(after)) return undefined;
  if (after.startsWith('//')) return undefined;
  const label = colon.label.replace(/^[>\-–—\s]+/, '').trim();
  if (label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return { label, role: label ? labelRole(label) : undefined, body: after.trim(), bodyOffset: text.length - after.length };
}

/**
 * Where a roster's label ends: at its colon, or at a dash between spaces ("Brightwave – Dr. Alan
 * Pierce (CEO), …", "Us – me, Raj (SE)"), within its first characters.
 */
export function rosterLabelEnd(text: string): { at: number; width: number; dash: boolean } | undefined {
  const colon = text.indexOf(':');
  const head = text.slice(0, ROSTER_LABEL_CHARS);
  let dash = -1;
  for (const mark of LABEL_DASHES) {
    const at = head.indexOf(mark);
    if (at > 0 && (dash < 0 || at < dash)) dash = at;
  }
  if (dash > 0 && (colon < 0 || dash < colon)) return { at: dash, width: LABEL_DASHES[0].length, dash: true };
  return colon > 0 ? { at: colon, width: 1, dash: false } : undefined;
}

/** How far into a line a roster's label may end. */
const ROSTER_LABEL_CHARS = 40;
/** A dash between spaces, as a roster's label may end with one. */
const LABEL_DASHES = [' – ', ' — ', ' - '];

/** "Attendees (us, Meridian Packaging)": a label and what its bracket says about it. */
export function qualifiedLabel(label: string): { base: string; qualifier?: string } {
  const open = label.indexOf('(');
  if (open <= 0 || !label.endsWith(')')) return { base: label };
  return { base: label.slice(0, open).trim(), qualifier: label.slice(open + 1, -1).trim() };
}

/** A line's speaker, its role and the rest: "Q : Que vends-tu ?" -> Q, question, "Que vends-tu ?". */
export function speakerOf(text: string): { speaker?: string; role?: LabelRole; body: string } {
  const label = readLabel(text);
  if (!label) return { body: text };
  return { speaker: label.label || undefined, role: label.role, body: label.body };
}

function offsetAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

export interface ListedPerson {
  name: string;
  /** What follows the name: "(DAF)", ", DAF", " – DAF". */
  role?: string;
  /** The entry as written, trimmed. */
  text: string;
  /** Where the entry starts in the text it was read from. */
  offset: number;
}

export interface InlineListOptions {
  /** The labels (normalised) that open a list of people; the attendee labels by default. */
  labels?: readonly string[];
  /** The characters that separate entries, besides the conjunctions. */
  separators?: string;
}

/** "Présents : Marie Dupont (DAF), Jean Martin et moi": the people of an inline list, or undefined. */
export function inlineList(text: string, options: InlineListOptions = {}): { label: string; people: ListedPerson[] } | undefined {
  const label = readLabel(text);
  const labels = options.labels ?? ATTENDEE_LIST_LABELS;
  if (!label?.label || !label.body) return undefined;
  // "Attendees (Orbis): …", "Attendees (us, Meridian): …": a side's list, the seller's when the bracket says "us".
  const { base, qualifier } = qualifiedLabel(label.label);
  if (!labels.includes(normalize(base))) return undefined;
  const side = qualifier && normalize(qualifier.split(',')[0]);
  const people = splitPeople(text.slice(label.bodyOffset), options.separators).map((person) => ({ ...person, offset: person.offset + label.bodyOffset }));
  return people.length ? { label: side && SELLER_SIDE_LABELS.includes(side) ? side : base, people } : undefined;
}

/**
 * "call w/ Dana Whitfield (CFO) and Raj Patel (IT mgr), 4 Mar", "w/ Marie (DAF) + Paul": the people
 * after "w/" (with), up to a dash, a full stop, a colon or a number outside brackets. "w/o" is no list.
 */
export function withList(text: string, separators = ',;/+&'): { label: string; people: ListedPerson[] } | undefined {
  const at = withAt(text);
  if (at < 0) return undefined;
  const start = at + 2;
  const end = withEnd(text, start);
  const found = splitPeople(text.slice(start, end), separators).map((person) => ({ ...person, offset: person.offset + start }));
  // "Call w/ Halvorsen Marine – 14 Apr": alone and without a title, two words may be a company.
  const people = found.length === 1 && !found[0].role && found[0].name.trim().includes(' ') ? [] : found;
  return people.length ? { label: 'w', people } : undefined;
}

function withAt(text: string): number {
  // Every sentence is asked at each keystroke and few hold a slash.
  if (!text.includes('/')) return -1;
  for (let i = 0; i + 2 < text.length; i++) {
    if ((text[i] !== 'w' && text[i] !== 'W') || text[i + 1] !== '/' || (i > 0 && !/\s/.test(text[i - 1]))) continue;
    if (/[oO]/.test(text[i + 2]) && !/\p{L}/u.test(text[i + 3] ?? '')) continue;
    return i;
  }
  return -1;
}

/** "M. Duval", "Dr. Reeve": a full stop after a short capitalised word ends no sentence. */
function abbreviated(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /\p{L}/u.test(text[from - 1])) from--;
  return dot - from >= 1 && dot - from <= 3 && /\p{Lu}/u.test(text[from]);
}

function withEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && (/[\d:!?]/.test(ch) || (ch === '.' && !abbreviated(text, i))
      || ('–—-'.includes(ch) && /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '')))) return i;
  }
  return text.length;
}

/** Splits "A (x, y), B et C" into people, read from each entry of `splitList`. */
export function splitPeople(text: string, separators?: string): ListedPerson[] {
  const out: ListedPerson[] = [];
  for (const entry of splitList(text, separators)) {
    const last = out.at(-1);
    // "Nathalie Brun, directrice d'exploitation": after a comma, a title in lower case is the one before's;
    // "moi, lucas (avant-vente)" in a note typed in lower case names someone with their own title.
    // "p. lemaire, dg — c'est lui qui signe": the title ends at a spaced dash, a remark follows.
    const title = entry.text.split(SPACED_DASH)[0].trim();
    if (last && !last.role && /^\p{Ll}/u.test(entry.text) && !OWN_SIDE.test(entry.text) && !entry.text.includes('(') && text[entry.offset - 2] === ','
      && title.split(/\s+/).length <= TITLE_WORDS) {
      last.role = title;
      last.text = `${last.text}, ${entry.text}`;
      continue;
    }
    const person = readPerson(entry.text);
    if (person) out.push({ ...person, text: entry.text, offset: entry.offset });
  }
  return out;
}

const SPACED_DASH = / [—–-] /;
/** A title runs a few words: "directrice d'exploitation", "ops manager"; more is a remark. */
const TITLE_WORDS = 4;
/** "moi", "me", "nous": a person of the list, never a title. */
const OWN_SIDE = /^(?:moi|me|nous|us|myself)\b/i;

const CONJUNCTION = pattern(`^\\s+(?:${LIST_CONJUNCTIONS.join('|')})\\s+`, 'i');
const OPENING = '([<';
const CLOSING = ')]>';

/**
 * The one splitter of inline lists: "A (x, y), B et C" at `separators` and conjunctions outside
 * brackets ("Sophie <s@x.fr>" keeps its address), each entry trimmed, with where it starts.
 */
export function splitList(text: string, list = ',;/'): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  // "Priya Nair, programme lead; Tom Egan, analyst; me": semicolons part the people, commas their titles.
  const separators = list.includes(';') && list.includes(',') && commaWithinSemicolons(text) ? list.replace(',', '') : list;
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const entry = raw.trim();
    if (entry) out.push({ text: entry, offset: start + (raw.length - raw.trimStart().length) });
  };
  // "A (DAF), B (DSI) ; côté nous : C", "A (IT mgr). me + Ben": a comma or a full stop right after a
  // closing bracket ends a person, whatever parts the others.
  let justClosed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const closed: boolean = justClosed;
    justClosed = false;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch) && depth > 0) {
      depth--;
      justClosed = depth === 0;
    } else if (depth === 0 && (separators.includes(ch) || ((ch === ',' || ch === '.') && closed))) {
      push(i);
      start = i + 1;
    } else if (depth === 0 && /\s/.test(ch)) {
      const conjunction = CONJUNCTION.exec(text.slice(i, i + 8));
      if (conjunction) {
        push(i);
        start = i + conjunction[0].length;
        i = start - 1;
      } else {
        // Only blanks since the bracket: it still counts as just closed.
        justClosed = closed;
      }
    }
  }
  push(text.length);
  return out;
}

/** Whether a list's semicolons, outside brackets, part entries that hold commas: "A, DAF; B". */
function commaWithinSemicolons(text: string): boolean {
  let depth = 0;
  let semicolon = false;
  let comma = false;
  for (const ch of text) {
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && ch === ';') semicolon = true;
    else if (depth === 0 && ch === ',') comma = true;
  }
  return semicolon && comma;
}

/** "Marie Dupont (DAF)", "Marie Dupont – DAF": a name and what the note says of them. */
function readPerson(raw: string): { name: string; role?: string } | undefined {
  const text = raw.trim().replace(/[.]$/, '');
  if (!text) return undefined;
  const open = text.indexOf('(');
  const close = text.indexOf(')');
  if (open > 0 && close > open && text.lastIndexOf('(') === open && text.lastIndexOf(')') === close && !text.slice(close + 1).trim()) {
    return { name: text.slice(0, open).trim(), role: text.slice(open + 1, close).trim() || undefined };
  }
  const dash = splitAtFirstDash(text);
  if (dash) return { name: dash.before.trim(), role: dash.after.trim() };
  return { name: text };
}

export interface FrontMatterPeople {
  attendees: { name: string; role?: string }[];
  deciders: { name: string; role?: string }[];
  /** The account or company the note is about. */
  account?: string;
}

/** The people and the account the front matter names: lists, single values, or `{name, role}` maps. */
export function frontMatterPeople(data: Record<string, unknown>): FrontMatterPeople {
  return {
    attendees: peopleOf(valueOf(data, FRONT_MATTER_PEOPLE_KEYS.attendees)),
    deciders: peopleOf(valueOf(data, FRONT_MATTER_PEOPLE_KEYS.decider)),
    account: scalar(valueOf(data, FRONT_MATTER_PEOPLE_KEYS.account)),
  };
}

function valueOf(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const [key, value] of Object.entries(data)) if (keys.includes(key.toLowerCase())) return value;
  return undefined;
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
}

function peopleOf(value: unknown): { name: string; role?: string }[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return splitPeople(value).map(({ name, role }) => ({ name, role }));
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (typeof item === 'string') {
        const comma = item.indexOf(',');
        const role = comma > 0 ? item.slice(comma + 1).trim() : '';
        const person = role ? { name: item.slice(0, comma).trim(), role } : readPerson(item);
        return person ? [person] : [];
      }
      return peopleOf(item);
    });
  }
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const name = scalar(map.name ?? map.nom);
    const role = scalar(map.role ?? map.title ?? map.titre ?? map.fonction ?? map.poste);
    if (name) return [{ name, role }];
    // `Marie Dupont: DAF` written as a map of names to titles.
    return Object.entries(map).filter(([, v]) => v === null || typeof v !== 'object')
      .map(([key, v]) => ({ name: key, role: scalar(v) }));
  }
  return scalar(value) ? [{ name: String(value) }] : [];
}
