// A note as the workspace index keeps it: a compact, JSON-serialisable record of what the other
// notes need to know about it (kind, account, date, people, commitments, what it reports on). No
// syntax tree is kept, so thousands of notes fit in memory and in an on-disk cache.
import { createHash } from 'node:crypto';
import { FOLLOW_UP_WORDS } from '../../lexicon/meeting';
import { DONE_ENDINGS, DROPPED_WORDS } from '../../lexicon/workspace';
import { frontMatterString } from '../markdown/frontmatter';
import { decides, whoDecides } from '../meeting/decider';
import { forecasts, sellerOnly } from '../meeting/meeting';
import { nameKey } from '../meeting/stakeholders';
import { splitLines } from '../model';
import { noteActions } from '../reading/actions';
import { isoDay, noteDateOf, readDate } from '../reading/dates';
import { frontMatterPeople } from '../reading/labels';
import { followsLink } from '../reading/links';
import { hasAnyPhrase, normalize } from '../reading/text';
import { actionItems } from '../session/action-plan';
import { addContentStems, contentStems, initialRequest, reformulatedRequest } from '../session/request';
import { type SuppressionComment, suppressionComments } from '../suppressions';
import type { Language, NextStep, Note, NoteKind, Participant, Range } from '../types';
import { accountKey, accountFromTitle, dealLine } from './account';
import type { FollowUpFlag, StakeholderDecision, StakeholderStance } from './types';

import { RECORD_VERSION } from './version';

export { RECORD_VERSION };

export interface RecordPerson {
  name: string;
  /** `nameKey(name)`: how the same person is found again in other notes. */
  key: string;
  role?: string;
  /** Their organisation, when the note says ("DAF chez Girard", "COO at Acme"). */
  organisation?: string;
  side: 'buyer' | 'seller';
  decision: StakeholderDecision;
  stance?: StakeholderStance;
  /** A committee or a board, not one person. */
  body?: boolean;
  /** In this meeting; false: only named (absent, or spoken of). */
  met: boolean;
  /** Where the note first names them. */
  range: Range;
  /** The sentence that says how they stand in the decision. */
  evidenceRange?: Range;
}

export type CommitmentState = 'open' | 'done' | 'dropped';

export interface RecordCommitment {
  /** As written, checkbox left out. */
  text: string;
  /** Who carries it out, when the note says. */
  owner?: 'buyer' | 'seller';
  /** The buyer it is aimed at. */
  target?: string;
  /** Who carries it out, when the note names them ("Nadia organise…", "@Karim"). */
  ownerName?: string;
  /** YYYY-MM-DD, read by the note's own reading of dates. */
  due?: string;
  /** The date or delay as written ("d'ici le 14 avril", "next quarter"). */
  dueText?: string;
  state: CommitmentState;
  /** It says what the buyer will think about, decide or do (meetings); a session's plan always does. */
  purpose: boolean;
  flags: FollowUpFlag[];
  /** A checklist item outside the note's own next steps: most often carried over from the note it follows. */
  carried?: boolean;
  range: Range;
  /** Its content word stems, names and dates left out: what a later note that reports on it shares with it. */
  keywords: string[];
}

export interface RecordSession {
  client?: string;
  /** The reformulated request, else the initial one. */
  request?: string;
}

export interface RecordDecider {
  /** The names of everybody the note says decides. */
  names: string[];
  /** A decider was in this meeting. */
  met: boolean;
  /** Named only as someone's superior ("le N+2 de Jean"): that someone. */
  superiorOf?: string;
  /** The note says who decides, by name, title or as someone's superior. */
  known: boolean;
}

export interface NoteRecord {
  version: number;
  uri: string;
  /** A hash of the note's text: a cached record is reused while the text is unchanged. */
  hash: string;
  kind: NoteKind;
  language: Language;
  /** Mostly placeholders: a template not filled in yet. */
  draft: boolean;
  title?: string;
  /** The title's range, else the first line: where a note-wide finding goes. */
  titleRange: Range;
  /** YYYY-MM-DD: the front matter's `date:`, else a date in the file name or the title. */
  date?: string;
  account?: { key: string; name: string; source: 'front-matter' | 'title' | 'people' };
  follows?: { target: string; uri: string; range: Range };
  people: RecordPerson[];
  decider: RecordDecider;
  commitments: RecordCommitment[];
  /** Where the note records a forecast, else where it speaks of a proposal or a quote. */
  deal?: { text: string; range: Range; forecast: boolean };
  session?: RecordSession;
  /** Content word stems of the whole note: what it reports on. */
  reports: string[];
  /** The note's `boussole-disable` comments: they silence cross-note findings too. */
  suppressions?: SuppressionComment[];
}

/** The record of a note read from `text`, found at `uri`. */
export function recordOf(note: Note, uri: string, text: string): NoteRecord {
  const lines = splitLines(text);
  const title = note.title?.text;
  const people = note.kind === 'meeting' ? note.stakeholders.map(personOf) : [];
  const account = accountOf(note, people);
  const link = followsLink(note, lines);
  const follows = link ? { target: link.target, uri: resolveUri(link.target, uri), range: link.range } : undefined;
  const answer = whoDecides(note);
  const reference = noteDateOf(note.frontMatter.data.date, title, note.lines);
  const inSeries = note.kind !== 'unknown' || account !== undefined || follows !== undefined;
  const names = [...people.map((p) => p.name), ...(account ? [account.name] : [])];
  const record: NoteRecord = {
    version: RECORD_VERSION,
    uri,
    hash: hashText(text),
    kind: note.kind,
    language: note.language,
    draft: note.kindEvidence.draft,
    titleRange: note.title?.range ?? note.lines[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    people,
    decider: { names: answer.deciders.map((p) => p.name), met: answer.met, known: answer.known },
    commitments: inSeries ? commitmentsOf(note, lines, names, reference) : [],
    reports: reportsOf(note),
  };
  const date = dateOf(note, uri);
  if (title) record.title = title;
  if (date) record.date = date;
  if (answer.superiorOf) record.decider.superiorOf = answer.superiorOf;
  if (account) record.account = account;
  if (follows) record.follows = follows;
  const forecast = note.kind === 'meeting' ? forecasts(note)[0] : undefined;
  const deal = forecast ?? (note.kind === 'meeting' ? dealLine(note) : undefined);
  if (deal) record.deal = { text: deal.text, range: deal.range, forecast: deal === forecast };
  if (note.kind === 'session') record.session = sessionOf(note);
  if (text.includes('boussole-disable')) record.suppressions = suppressionComments(lines);
  return record;
}

function personOf(p: Participant): RecordPerson {
  const decision = decides(p);
  const person: RecordPerson = {
    name: p.name,
    key: nameKey(p.name),
    side: p.side,
    decision: decision === true ? 'decider' : decision === false ? 'not-decider' : 'unknown',
    met: p.met === true,
    range: p.range,
  };
  if (p.role) person.role = p.role;
  const organisation = p.role ? organisationIn(p.role) : undefined;
  if (organisation) person.organisation = organisation;
  if (p.decisionRole && p.decisionRole !== 'unknown') person.stance = p.decisionRole;
  if (p.body) person.body = true;
  if (p.evidence) person.evidenceRange = p.evidence.range;
  return person;
}

/** "DAF chez Transports Girard", "COO at Acme", "Head of Ops @ Oakridge": the organisation named after the title. */
function organisationIn(role: string): string | undefined {
  for (const marker of [' chez ', ' at ', ' @ ']) {
    const at = role.indexOf(marker);
    const after = at > 0 ? role.slice(at + marker.length).trim() : '';
    if (/^\p{Lu}/u.test(after)) return after;
  }
  return undefined;
}

/**
 * The front matter's `account` / `compte` / `client`, else (meetings) the buyer's organisation the
 * title names, else the one organisation the buyer's people are said to work for.
 */
function accountOf(note: Note, people: readonly RecordPerson[]): NoteRecord['account'] {
  const stated = frontMatterPeople(note.frontMatter.data).account;
  if (stated && accountKey(stated)) return { key: accountKey(stated), name: stated, source: 'front-matter' };
  if (note.kind !== 'meeting') return undefined;
  const named = note.title ? accountFromTitle(note.title.text, people.map((p) => p.key)) : undefined;
  if (named) return { key: accountKey(named), name: named, source: 'title' };
  // "DAF chez Transports Girard", "COO at Acme": one organisation for the buyer's people is theirs.
  const organisations = [...new Set(people.filter((p) => p.side === 'buyer' && p.organisation).map((p) => p.organisation!))];
  const keys = new Set(organisations.map(accountKey));
  return keys.size === 1 ? { key: accountKey(organisations[0]), name: organisations[0], source: 'people' } : undefined;
}

const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})\b/;

function dateOf(note: Note, uri: string): string | undefined {
  const value = note.frontMatter.data.date;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const stated = frontMatterString(note.frontMatter.data, 'date');
  const iso = (stated && ISO_DAY.exec(stated)?.[1]) || ISO_DAY.exec(fileName(uri))?.[1];
  if (iso) return iso;
  // A title, or a "Date :" line; never the first line of prose, whose dates are what it speaks of.
  const written = noteDateOf(undefined, note.title?.text ?? '', note.lines);
  return written ? isoDay(written) : undefined;
}

function sessionOf(note: Note): RecordSession {
  const session: RecordSession = {};
  const client = frontMatterPeople(note.frontMatter.data).account;
  if (client) session.client = client;
  const request = reformulatedRequest(note)?.text ?? initialRequest(note).at(-1)?.text;
  if (request) session.request = request;
  return session;
}

const CHECKBOX = /^\[([ xX])\]\s+/;
/** Checklist items anywhere, and a session's next steps, besides what the kind's own reading finds. */
const EVERY_ITEM = { sessionNextSteps: true, checklists: 'any-note', prose: 'without-list' } as const;

/**
 * The note's commitments: a meeting's next steps, a session's action plan, and checklist items
 * anywhere (a follow-up's carried-over items), each once, in the order they are written.
 */
function commitmentsOf(note: Note, lines: readonly string[], names: readonly string[], reference?: Date): RecordCommitment[] {
  const ignored = new Set([...followUpStems(note.language), ...names.flatMap((name) => [...contentStems(name, note.language)])]);
  const found: RecordCommitment[] = [];
  const taken = new Set<number>();
  const oneSided = note.kind === 'meeting' && sellerOnly(note.nextSteps);
  for (const step of note.nextSteps) {
    taken.add(step.range.start.line);
    found.push(fromStep(step, note, lines, ignored, oneSided));
  }
  if (note.kind === 'session') {
    for (const item of actionItems(note)) {
      if (taken.has(item.sentence.range.start.line)) continue;
      taken.add(item.sentence.range.start.line);
      const written = withoutCheckbox(item.text);
      const date = readDate(written.text, note.language, reference);
      found.push(commitment(written.text, item.sentence.range, written.done, date, note.language, lines, ignored, { purpose: true }));
    }
  }
  for (const action of noteActions(note, lines, EVERY_ITEM)) {
    const line = action.line.range.start.line;
    if (taken.has(line) || action.done === undefined && note.kind !== 'unknown') continue;
    taken.add(line);
    const date = readDate(action.text, note.language, reference);
    const carried = action.done !== undefined && !note.sections.some((s) => s.role === 'next-steps' && s.lines.includes(action.line));
    found.push(commitment(action.text, action.line.range, action.done, date, note.language, lines, ignored, { purpose: true, carried }));
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line);
}

const followUpWords: Partial<Record<Language, Set<string>>> = {};

/** "Rappeler", "relancer", "point", "rendez-vous": words every follow-up shares, that tell no step apart. */
function followUpStems(language: Language): Set<string> {
  return (followUpWords[language] ??= contentStems(FOLLOW_UP_WORDS.join(' '), language));
}

function fromStep(step: NextStep, note: Note, lines: readonly string[], ignored: Set<string>, oneSided: boolean): RecordCommitment {
  // "Nadia : envoie les relevés" is read after its label; the record keeps the whole item, as the view shows it.
  const line = note.lines.find((l) => l.range.start.line === step.range.start.line && l.block !== 'table');
  const written = withoutCheckbox(line?.speaker && line.body === step.text ? line.text : step.text);
  const language = note.language;
  const flags: FollowUpFlag[] = [];
  if (step.target?.decider === false && !step.towardsDecider) flags.push('non-decider');
  if (!step.purpose) flags.push('no-purpose');
  if (oneSided) flags.push('seller-only');
  return commitment(written.text, step.range, written.done, step.date, language, lines, ignored, {
    purpose: step.purpose !== undefined, flags, owner: step.owner, target: step.target?.name, ownerName: ownerOf(step, note),
  });
}

/** The buyer who carries a step out: the one its owner's name or its first word names ("Nadia organise…"). */
function ownerOf(step: NextStep, note: Note): string | undefined {
  if (step.owner !== 'buyer') return undefined;
  const first = normalize(step.ownerName ?? withoutCheckbox(step.text).text).split(' ')[0];
  const buyers = note.stakeholders.filter((p) => p.side === 'buyer' && nameKey(p.name).split(' ').includes(first));
  return buyers.length ? buyers.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name : undefined;
}

interface Extra {
  purpose: boolean;
  flags?: FollowUpFlag[];
  owner?: 'buyer' | 'seller';
  target?: string;
  ownerName?: string;
  carried?: boolean;
}

function commitment(
  text: string, range: Range, done: boolean | undefined, date: { text: string; date?: string } | undefined,
  language: Language, lines: readonly string[], ignored: Set<string>, extra: Extra,
): RecordCommitment {
  const dateStems = date ? contentStems(date.text, language) : new Set<string>();
  const keywords = [...contentStems(text, language)].filter((stem) => !ignored.has(stem) && !dateStems.has(stem) && !/^\d+$/.test(stem));
  const found: RecordCommitment = {
    text, state: stateOf(text, range, done, lines), purpose: extra.purpose, flags: extra.flags ?? [], range, keywords,
  };
  if (extra.owner) found.owner = extra.owner;
  if (extra.target) found.target = extra.target;
  if (extra.ownerName) found.ownerName = extra.ownerName;
  if (date?.date) found.due = date.date;
  if (date) found.dueText = date.text;
  if (extra.carried) found.carried = true;
  return found;
}

/** Ticked: done; struck through or said dropped: dropped; "… (fait)": done; otherwise open. */
function stateOf(text: string, range: Range, done: boolean | undefined, lines: readonly string[]): CommitmentState {
  const source = (lines[range.start.line] ?? '').slice(range.start.character).trim();
  const normalized = normalize(text);
  if (source.startsWith('~~') || hasAnyPhrase(normalized, DROPPED_WORDS)) return 'dropped';
  if (done) return 'done';
  const last = normalized.split(' ').at(-1) ?? '';
  return done === undefined && DONE_ENDINGS.includes(last) && /[(–—:,-]\s*\p{L}+\)?[.!]?\s*$/u.test(text) ? 'done' : 'open';
}

function withoutCheckbox(text: string): { text: string; done?: boolean } {
  const box = CHECKBOX.exec(text);
  return box ? { text: text.slice(box[0].length), done: box[1] !== ' ' } : { text };
}

/** Every content stem of the note's title and prose, once, sorted. */
function reportsOf(note: Note): string[] {
  const stems = new Set<string>();
  addContentStems(note.title?.text ?? '', note.language, stems);
  for (const line of note.lines) addContentStems(line.text, note.language, stems);
  return [...stems].sort();
}

/** `./2026-03-12-seance.md` against the note's own URI; an unreadable URI keeps the target as written. */
function resolveUri(target: string, base: string): string {
  try {
    return new URL(target.split('/').map(encodeURIComponent).join('/'), base).href;
  } catch {
    return target;
  }
}

function fileName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** A hash of the text, as base64url: native, so it costs little on a large workspace; good enough to tell texts apart. */
export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
