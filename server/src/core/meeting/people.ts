// Meeting notes: participants, who decides, and the next steps with whom they are aimed at.
import {
  APPROVER_TITLES, DECIDER_MARKERS, DECISION_LINE_LABELS, NON_DECIDER_TITLES, SPEECH_OPENERS, SUPERIOR_PATTERNS, TITLE_OPENINGS,
} from '../../lexicon/people';
import { type Lexicon, currentLexicon } from '../../lexicon/additions';
import { TextMemo } from '../reading/memo';
import { COURTESY_OPENINGS, CRM_UPDATE_VERBS, FORECAST_TOOLS, NO_STEP_WORDS, NOT_A_STEP_LABELS, PENDING_APPROVAL, PENDING_SUBJECTS } from '../../lexicon/meeting';
import { isPlaceholderLine } from '../reading/placeholders';
import { indexedMentionKeys, indexedMentions } from './people-index';
import { frontMatterValues } from '../markdown/frontmatter';
import { bracketedSpans, splitAtSeparators } from '../reading/scan';
import { inlineList, withList } from '../reading/labels';
import { BUYER_SIDE_LABELS, SELLER_SIDE_LABELS } from '../../lexicon/labels';
import { ABSENT_TITLES } from '../../lexicon/stakeholders';
import type { DecisionInfo, Participant, Range, Section, SectionRole, Sentence, TextLine } from '../types';
import { readDecisions } from './decisions';
import { type StakeholderInput, bareTitle, readStakeholders, roleWord } from './stakeholders';
import { findPhrase, hasAnyPhrase, hasPhrase, isQuestion, normalize } from '../reading/text';
import { classifyHeading } from '../reading/vocabulary';
import { startingPhrase } from '../reading/phrases';

/** Splits "Jean Dupont — Responsable du Machin (non-décideur)" into name, role and marker text. */
export function parseParticipant(line: TextLine): Participant | undefined {
  const lexicon = currentLexicon();
  let memo = parsed.get(lexicon);
  if (!memo) parsed.set(lexicon, memo = new TextMemo(100_000));
  const read = memo.get(line.text, readParticipant);
  if (!read) return undefined;
  const participant: Participant = { name: read.name, role: read.role, side: read.side, range: line.range };
  if (read.decider !== undefined) {
    participant.decider = read.decider;
    participant.deciderSource = read.deciderSource;
  }
  if (read.validates) participant.validates = true;
  return participant;
}

/** What a participant's text says, kept by text and lexicon: the participants are read at each keystroke. */
type ParticipantText = Pick<Participant, 'name' | 'role' | 'side' | 'decider' | 'deciderSource' | 'validates'>;
const parsed = new WeakMap<Lexicon, TextMemo<ParticipantText | undefined>>();

function readParticipant(source: string): ParticipantText | undefined {
  const spans = bracketedSpans(source);
  const markers = spans.map((span) => span.inner);
  // "Paul (AE) en appui 10 min": words in lower case after the brackets are a remark, not the name.
  const remark = spans.length === 1 && /^\s*\p{Ll}/u.test(source.slice(spans[0].end)) && /^\s*\p{Lu}/u.test(source);
  let text = spans.map((span, i) => `${source.slice(i ? spans[i - 1].end : 0, span.start)} `).join('')
    .concat(remark ? '' : source.slice(spans.at(-1)?.end ?? 0))
    .replace(/\s+/g, ' ').trim();
  // "decider: yes" written inline is a marker, not a role.
  text = text.replace(/\b(?:d[ée]cideur|decider)\s*[:=]\s*(oui|non|yes|no|true|false)\b/i, (_m, v: string) => {
    markers.push(/^(oui|yes|true)$/i.test(v) ? 'decider' : 'not decider');
    return ' ';
  }).trim().replace(/[,;:.—–-]\s*$/, '').trim();
  if (!text) return undefined;
  let [name, ...rest] = splitAtSeparators(text);
  let role = rest.join(', ').trim() || undefined;
  // "Nina Ortiz (ops analyst) — loved the demo": the brackets right after the name hold the role,
  // not the comment after them ("Omar Haddad, ops manager (champion)" keeps its title).
  const first = spans[0];
  if (role && first && source.slice(0, first.start).trim() === name.trim() && !looksLikeTitle(role)) {
    const title = titleIn(first.inner);
    if (title && !roleWord(normalize(title))) role = title;
  }
  // "Moi (commercial)": the parenthesis holds the role, less what it says of the decision.
  if (!role) role = markers.map(titleIn).find(Boolean);
  // "Éric Vial (C'est le DG)": the title, not the words that introduce it.
  if (role && startingPhrase(normalize(role), TITLE_OPENINGS)) role = bareTitle(role);
  if (role && looksLikeTitle(name) && !looksLikeTitle(role)) [name, role] = [role, name];
  const all = normalize([role ?? '', ...markers].join(' '));
  // "VP Sales" or "directeur commercial" on the buyer's side is a buyer: a sales word in a decider
  // title does not make a seller, "Moi" or "account executive" does.
  const { sellerMarkers, company } = currentLexicon();
  const sellerRole = hasAnyPhrase(all, sellerMarkers) && titleDecides(role ?? '') === undefined;
  // "Sarah (my manager)", "Hugo (notre avant-vente)": a title on the writer's own side.
  const ours = hasAnyPhrase(normalize(name), sellerMarkers) || hasAnyPhrase(all, company) || /^(?:our|notre|nos|my|mon|ma)\s/i.test(role ?? '');
  const side = ours || sellerRole ? 'seller' : 'buyer';
  const markerText = normalize(markers.join(' '));
  const marker = deciderMarker(markerText);
  const participant: ParticipantText = { name: name.trim(), role, side };
  if (side === 'buyer' && marker !== undefined) {
    participant.decider = marker;
    participant.deciderSource = 'marker';
  } else if (side === 'buyer' && hasAnyPhrase(markerText, DECIDER_MARKERS.validates)) {
    participant.validates = true;
  }
  return participant;
}

/** Says how someone stands in the decision ("non-décideur", "validates"), not what their title is. */
function isDecisionMarker(text: string): boolean {
  const normalized = normalize(text);
  return deciderMarker(normalized) !== undefined || hasAnyPhrase(normalized, DECIDER_MARKERS.validates);
}

/**
 * The title a parenthesis gives, without what it says of the decision: "(procurement lead, not the
 * decider)" is a procurement lead; "(non-décideur)" gives no title.
 */
function titleIn(inner: string): string | undefined {
  const all = inner.split(/[,;—–]/).map((part) => part.trim()).filter(Boolean);
  const parts = all.filter((part) => !isDecisionMarker(part));
  // "(COO — economic buyer, approved the project at their capex review)": beside what it says of the
  // decision, the title and not the story; "(CFO, Brightline Retail)" keeps its company.
  const titles = parts.length < all.length ? parts.filter(looksLikeTitle) : [];
  const kept = titles.length ? titles : parts;
  return kept.length ? kept.join(', ') : undefined;
}

function deciderMarker(normalized: string): boolean | undefined {
  if (!normalized) return undefined;
  if (hasAnyPhrase(normalized, DECIDER_MARKERS.no)) return false;
  if (hasAnyPhrase(normalized, DECIDER_MARKERS.yes)) return true;
  return undefined;
}

/**
 * true for a decider title, false for a title that rarely decides, undefined for neither or both.
 * When one title holds the other, the longer is the more precise: "economic buyer" is no "buyer",
 * "directeur de projet" is no "directeur".
 */
export function titleDecides(role: string): boolean | undefined {
  const normalized = normalize(role);
  const decider = findPhrase(normalized, currentLexicon().deciderTitles);
  const other = findPhrase(normalized, NON_DECIDER_TITLES);
  if (!decider || !other) return decider ? true : other ? false : undefined;
  if (hasPhrase(decider, other)) return true;
  if (hasPhrase(other, decider)) return false;
  return undefined;
}

function looksLikeTitle(text: string): boolean {
  const normalized = normalize(text);
  return hasAnyPhrase(normalized, currentLexicon().deciderTitles) || hasAnyPhrase(normalized, NON_DECIDER_TITLES);
}

/**
 * The lines that belong to sections of a role, each once. A line belongs to the innermost section
 * with a role around it: "# Follow-up meeting" (a title that reads like a next-steps heading) does
 * not make its "Attendees" sub-section next steps.
 */
export function linesOfRole(sections: readonly Section[], role: SectionRole): TextLine[] {
  const owner = new Map<TextLine, Section>();
  for (const section of sections) {
    if (!section.role) continue;
    for (const line of section.lines) {
      const current = owner.get(line);
      if (!current || section.heading.range.start.line > current.heading.range.start.line) owner.set(line, section);
    }
  }
  return [...owner].filter(([, section]) => section.role === role).map(([line]) => line)
    .sort((a, b) => a.range.start.line - b.range.start.line);
}

/** More words than a name takes ("Marie-Claire de la Fontaine"): the words of a sentence. */
const NAME_WORDS = 5;
/** More words than a paragraph line naming someone and their title takes: a speaker's first words. */
const ENTRY_WORDS = 25;

const SPEECH = new Set(SPEECH_OPENERS);

/**
 * A sentence written among the entries of a participants section ("if you join as a guest, let us
 * know", "USA: Hello everyone, please help us with the notes…", a transcript's "Roger - I think…")
 * names nobody: its "us" or "me" is no seller. A paragraph line is an entry when it reads like one:
 * a name and a title, not two sentences or words that open a reply.
 */
function readsAsProse(line: TextLine, participant: Participant): boolean {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  if (words(participant.name) > NAME_WORDS) return true;
  if (line.block !== 'paragraph') return false;
  if (words(line.text) > ENTRY_WORDS) return true;
  const role = participant.role ?? '';
  if (/[.!?] +\S/.test(role)) return true;
  const opening = normalize(role).split(' ');
  return SPEECH.has(opening[0]) || SPEECH.has(opening.slice(0, 2).join(' '));
}

/**
 * The lines of the participants list: its section's, and the list items under a label line that
 * names it ("Participants :", "Présents :", "Attendees" alone over a bullet list), as "## Attendees" does.
 */
export function participantLines(sections: readonly Section[], lines: readonly TextLine[]): TextLine[] {
  const listed = rosterOnly(linesOfRole(sections, 'participants'));
  const under = linesUnderParticipantsLabel(lines);
  if (!under.lines.length) return listed;
  const known = new Set(listed);
  return [...listed, ...under.lines.filter((line) => !known.has(line))].sort((a, b) => a.range.start.line - b.range.start.line);
}

/**
 * A participants section's lines up to a title line after its list ("**What we discussed**" over the
 * next list, in notes whose other parts have no heading the vocabulary knows).
 */
function rosterOnly(lines: TextLine[]): TextLine[] {
  let listed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.block === 'list-item' || line.block === 'table') listed = true;
    else if (listed && line.block === 'paragraph' && readsAsTitle(line.text)) return lines.slice(0, i);
  }
  return lines;
}

/** Words a title line has at most. */
const TITLE_WORDS = 6;

/**
 * "What we discussed", "Ce qu'on a compris :": a few words, nothing listed after a colon, and not
 * the roster's own parts ("Absents", "Côté client").
 */
function readsAsTitle(text: string): boolean {
  const body = text.trim().replace(/:$/, '');
  if (!body || /[,;:.!?()]/.test(body) || body.split(/\s+/).length > TITLE_WORDS) return false;
  const normalized = normalize(body);
  return classifyHeading(body).role !== 'participants' && !ABSENT_TITLES.includes(normalized) && !SIDE_TITLES.includes(normalized);
}

const SIDE_TITLES: readonly string[] = [...SELLER_SIDE_LABELS, ...BUYER_SIDE_LABELS];

/** Per note's lines, what `linesUnderParticipantsLabel` found: the participants and the stakeholders both ask. */
const underLabel = new WeakMap<readonly TextLine[], { labels: TextLine[]; lines: TextLine[] }>();

/** The label lines that head a participants list, and the list's lines (contiguous items, one blank line between at most). */
export function linesUnderParticipantsLabel(lines: readonly TextLine[]): { labels: TextLine[]; lines: TextLine[] } {
  let found = underLabel.get(lines);
  if (!found) {
    found = scanParticipantsLabels(lines);
    underLabel.set(lines, found);
  }
  return found;
}

function scanParticipantsLabels(lines: readonly TextLine[]): { labels: TextLine[]; lines: TextLine[] } {
  const labels: TextLine[] = [];
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.block !== 'paragraph' || !isParticipantsLabel(line)) continue;
    let end = line.range.end.line;
    let j = i + 1;
    while (j < lines.length && lines[j].block === 'list-item' && lines[j].range.start.line <= end + 2) {
      out.push(lines[j]);
      end = lines[j].range.end.line;
      j++;
    }
    if (j > i + 1) labels.push(line);
    i = j - 1;
  }
  return { labels, lines: out };
}

/** "Participants :", "Présents", "Attendees:": a short line that is the participants heading's words and nothing else. */
function isParticipantsLabel(line: TextLine): boolean {
  if (line.range.end.line !== line.range.start.line || line.text.length > 40) return false;
  const trimmed = line.text.trim();
  const text = (trimmed.endsWith(':') ? trimmed.slice(0, -1) : trimmed).trimEnd();
  return text !== '' && !/[:.!?,;]/.test(text) && classifyHeading(text).role === 'participants';
}

export function collectParticipants(sections: readonly Section[], lines: readonly TextLine[] = []): Participant[] {
  const participants: Participant[] = [];
  for (const line of participantLines(sections, lines)) {
    if (line.block === 'list-item' && !line.itemStart) continue;
    const participant = parseParticipant(line);
    if (participant && !readsAsProse(line, participant)) participants.push(participant);
  }
  return participants;
}

/** The people of inline lists ("Présents : A (DAF), B et moi", "Attendees: …"), wherever they are written. */
export function inlineParticipants(sentences: readonly Sentence[]): Participant[] {
  const participants: Participant[] = [];
  for (const sentence of sentences) {
    const list = sentence.labelled ? inlineList(sentence.text) ?? withList(sentence.text) : withList(sentence.text);
    const ours = list !== undefined && SELLER_SIDE_LABELS.includes(normalize(list.label));
    for (const person of list?.people ?? []) {
      const text = person.role ? `${person.name} (${person.role})` : person.name;
      const participant = parseParticipant({ text, body: text, block: sentence.block, itemStart: true, range: sentence.range });
      // "us: me, Jordan (SE)": the seller's own side, whatever the titles say.
      if (participant && ours) {
        participant.side = 'seller';
        delete participant.decider;
        delete participant.deciderSource;
      }
      if (participant) participants.push(participant);
    }
  }
  return participants;
}

/** The participant a text speaks of first: full name, last or first name, or role ("le Responsable du Machin"). */
export function mentionedParticipant(text: string, participants: readonly Participant[]): Participant | undefined {
  return mentionedParticipants(text, participants)[0];
}

/** Every participant a text speaks of, in the order they are first named. */
export function mentionedParticipants(text: string, participants: readonly Participant[]): Participant[] {
  return indexedMentions(normalize(text), participants);
}

export function mentionKeys(participant: Participant, all: readonly Participant[]): string[] {
  return indexedMentionKeys(participant, all);
}

export function collectDecision(sections: readonly Section[], lines: readonly TextLine[]): DecisionInfo {
  const decisionLines = linesOfRole(sections, 'decision');
  const seen = new Set<TextLine>(decisionLines);
  for (const line of lines) {
    if (!seen.has(line) && line.speaker && findPhrase(normalize(line.speaker), DECISION_LINE_LABELS)) decisionLines.push(line);
  }
  return { lines: decisionLines };
}

export interface MeetingPeople {
  stakeholders: Participant[];
  participants: Participant[];
  decision: DecisionInfo;
  addressee?: Participant;
  attendeesAt?: Range;
}

/**
 * Everybody the note names and who decides, in order of trust: what the note states (markers,
 * tables, decision sentences, `decider:`) outranks what a title suggests; once someone is said to
 * decide, the other buyers do not.
 */
export function readMeetingPeople(input: StakeholderInput): MeetingPeople {
  const { people, attendeesAt } = readStakeholders(input);
  const attendees = frontMatterValues(input.frontMatter, 'attendees', 'participants', 'presents', 'présents');
  for (const name of frontMatterValues(input.frontMatter, 'decider', 'decideur', 'décideur', 'decision-maker', 'decision_maker')) {
    if (['true', 'yes', 'oui', 'false', 'no', 'non'].includes(normalize(name))) continue;
    const known = people.find(name);
    const listed = known?.met === true;
    const who = known ?? people.add({ name, side: 'buyer', range: input.title?.range ?? ORIGIN, met: attendees.length ? false : undefined });
    if (who.decider === undefined || who.deciderSource === 'other-decider') {
      who.decider = true;
      who.deciderSource = 'front-matter';
      who.decisionRole = 'decides';
      who.evidence = { text: `decider: ${name}`, range: ORIGIN };
    }
    if (!listed && attendees.length && who.met === undefined) who.met = false;
  }
  const found = readDecisions(input.sentences, people);
  const decision = collectDecision(input.sections, input.lines);
  if (found.unknown) decision.unknown = found.unknown;
  const all = people.all;
  const buyers = () => all.filter((p) => p.side === 'buyer');
  for (const line of decision.lines) {
    const normalized = normalize(line.body);
    const superior = SUPERIOR_PATTERNS.map((pattern) => pattern.exec(normalized)).find(Boolean);
    if (!superior) continue;
    const subordinate = mentionedParticipant(superior[1], buyers());
    if (subordinate && subordinate.decider === undefined) {
      subordinate.decider = false;
      subordinate.deciderSource = 'decision-line';
    }
    decision.absentDecider ??= { text: line.body, superiorOf: subordinate?.name };
  }
  const stated = () => buyers().some((p) => p.decider === true);
  // "Budget : 40-50 k€, « à valider »": someone else approves; a title alone no longer says who.
  const pending = input.sentences.some((sentence) => hasAnyPhrase(sentence.normalized, PENDING_APPROVAL) && hasAnyPhrase(sentence.normalized, PENDING_SUBJECTS));
  if (!stated() && !decision.absentDecider && !pending) {
    for (const participant of buyers()) {
      if (participant.decider !== undefined || !participant.role || participant.met !== true) continue;
      if (titleDecides(participant.role)) {
        participant.decider = true;
        participant.deciderSource = 'title';
        participant.decisionRole = 'decides';
      }
    }
    // "pas là : p. lemaire, dg": when no one met holds a deciding title, the absent one who does decides.
    const absent = !stated() ? buyers().find((p) => p.decider === undefined && p.met === false && p.role && titleDecides(p.role)) : undefined;
    if (absent) {
      absent.decider = true;
      absent.deciderSource = 'title';
      absent.decisionRole = 'decides';
    }
  }
  // "Camille Roux (valide)": whose yes the deal waits for, when nobody else decides and no
  // procurement or legal title makes it one approval among others.
  if (!stated() && !decision.absentDecider) {
    for (const participant of buyers()) {
      if (!participant.validates || participant.decider !== undefined) continue;
      if (participant.role && hasAnyPhrase(normalize(participant.role), APPROVER_TITLES)) continue;
      participant.decider = true;
      participant.deciderSource = 'marker';
      participant.decisionRole = 'decides';
    }
  }
  if (stated() || decision.absentDecider) {
    for (const participant of buyers()) {
      if (participant.decider !== undefined || participant.body) continue;
      participant.decider = false;
      participant.deciderSource = 'other-decider';
    }
  }
  // A list says who was there: whoever else the note names was not.
  if (attendeesAt || attendees.length) for (const participant of all) participant.met ??= false;
  for (const participant of all) participant.decisionRole ??= participant.decider ? 'decides' : 'unknown';
  const participants = all.filter((p) => p.met === true);
  const absent = buyers().filter((p) => p.decider === true);
  if (!absent.some((p) => p.met === true) && absent.length) decision.absentDecider ??= { text: absent[0].name };
  return { stakeholders: all, participants, decision, addressee: people.addressee, attendeesAt };
}

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A question, an agenda topic or discussion point ("Sujet : la remise"), an empty template row: what
 * is left to talk about is not something somebody will do.
 */
export function notAnAction(line: TextLine): boolean {
  if (isQuestion(line.text) || isPlaceholderLine(line.text) || onlyTags(line.text)) return true;
  if (startingPhrase(normalize(line.text), COURTESY_OPENINGS)) return true;
  if (line.speaker && FORECAST_TOOLS.includes(normalize(line.speaker))) return true;
  if (crmBookkeeping(normalize(line.speaker ? `${line.speaker} ${line.text}` : line.text))) return true;
  return line.speaker !== undefined && NOT_A_STEP_LABELS.includes(normalize(line.speaker));
}

/** How many words may stand between the update verb and the tool: "update the deal in SFDC". */
const TOOL_WITHIN = 4;

/** "update SFDC: stage 3, probability 40%", "MAJ CRM": the seller's own records, no step with the buyer. */
function crmBookkeeping(normalized: string): boolean {
  const words = normalized.split(' ');
  const verb = startingPhrase(normalized, CRM_UPDATE_VERBS);
  if (!verb) return false;
  const from = verb.split(' ').length;
  return words.slice(from, from + TOOL_WITHIN).some((word) => FORECAST_TOOLS.includes(word));
}

/** "#discovery #lumen": the tags a notes app files a note under, not something to do. */
function onlyTags(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => /^#[\p{L}\p{N}_/-]+$/u.test(word));
}

/** "Aucune pour l'instant", "TBD": a line that says there is no next step. */
export function saysNone(text: string): boolean {
  const normalized = normalize(text);
  return normalized === '' || (normalized.split(' ').length <= 4 && hasAnyPhrase(normalized, NO_STEP_WORDS));
}
