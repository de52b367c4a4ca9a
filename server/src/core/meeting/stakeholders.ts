// Everybody a meeting note speaks of, wherever it does: the participants list, inline "Présents :"
// lines and e-mail headers, the front matter, stakeholder tables, greetings and the prose. Each
// person is kept once, found again through an index of name keys (never every person against every
// line), with their title, side, whether they were met, and what the note says of their decision.
import { type Lexicon, currentLexicon } from '../../lexicon/additions';
import { NON_DECIDER_TITLES, TITLE_OPENINGS } from '../../lexicon/people';
import { SELLER_ROLES } from '../../lexicon/kind';
import {
  ABSENT_CUES, ABSENT_LIST_LABELS, ABSENT_TITLES, ADDRESS_LABELS, DAY_WORDS, DECISION_PHRASES, ORGANISATION_NOUNS, ATTENDEE_LABELS, GREETINGS, HONORIFICS, MET_CUES, MET_OPENING_VERBS, NO_WORDS, ROLE_WORDS, TABLE_COLUMNS,
  SPOKEN_HONORIFICS, TITLE_HEADS, YES_WORDS,
} from '../../lexicon/stakeholders';
import { column, headerReader, tableCells } from '../markdown/tables';
import { frontMatterValues } from '../markdown/frontmatter';
import { inlineList, rosterLabelEnd, splitList, withList } from '../reading/labels';
import { BUYER_SIDE_LABELS, SELLER_SIDE_LABELS, SHORTHAND_ROSTER_LABELS } from '../../lexicon/labels';
import { TextMemo } from '../reading/memo';
import { startingPhrase } from '../reading/phrases';
import { hasAnyPhrase, normalize, writtenLength } from '../reading/text';
import type { DecisionRole, Participant, Range, Section, TextLine } from '../types';
import { linesOfRole, linesUnderParticipantsLabel, parseParticipant, participantLines, titleDecides } from './people';
import { readsAsStep } from './prose-steps';
import { type MeetingSentence, sentenceReading, sentenceWords } from './sentences';
import { PhraseIndex, type Word, wordsOf } from './words';

export interface StakeholderInput {
  sections: readonly Section[];
  lines: readonly TextLine[];
  sentences: readonly MeetingSentence[];
  frontMatter: Record<string, unknown>;
  sourceLines: readonly string[];
  title?: { text: string; range: Range };
}

/** The people of a note as they are being read; `find` answers through the index of name keys. */
export class People {
  readonly all: Participant[] = [];
  private readonly keys = new Map<string, Participant>();
  private readonly shared = new Set<string>();
  addressee?: Participant;

  /** The person a name stands for: full name, or a first or last name nobody else has. */
  find(name: string, key = nameKey(name)): Participant | undefined {
    if (!key) return undefined;
    const exact = this.keys.get(key);
    if (exact) return exact;
    // "Mme Vasseur" or "Nadia" against "Nadia Vasseur"; "Yann Morvan" against "Y. Morvan".
    const words = key.split(' ');
    const last = words.at(-1)!;
    const byLast = words.length > 1 && !this.shared.has(last) ? this.keys.get(last) : undefined;
    if (byLast && compatible(byLast, words)) return byLast;
    return undefined;
  }

  /** Adds a person, or completes the one already known under that name; returns who it is. */
  add(person: Participant, key = nameKey(person.name)): Participant {
    const known = this.find(person.name, key);
    if (known) {
      const name = known.name;
      merge(known, person);
      // Indexing again under an unchanged name changes nothing: most names recur in many sentences.
      if (known.name !== name) this.index(known);
      return known;
    }
    this.all.push(person);
    this.index(person);
    return person;
  }

  /**
   * A name read in a sentence (`add` of `person(…)`). Most are somebody known under that very name
   * with nothing new to say, once merged before (the fields `merge` sets are there): that changes
   * nothing, and is told without building the person.
   */
  addNamed(name: TitledName, range: Range, met: boolean | undefined): Participant {
    const known = this.keys.get(name.key);
    if (known && known.name === name.text && (name.title === undefined || known.role !== undefined)
      && (met === undefined || known.met !== undefined) && (!name.seller || known.side === 'seller')
      && 'met' in known && 'decisionRole' in known && 'evidence' in known) return known;
    return this.add(person(name.text, name.title, range, met), name.key);
  }

  /** A title alone ("la DAF", "the CEO"): the person who holds it, if one is known. */
  withTitle(title: string): Participant | undefined {
    const wanted = normalize(title);
    return this.all.find((p) => p.role && (normalize(p.role) === wanted || (p.body && normalize(p.name) === wanted)))
      ?? this.all.find((p) => p.body && normalize(p.name) === wanted);
  }

  private index(person: Participant): void {
    const key = nameKey(person.name);
    if (!key) return;
    this.keys.set(key, person);
    const words = key.split(' ');
    if (words.length < 2 || person.body) return;
    for (const word of words) {
      if (word.length < 3 || lexiconIndexes().sellers.has(word)) continue;
      const other = this.keys.get(word);
      if (other && other !== person) {
        this.shared.add(word);
        this.keys.delete(word);
      } else if (!this.shared.has(word)) this.keys.set(word, person);
    }
  }
}

/** Indexes built from the lexicon of the analysis under way (the built-in one plus a team's additions). */
const perLexicon = new WeakMap<Lexicon, { sellers: Set<string>; titles: PhraseIndex<true> }>();
function lexiconIndexes(): { sellers: Set<string>; titles: PhraseIndex<true> } {
  const lexicon = currentLexicon();
  let found = perLexicon.get(lexicon);
  if (!found) {
    found = {
      sellers: new Set(lexicon.sellerMarkers),
      titles: new PhraseIndex<true>().addAll([...lexicon.deciderTitles, ...NON_DECIDER_TITLES, ...TITLE_HEADS], true),
    };
    perLexicon.set(lexicon, found);
  }
  return found;
}
const HONORIFIC = new Set(HONORIFICS);
const SPOKEN_HONORIFIC = new Set(SPOKEN_HONORIFICS);

/** A name without honorifics or initials, normalised: "Mme Vasseur" -> "vasseur", "Y. Morvan" -> "morvan". */
export function nameKey(name: string): string {
  return nameKeys.get(name, readNameKey);
}

const nameKeys = new TextMemo<string>(200_000);

function readNameKey(name: string): string {
  const words = normalize(name).split(' ').filter(Boolean);
  while (words.length > 1 && (HONORIFIC.has(words[0]) || words[0].length === 1)) words.shift();
  return words.join(' ');
}

/** "Y. Morvan" is "Yann Morvan"; "Paul Martin" is not "Anne Martin". */
function compatible(person: Participant, words: readonly string[]): boolean {
  const theirs = nameKey(person.name).split(' ');
  if (theirs.length < 2) return true;
  const first = normalize(words.length > 1 ? words[0] : '');
  return !first || first === theirs[0];
}

function merge(known: Participant, other: Participant): void {
  if (other.name !== known.name && !other.body && nameKey(other.name).split(' ').length > nameKey(known.name).split(' ').length) known.name = other.name;
  known.role ??= other.role;
  if (known.met === undefined || other.met === false) known.met = other.met ?? known.met;
  if (known.decider === undefined && other.decider !== undefined) {
    known.decider = other.decider;
    known.deciderSource = other.deciderSource;
  }
  if (!known.decisionRole || known.decisionRole === 'unknown') known.decisionRole = other.decisionRole ?? known.decisionRole;
  known.evidence ??= other.evidence;
  if (other.side === 'seller') known.side = 'seller';
}

/** Reads every stakeholder the note names; decisions are read afterwards by `readDecisions`. */
export function readStakeholders(input: StakeholderInput): { people: People; attendeesAt?: Range } {
  const people = new People();
  let attendeesAt: Range | undefined = input.sections.find((s) => s.role === 'participants')?.heading.range
    ?? linesUnderParticipantsLabel(input.lines).labels[0]?.range;
  const header = headerReader(input.sourceLines);

  // The participants section (or list under a "Participants :" line), its tables read by column.
  const listLines = new Set<number>();
  // "Absent" over the list's last items: those were not met.
  let absentPart = false;
  for (const line of participantLines(input.sections, input.lines)) {
    listLines.add(line.range.start.line);
    if (line.block === 'paragraph') absentPart = ABSENT_TITLES.includes(normalize(cleanName(line.text)));
    if (line.block === 'list-item' && !line.itemStart) continue;
    // "- Côté client : Hélène Morvan (DG), Julien Carré (…)": a side's people, one entry each.
    const side = line.block === 'list-item' ? sideLabel(line.text) : undefined;
    if (side) {
      for (const piece of splitList(side.rest, LIST_SEPARATORS)) addOnSide(people, listedPerson(pseudoLine(piece.text, line.range)), side.ours);
      continue;
    }
    // "- Quillon: Lena Marsh (account executive), Omar Haddad (onboarding lead)": a company's people,
    // the seller's when one of them sells.
    const roster = line.block === 'list-item' ? companyRoster(line.text, line.range, true) : [];
    if (roster.length) {
      const ours = roster.some((p) => p.side === 'seller');
      for (const member of roster) addOnSide(people, member, ours);
      continue;
    }
    const person = line.block === 'table' ? tableRow(line, header(line.range.start.line), input.sourceLines) : listedPerson(line);
    if (person && absentPart && line.block === 'list-item') person.met = false;
    if (person) people.add(person);
  }
  // Stakeholder tables anywhere ("Who's who", "Parties prenantes").
  for (const person of peopleTableRows(input.lines, input.sourceLines, header)) {
    people.add(person);
    attendeesAt ??= person.range;
  }
  // Front matter lists.
  for (const name of frontMatterValues(input.frontMatter, 'attendees', 'participants', 'presents', 'présents', 'contacts')) {
    const person = listedPerson(pseudoLine(name, FRONT_MATTER_RANGE));
    if (person) people.add(person);
  }
  // What each sentence says for itself, read once per sentence text (kept with the chunk cache).
  const { sentences } = input;
  const read = sentences.map(readingOf);
  let withAt: Range | undefined;
  const sellerRosters: number[] = [];
  // "- Nous : envoyer la propale" under "Next steps" says who does a step, not who was there.
  const stepLines = new Set(linesOfRole(input.sections, 'next-steps').map((line) => line.range.start.line));
  // Inline lists: "Présents : A (DSI), B, moi", "Attendees: …", "Contact : X – title", "À : Sophie <…>".
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const { inline } = read[i];
    if (!inline) continue;
    if (SELLER_SIDE_LABELS.includes(inline.label) && stepLines.has(sentence.line.range.start.line)) continue;
    // "- Us: me and our solutions engineer" under "Attendees" is one entry of that list, read above.
    if (ROSTER_LABELS.has(inline.label) && listLines.has(sentence.line.range.start.line)) continue;
    // "pas là : p. lemaire, dg": named, and not met.
    const absent = ABSENT_LIST_LABELS.includes(inline.label);
    if (inline.label === 'w') withAt ??= sentence.line.range;
    else if (!ADDRESS_LABELS.includes(inline.label) && !absent) attendeesAt ??= sentence.line.range;
    let ours = SELLER_SIDE_LABELS.includes(inline.label);
    if (ours) sellerRosters.push(sentence.line.range.start.line);
    for (const entry of inline.pieces) {
      // "Mme Girard (DST) ; côté nous : Pierre Vidal et moi": the list goes on with the seller's side.
      const side = sideLabel(entry);
      if (side) ours = side.ours;
      const piece = side ? side.rest : entry;
      const listed = listedPerson(pseudoLine(piece, sentence.line.range));
      if (listed && absent) listed.met = false;
      addOnSide(people, listed, ours);
    }
  }
  // "- Caldera: Denise Wu (COO), Kim Sato (procurement)" beside "- Us: Tom, Alicia": the buyer's roster, by company.
  const rosterLines = new Set(sellerRosters);
  const besideRoster = (at: number) => {
    for (let d = 1; d <= ROSTER_NEIGHBOURS; d++) if (rosterLines.has(at - d) || rosterLines.has(at + d)) return true;
    return false;
  };
  for (let i = 0; rosterLines.size && i < sentences.length; i++) {
    const sentence = sentences[i];
    if (!sentence.entryStart || read[i].inline || !besideRoster(sentence.line.range.start.line)) continue;
    const found = companyRoster(sentence.text, sentence.line.range);
    if (found.some((p) => p.side !== 'buyer')) continue;
    for (const person of found) people.add(person);
    if (found.length) attendeesAt ??= sentence.line.range;
  }
  // "call w/ Omar (COO)" says who was met when no attendee list does.
  attendeesAt ??= withAt;
  // The title line of a note without headings: "Visio Batiplus – 02/04 – Romain Texier (DSI) + Chloé Marin (…)".
  const first = input.title ?? firstLine(input);
  if (first) for (const person of namedWithTitles(first.text, first.range, true, people, false)) people.add(person);
  // Greetings: "Bonjour Sophie,", "Hi Rachel, hi Omar,".
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const { greeted } = read[i];
    if (!greeted) continue;
    const found = greeted.map((name) => people.find(name) ?? people.add(person(name, undefined, sentence.line.range, true)));
    if (found.length === 1 && !people.addressee) people.addressee = found[0];
  }
  if (!people.addressee) {
    const addressedTo = (label: string) => read.find((r, i) => sentences[i].entryStart && r.inline?.label === label);
    const name = (addressedTo('a') ?? addressedTo('to'))?.inline?.pieces[0];
    if (name) people.addressee = people.find(cleanName(name));
  }
  // Narrative: "Rencontré Marc Olivier, responsable …, et Clémence Tardieu", "the head of operations, Rebecca Sands".
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const { met, names } = read[i];
    // Who counts is settled before any of the sentence's people is added.
    if (!names.length) continue;
    const counted = names.filter((name) => name.title || name.honorific || name.metByName || people.find(name.text, name.key));
    for (const name of counted) people.addNamed(name, sentence.line.range, met || undefined);
  }
  return { people, attendeesAt };
}

/** A person read from a side's roster: on the seller's side ("nous : moi + Hugo (avant-vente)"), nobody the buyer's decider. */
function addOnSide(people: People, person: Participant | undefined, ours: boolean): void {
  if (!person) return;
  if (ours) {
    person.side = 'seller';
    delete person.decider;
    delete person.deciderSource;
  }
  people.add(person);
}

/** How many lines from the seller's roster the buyer's, by company, may stand. */
const ROSTER_NEIGHBOURS = 3;
/** Words a company's name takes as a roster's label: "Caldera", "Groupe Vasseur", "Acme Logistics". */
const COMPANY_WORDS = 3;

/**
 * "Caldera: Denise Wu (COO), Raj Patel (field ops manager)", "Brightwave – Dr. Alan Pierce (CEO), …":
 * a company's name, then people with their titles; nobody is taken unless one gives a title and each
 * entry reads as a person (`partial`, in a participants list: the entries that name nobody, "la DG
 * (20 min au début)", "une conseillère", are left out).
 */
function companyRoster(text: string, range: Range, partial = false): Participant[] {
  const colon = rosterLabelEnd(text);
  // "👥 Fidelia :": an emoji or a bullet before the name.
  const label = colon ? text.slice(0, colon.at).replace(/^[^\p{L}]+/u, '').trim() : '';
  const words = label.split(/\s+/);
  if (!colon || !label || words.length > COMPANY_WORDS || !/^\p{Lu}/u.test(label) || SELLER_SIDE_LABELS.includes(normalize(label))) return [];
  const pieces = splitList(text.slice(colon.at + colon.width), LIST_SEPARATORS).map((piece) => piece.text);
  const read = pieces.map((piece) => listedPerson(pseudoLine(piece, range)) ?? namedAfterTitle(piece, range));
  // In a participants list, "la DG (présente 20 min)" or "une conseillère" name nobody and the others still count.
  const people = partial ? read.filter((p) => p !== undefined) : read;
  if (!people.length || people.some((p) => !p) || !people.some((p) => p!.role)) return [];
  return people as Participant[];
}

/** A capitalised word that can be part of a name: "Dawson", "O’Neill", "Jean-Marc". */
export const NAME_WORD = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’-]+$/u;

/** "Us – me (Emma, AE), Raj (SE)": a side's roster whose label ends at a dash, read as "Us: …". */
function dashedSideRoster(text: string): { label: string; pieces: string[] } | undefined {
  const side = rosterLabelEnd(text)?.dash ? sideLabel(text) : undefined;
  const pieces = side ? splitList(side.rest, LIST_SEPARATORS).map((piece) => piece.text) : [];
  return side && pieces.length ? { label: side.ours ? SELLER_SIDE_LABELS[0] : side.label, pieces } : undefined;
}

/** "le responsable relation adhérents (Yann)": a title, then the name in brackets. */
function namedAfterTitle(piece: string, range: Range): Participant | undefined {
  const text = piece.trim();
  const open = text.lastIndexOf('(');
  if (open <= 0 || !text.endsWith(')')) return undefined;
  const name = text.slice(open + 1, -1).trim();
  const title = text.slice(0, open).trim();
  const words = name.split(/\s+/);
  if (words.length > 3 || !words.every((word) => NAME_WORD.test(word)) || !looksLikeTitle(title)) return undefined;
  return { ...person(name, undefined, range, true), role: title };
}

/** "… Mette Lund (CFO). Us: Jake (SE), me.": a side's roster that goes on the line after the attendees. */
function sideRoster(text: string): { label: string; pieces: string[] } | undefined {
  const list = inlineAttendees(text);
  return list && sideOf(list.label) !== undefined ? list : undefined;
}

/** "côté nous : Pierre Vidal", "their side: Dana", "Us – Raj": a side named inside a list, and who follows it. */
function sideLabel(piece: string): { ours: boolean; label: string; rest: string } | undefined {
  const end = rosterLabelEnd(piece);
  if (!end) return undefined;
  const label = normalize(piece.slice(0, end.at));
  const ours = sideOf(label);
  return ours === undefined ? undefined : { ours, label, rest: piece.slice(end.at + end.width).trim() };
}

/**
 * The side a normalised label names: true for the seller's ("nous", "us"), false for the buyer's
 * ("them", "côté client", and "côté Logisteo" / "chez Fidelia", by its name), undefined for neither.
 */
function sideOf(label: string): boolean | undefined {
  if (SELLER_SIDE_LABELS.includes(label)) return true;
  return BUYER_SIDE_LABELS.includes(label) || /^(?:cote|chez) \S/.test(label) ? false : undefined;
}

/** What the stakeholder reader takes from a sentence's text, read once per sentence. */
interface StakeholderReading {
  inline?: { label: string; pieces: string[] };
  greeted?: string[];
  /** The sentence says its people were met ("Rencontré…", "Spent an hour with…"). */
  met: boolean;
  names: TitledName[];
}

function readingOf(sentence: MeetingSentence): StakeholderReading {
  return sentenceReading(sentence, 'stakeholders', readSentence);
}

function readSentence(sentence: MeetingSentence): StakeholderReading {
  const words = sentenceWords(sentence);
  const met = MET_INDEX.all(words).length > 0 && !ABSENT_INDEX.all(words).length;
  return {
    inline: (sentence.entryStart ? inlineAttendees(sentence.text) : sideRoster(sentence.text)) ?? dashedSideRoster(sentence.text),
    greeted: greetedNames(sentence.text, words),
    met,
    names: titledNames(sentence.text, words, met, true),
  };
}

const FRONT_MATTER_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function pseudoLine(text: string, range: Range): TextLine {
  return { text, body: text, block: 'list-item', itemStart: true, range };
}

function firstLine(input: StakeholderInput): { text: string; range: Range } | undefined {
  if (input.sections.some((s) => !s.heading.pseudo)) return undefined;
  const line = input.lines[0];
  return line && line.block === 'paragraph' ? { text: line.text, range: line.range } : undefined;
}

function person(name: string, role: string | undefined, range: Range, met: boolean | undefined): Participant {
  return { name, role, side: sellerSide(name, role) ? 'seller' : 'buyer', range, met };
}

function sellerSide(name: string, role: string | undefined): boolean {
  return lexiconIndexes().sellers.has(normalize(name)) || ourTitle(role) || sellingTitle(role);
}

/** "Account Executive, Rosterly" in a signature: a title that sells, unless it also decides ("VP Sales"). */
function sellingTitle(role: string | undefined): boolean {
  return role !== undefined && hasAnyPhrase(normalize(role), SELLER_ROLES) && titleDecides(role) === undefined;
}

/** A participants list entry, with what its parentheses say: decides, absent, champion. */
function listedPerson(line: TextLine): Participant | undefined {
  const text = cleanName(line.text);
  // "Absent", "Excusés": the title of the roster's part, not someone.
  if (!text || NONE.has(normalize(text)) || ABSENT_TITLES.includes(normalize(text))
    || !(/^\p{Lu}/u.test(text) || /^(?:moi|me|nous|us)\b/i.test(text) || LOWER_CASE_NAME.test(text))) return undefined;
  const participant = parseParticipant({ ...line, text, body: text });
  // A step written under the participants list is the note's step: taken for a name, its words
  // would be names, and the step would say nothing of what it is for.
  if (!participant || readsAsStep(participant.name) || readsAsStep(text) || namesADayOnly(text) || namesADayOnly(participant.name)) return undefined;
  if (ourTitle(participant.role)) participant.side = 'seller';
  const marks = normalize(line.text);
  participant.met = hasAnyPhrase(marks, ABSENT_CUES) ? false : true;
  const role = roleWord(marks);
  if (role) participant.decisionRole = role;
  if (participant.decider === true) participant.decisionRole = 'decides';
  if (participant.decider !== undefined) participant.evidence = { text: line.text, range: line.range };
  return participant;
}

/**
 * "j. ferrand (resp. exploitation)", "lucas (avant-vente)", "p. lemaire": a name typed in lower case,
 * as live notes are, told by its title in brackets or its initial.
 */
const LOWER_CASE_NAME = /^(?:\p{Ll}\.\s?\p{Ll}[\p{Ll}'’-]+(?:\s*\(|$|,)|\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+)? \()/u;

const DAYS = new Set(DAY_WORDS);

/** "Tue 14th 2pm", "jeudi 3": a day, not a person. */
function namesADayOnly(text: string): boolean {
  const words = normalize(text).split(' ');
  const day = DAYS.has(words[0]) ? 1 : DAYS.has(words.slice(0, 2).join(' ')) ? 2 : 0;
  return day > 0 && (words.length === day || /^\d/.test(words[day]));
}

/** "our regional VP", "notre avant-vente": a title on the seller's side. */
function ourTitle(role: string | undefined): boolean {
  return role !== undefined && /^(?:our|notre|nos|my|mon|ma)\b/i.test(role.trim());
}

const NONE = new Set(['none', 'aucun', 'aucune', 'personne', 'nobody', 'n a', 'na']);

/** "Sophie Carpentier <s.c@x.fr>" -> "Sophie Carpentier". */
function cleanName(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '<') depth++;
    else if (ch === '>' && depth > 0) depth--;
    else if (!depth) out += ch;
  }
  return out.replace(/\s+/g, ' ').trim().replace(/[.,;]$/, '').trim();
}

export function roleWord(normalized: string): DecisionRole | undefined {
  if (hasAnyPhrase(normalized, ROLE_WORDS.champion)) return 'champion';
  if (hasAnyPhrase(normalized, ROLE_WORDS.influences)) return 'influences';
  return undefined;
}

/**
 * The people of stakeholder tables, wherever they stand: a name column, and a title or a "Décide ?"
 * one. `sales`: only tables that say who decides or who was met, as a project's roles table does not.
 */
export function peopleTableRows(lines: readonly TextLine[], sourceLines: readonly string[],
  header: (line: number) => string[] | undefined = headerReader(sourceLines), sales = false): Participant[] {
  const people: Participant[] = [];
  for (const line of lines) {
    if (line.block !== 'table') continue;
    const cells = header(line.range.start.line);
    if (!cells || !isPeopleTable(cells)) continue;
    if (sales && column(cells, TABLE_COLUMNS.decides) < 0 && column(cells, TABLE_COLUMNS.met) < 0) continue;
    const person = tableRow(line, cells, sourceLines);
    if (person) people.push(person);
  }
  return people;
}

function isPeopleTable(header: readonly string[]): boolean {
  return column(header, TABLE_COLUMNS.name) >= 0
    && (column(header, TABLE_COLUMNS.decides) >= 0 || column(header, TABLE_COLUMNS.title) >= 0)
    && column(header, TABLE_COLUMNS.action) < 0;
}

/** A stakeholder table's row: name, title, "Décide ? Oui", "Présent : Non". */
function tableRow(line: TextLine, header: string[] | undefined, sourceLines: readonly string[]): Participant | undefined {
  if (!header) return listedPerson(line);
  const cells = tableCells(sourceLines[line.range.start.line] ?? '');
  const at = (names: readonly string[]) => {
    const index = column(header, names);
    return index >= 0 ? cells[index] ?? '' : undefined;
  };
  const name = at(TABLE_COLUMNS.name) ?? cells[0];
  if (!name) return undefined;
  const title = at(TABLE_COLUMNS.title);
  const participant = parseParticipant(pseudoLine(title ? `${name}, ${title}` : name, line.range));
  if (!participant) return undefined;
  participant.met = true;
  const met = at(TABLE_COLUMNS.met);
  const metWord = met === undefined ? undefined : yesNo(met);
  if (metWord !== undefined) participant.met = metWord;
  const decides = at(TABLE_COLUMNS.decides);
  const verdict = decides === undefined ? undefined : yesNo(decides) ?? markerIn(decides);
  if (participant.side === 'buyer' && verdict !== undefined) {
    participant.decider = verdict;
    participant.deciderSource = 'table';
    participant.decisionRole = verdict ? 'decides' : roleWord(normalize(decides ?? '')) ?? 'unknown';
    participant.evidence = { text: line.text, range: line.range };
  } else if (decides) {
    const role = roleWord(normalize(decides));
    if (role) participant.decisionRole = role;
  }
  return participant;
}

/** "Oui", "Yes – owns plant capex", "No – main user": the first word says it. */
function yesNo(cell: string): boolean | undefined {
  const first = normalize(cell).split(' ')[0] ?? '';
  if (YES_WORDS.includes(first)) return true;
  if (NO_WORDS.includes(first)) return false;
  return undefined;
}

function markerIn(cell: string): boolean | undefined {
  const normalized = normalize(cell);
  if (/\b(?:decideur|decideuse|decider|decision maker|signataire)\b/.test(normalized)) return true;
  if (roleWord(normalized)) return false;
  return undefined;
}

/** The label and people of an inline attendees line ("Présents :", "Attendees:", "Contact :", "À :"). */
export function inlineAttendees(text: string): { label: string; pieces: string[] } | undefined {
  const list = inlineList(text.trimStart(), { labels: ROSTER_OR_ABSENT_LABELS, separators: LIST_SEPARATORS });
  if (!list) return withAttendees(text);
  return list && { label: normalize(list.label), pieces: list.people.map((person) => person.text) };
}

const ROSTER_OR_ABSENT_LABELS = [...ATTENDEE_LABELS, ...ABSENT_LIST_LABELS];

/** "RDV … w/ Paul Garnier (gérant) + Léa Roux (resp. achats)": the people met, wherever the line names them. */
function withAttendees(text: string): { label: string; pieces: string[] } | undefined {
  const list = withList(text, LIST_SEPARATORS);
  return list && { label: list.label, pieces: list.people.map((person) => person.text) };
}

/** Attendees are joined by "+", "&" and "/" as well ("Romain Texier (DSI) + Chloé Marin", "Mark Ellis / Dana Cho"). */
const LIST_SEPARATORS = ',;+&/';
/** Shorthand rosters ("us:", "them:", "ppl:"), read as lists outside a participants section only. */
const ROSTER_LABELS = new Set(['w', ...SHORTHAND_ROSTER_LABELS]);

const GREETING = new Set(GREETINGS);

/** "Bonjour Sophie," -> ["Sophie"]; "Hi Rachel, hi Omar," -> ["Rachel", "Omar"]; "Hi all," -> []. */
function greetedNames(text: string, words: readonly Word[]): string[] | undefined {
  if (!words.length || !GREETING.has(words[0].norm) || !/,\s*$/.test(text) || words.length > 8) return undefined;
  const names: string[] = [];
  for (const { text: part } of splitList(text.trimEnd().replace(/,$/, ''), LIST_SEPARATORS)) {
    const rest = wordsOf(part).filter((w) => !GREETING.has(w.norm));
    if (rest.length && rest.every((w) => w.capital) && rest.length <= 3) names.push(part.slice(rest[0].start).trim());
  }
  return names;
}

const MET_INDEX = new PhraseIndex<true>().addAll(MET_CUES, true);
const ABSENT_INDEX = new PhraseIndex<true>().addAll(ABSENT_CUES, true);
const STOP = new Set(['le', 'la', 'l', 'les', 'the', 'a', 'an', 'un', 'une', 'son', 'sa', 'ses', 'his', 'her', 'their',
  'notre', 'our', 'votre', 'your', 'leur', 'de', 'du', 'd', 'of', 'des']);

/**
 * People named with a title in a text: "Jason Whitley, the plant's IT lead", "Lucie Fabre, responsable
 * supply chain", "Karim Bensaïd (DSI)", "the head of operations, Rebecca Sands", "Mme Vasseur".
 * Capitalised words alone ("Imprimerie Fargier") are not taken for a person.
 */
export function namedWithTitles(text: string, range: Range, met: boolean, people: People, bare = true): Participant[] {
  return titledNames(text, wordsOf(text), met, bare)
    .filter((name) => name.title || name.honorific || name.metByName || people.find(name.text))
    .map((name) => person(name.text, name.title, range, met || undefined));
}

interface TitledName extends NameSpan {
  title?: string;
  /** Named without a title in a sentence that says they were met: a person all the same. */
  metByName: boolean;
  /** `nameKey(text)`, and whether the name or title is the seller's: read with the sentence. */
  key: string;
  seller: boolean;
}

/** The last run of letters and figures of a text, read from its end: the whole text is not normalised once per name. */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The proper names of a text with the title beside them; those with neither count when the note knows them. */
function titledNames(text: string, words: readonly Word[], met: boolean, bare: boolean): TitledName[] {
  // "Dana Cho (CFO, Brightline Retail)": a name inside the title of the one before is no person.
  let titleEnd = -1;
  const out: TitledName[] = [];
  for (const name of properNames(text, words)) {
    if (name.start < titleEnd) continue;
    const before = text.slice(0, name.start);
    const after = titleAfter(text.slice(name.end));
    const at = after ? text.indexOf(after, name.end) : -1;
    if (after && at >= 0) titleEnd = at + after.length;
    const title = after ?? titleBefore(before);
    // Without a title, a name counts when the sentence says they were met: "Spent an hour with … and Becky Shaw".
    // "du groupe Hôtels Mistral", "at the firm Baker Hale": an organisation, not a person.
    const metByName = bare && met && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name.text) && !/\b(?:of|de|chez|at|du)\s*$/i.test(before)
      && !ORGANISATION_NOUNS.includes(normalize(lastWordOf(before)));
    // A literal of one shape (not a spread): the sentence loops read these at every keystroke.
    out.push({
      text: name.text, start: name.start, end: name.end, honorific: name.honorific, title, metByName,
      key: nameKey(name.text), seller: sellerSide(name.text, title),
    });
  }
  return out;
}

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  honorific: boolean;
}

/**
 * Runs of one to three capitalised words, with an optional honorific: "Nadia Benali", "Mme Vasseur",
 * "Dr. Laura Kim". A run that starts a sentence with a common word ("Le", "Budget") is skipped.
 */
export function properNames(text: string, words: readonly Word[] = wordsOf(text)): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    let from = i;
    let honorific = false;
    if (HONORIFIC.has(words[i].norm) && (words[i].capital || SPOKEN_HONORIFIC.has(words[i].norm)) && words[i + 1]?.capital) {
      honorific = true;
      i++;
    }
    if (!words[i]?.capital || COMMON.has(words[i].norm) || MET_OPENERS.has(words[i].norm) || lexiconIndexes().titles.at(words, i)) continue;
    let end = i + 1;
    // "O'Brien", "D’Angelo": one word of the name, though the apostrophe splits it in two.
    let joined = 0;
    while (end < words.length && end - i - joined < 3 && words[end].capital && !COMMON.has(words[end].norm)
      && !lexiconIndexes().titles.at(words, end)) {
      const between = text.slice(words[end - 1].end, words[end].start);
      if (isApostrophe(between) && /^\p{Lu}$/u.test(words[end - 1].raw)) joined++;
      else if (!/^[\s-]+$/.test(between)) break;
      end++;
    }
    const last = words[end - 1];
    // A name is two words, or one word after an honorific, or a first name alone where it is written as one.
    if (end - i >= 2 || honorific || isFirstName(text, words, i)) {
      out.push({ text: text.slice(words[from].start, last.end), start: words[from].start, end: last.end, honorific });
    }
    if (!honorific) from = end;
    i = end - 1;
  }
  return out;
}

const isApostrophe = (text: string) => text === "'" || text === '’';

/** A single capitalised word that reads as a first name: "Romain veut…", "à Karim", "Aisha =". */
function isFirstName(text: string, words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (word.raw.length < 3 || /\d/.test(word.raw) || word.raw === word.raw.toUpperCase() || DAYS.has(word.norm)) return false;
  const prev = text.slice(0, word.start).trimEnd();
  return prev === '' ? false : !/[.!?:]$/.test(prev);
}

const TITLE_STOPS = new Set(['qui', 'who', 'et', 'and', 'a', 'has', 'nous', 'est', 'is']);
const DETERMINER = /^(?:the|le|la|l'|son|sa|his|her|their|our|your|votre|notre)\s+/i;
/** ", avec sa fille Amandine", ", dans son bureau": a place or a companion, not a title. */
const PREPOSITION = /^(?:avec|with|dans|à|a|in|at|pour|for|et|and|chez|sur|on|de|from)\s/i;

/** ", the plant's IT lead,", " (DSI)", " – responsable maintenance", ", COO of Blueridge". */
function titleAfter(written: string): string | undefined {
  // "Pierre Lacoste himself, le PDG": the emphasis stands between the name and its title.
  const after = written.replace(EMPHASIS_AFTER_NAME, '');
  let title: string | undefined;
  const start = after.length - after.trimStart().length;
  const head = after.slice(start, start + 80);
  if (head.startsWith('(')) {
    const close = head.indexOf(')');
    title = close > 1 ? head.slice(1, close) : undefined;
  } else if (after.startsWith(',')) {
    title = untilStop(after.slice(1, 70).trimStart());
  } else if (start > 0 && '–—-'.includes(head[0] ?? '') && /\s/.test(head[1] ?? '')) {
    title = untilAny(head.slice(2), ',;()–—');
  }
  // "Greg Fenwick, the owner.": the sentence's full stop is not part of the title.
  title = title?.trim().replace(/[.!?…]+$/, '');
  if (!title || title.length < 2 || PREPOSITION.test(title)) return undefined;
  return looksLikeTitle(title) ? bareTitle(title) : undefined;
}

const EMPHASIS_AFTER_NAME = /^ (?:himself|herself|in person|lui-même|elle-même|en personne)(?=,)/iu;

/** "C'est le DG" -> "DG", "the plant's IT lead" -> "plant's IT lead": the title without the words that introduce it. */
export function bareTitle(title: string): string {
  const opening = startingPhrase(normalize(title), TITLE_OPENINGS);
  const rest = opening ? title.slice(writtenLength(title, opening.split(' ').length)) : title;
  return rest.replace(DETERMINER, '');
}

/** "the owner. She liked…": the text up to a full stop that ends a sentence ("Dr. Kim" goes on). */
function untilSentenceEnd(text: string): string {
  for (let i = 0; i < text.length - 2; i++) {
    if ('.!?'.includes(text[i]) && text[i + 1] === ' ' && /\p{Lu}/u.test(text[i + 2]) && !/(?:^|\s)(?:dr|mr|mrs|ms|m|st)$/i.test(text.slice(Math.max(0, i - 4), i))) {
      return text.slice(0, i);
    }
  }
  return text;
}

/** The text up to the first of `chars`, or up to an arrow: "CFO -> not on the call" is a title, then a comment. */
function untilAny(text: string, chars: string): string {
  let end = 0;
  while (end < text.length && !chars.includes(text[end]) && !startsArrow(text, end)) end++;
  return text.slice(0, end);
}

function startsArrow(text: string, at: number): boolean {
  return '→⇒➔'.includes(text[at]) || ((text[at] === '-' || text[at] === '=') && text[at + 1] === '>');
}

/** ", responsable supply chain, et …": up to a comma or a word that starts a clause ("qui", "and"). */
function untilStop(text: string): string {
  const part = untilSentenceEnd(untilAny(text, ',;()«»"'));
  const words = wordsOf(part);
  const stop = words.findIndex((w, i) => i > 0 && TITLE_STOPS.has(w.norm));
  return stop > 0 ? part.slice(0, words[stop].start) : part;
}

/** "the head of operations, Rebecca Sands", "le DG, Yann Morvan", "EB = le CFO, Laurent Barret". */
function titleBefore(whole: string): string | undefined {
  const before = whole.slice(-60).trimEnd();
  if (!before.endsWith(',')) return undefined;
  const body = before.slice(0, -1);
  let start = body.length;
  while (start > 0 && !',;:=()«»"/'.includes(body[start - 1])) start--;
  // "The decision sits with the COO, Lena Fischer": the title is what the last determiner introduces.
  const title = beforeDecision(lastDetermined(body.slice(start).trim()));
  if (title.length < 2 || title.length > 40 || !looksLikeTitle(title)) return undefined;
  const words = wordsOf(title);
  // "sa responsable", "your manager": a relation, not the title of the one named.
  if (words.length === 2 && STOP.has(words[0].norm) && RELATIONS.has(words[1].norm)) return undefined;
  return title.replace(DETERMINER, '');
}

const DECIDES = new PhraseIndex<true>().addAll(DECISION_PHRASES.before, true);

/** "Ops VP has final say on this" -> "Ops VP": a clause that says who decides, its subject. */
function beforeDecision(text: string): string {
  const words = wordsOf(text);
  const cue = DECIDES.all(words)[0];
  return cue && cue.from > 0 ? text.slice(0, words[cue.from].start).trim() : text;
}

/** The words after the last determiner of a clause: "the decision sits with the COO" -> "COO". */
function lastDetermined(text: string): string {
  const words = text.split(' ');
  if (words.length <= 3) return text;
  for (let i = words.length - 2; i > 0; i--) {
    if (DETERMINER.test(`${words[i]} `)) return words.slice(i + 1).join(' ');
  }
  return text;
}

const RELATIONS = new Set(['responsable', 'manager', 'boss', 'chef', 'cheffe', 'superieur', 'superieure', 'patron', 'patronne', 'fille', 'fils']);

export function looksLikeTitle(text: string): boolean {
  const words = wordsOf(text);
  if (!words.length || words.length > 8) return false;
  for (let i = 0; i < words.length; i++) if (lexiconIndexes().titles.at(words, i)) return true;
  return false;
}

/** Words that start a sentence or a run without naming anyone. */
/**
 * "Vu Sophie Lenoir", "Rencontré Éric Vial", "Called Dana Fox": the verb a note's line opens with is
 * no first name; inside a name ("Minh Vu") the same word is one.
 */
const MET_OPENERS = new Set(MET_OPENING_VERBS);

const COMMON = new Set([
  ...['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'donc', 'pour', 'par', 'sur', 'avec', 'sans',
    'dans', 'en', 'au', 'aux', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'j', 'tu',
    'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'si', 'quand', 'comme', 'merci', 'bonjour',
    'bien', 'tres', 'plus', 'moins', 'pas', 'rien', 'tout', 'tous', 'toute', 'toutes', 'aucun', 'aucune', 'deja', 'apres',
    'avant', 'depuis', 'vers', 'chez', 'selon', 'sous', 'entre', 'objet', 'suite', 'prochaine', 'prochaines', 'etape',
    'rendez', 'rdv', 'compte', 'contact', 'contacts', 'budget', 'besoin', 'douleur', 'notes', 'commentaire', 'date',
    'present', 'presents', 'participants', 'moi', 'visio', 'tel', 'call', 'lunch', 'ce', 'qui', 'que', 'quoi', 'r', 'q'],
  ...['the', 'a', 'an', 'and', 'or', 'but', 'so', 'for', 'by', 'on', 'with', 'without', 'in', 'at', 'to', 'of', 'from',
    'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'my', 'his', 'her', 'their', 'our',
    'your', 'its', 'if', 'when', 'as', 'thanks', 'hi', 'hello', 'dear', 'great', 'next', 'step', 'steps', 'subject', 'to',
    'cc', 'met', 'attendees', 'account', 'stage', 'need', 'notes', 'me', 'us', 'just', 'quick', 'any', 'best', 'cheers',
    'speak', 'soon', 'what', 'who', 'how', 'why', 'where', 'no', 'not', 'yes', 'ok', 'also', 'then', 'after', 'before',
    'since', 'until', 'once', 'both', 'all', 'each', 'every', 'there', 'here', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
    'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
    'nov', 'dec', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars',
    'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'q', 'a', 'eb', 'dm',
    'poc', 'crm', 'rfp', 'demo', 'pilot', 'review', 'send', 'call', 'trial', 'sensor', 'knowledge', 'steering',
    'renewal', 'share', 'provision', 'bonne', 'cher', 'chere', 'bien', 'cordialement', 'salut'],
]);
