// Evidence against both kinds: a meeting among colleagues, a procedure, a README, a retrospective,
// an ADR, a project plan, a playbook or script, minutes, a group's meeting of many, an empty template.
import { MEETING_TITLE_WORDS, MODERATOR_LABELS, NOT_A_NOTE, OFFICER_TITLES } from '../../../lexicon/kind';
import { namesADay } from '../dates';
import type { KindFamily, KindSignal } from '../../types';
import { numberedProcedure } from './session';
import { type EvidenceInput, headingsOf, Phrases, signal, speakerOf, textWords, wordsOf } from './signals';
import { openingLines } from './sides';

/** Words before the phrase for an opening line to start with it: "Réunion du bureau", "CR réunion d'équipe". */
const LEADING_WORDS = 2;
const OFFICERS = new Phrases(OFFICER_TITLES);
const MEETING_TITLE = new Phrases(MEETING_TITLE_WORDS);
/** One treasurer may be a buyer met; two officers of a body are its meeting. */
const OFFICER_COUNT = 2;

/** An opening line says less than a heading: it may go on with the note's first remark. */
const OPENING_WEIGHT = 2;
/** Where the words that stand for a title end on an opening line. */
const OPENING_TITLE = 60;

type AgainstFamily = keyof typeof NOT_A_NOTE;
const FAMILIES = Object.keys(NOT_A_NOTE) as AgainstFamily[];
const PHRASES = Object.fromEntries(FAMILIES.map((family) => [family, new Phrases(NOT_A_NOTE[family])])) as Record<AgainstFamily, Phrases>;

/** The title weighs most: "Weekly sync", "ADR 12", "Sales playbook" say what the whole file is. */
export function againstEvidence(input: EvidenceInput): KindSignal[] {
  const signals: KindSignal[] = [];
  if (input.title) {
    const title = wordsOf(input.title);
    const joined = ` ${title.join(' ')} `;
    // "RDV Cabinet Arnaud — formation des managers": a meeting named first, then what it is about.
    const meeting = MEETING_TITLE.find(title);
    const meetingAt = meeting ? joined.indexOf(` ${meeting} `) : -1;
    for (const family of FAMILIES) {
      const phrase = PHRASES[family].find(title);
      if (!phrase || (meetingAt >= 0 && meetingAt < joined.indexOf(` ${phrase} `))) continue;
      signals.push(signal(family as KindFamily, 'against', 3, input.title.text, input.title.range.start.line));
    }
  } else {
    // A note without a title opens with what stands for one: "Réunion du bureau – 12/03", "1:1 w/ Sarah".
    const opening = openingLines(input)[0];
    const title = opening ? textWords(opening.text.slice(0, OPENING_TITLE)) : [];
    for (const family of title.length ? FAMILIES : []) {
      const phrase = PHRASES[family].find(title);
      if (!phrase) continue;
      // "Réunion du bureau – 12/03" opens on what it is: as good as a heading.
      const leading = title.slice(0, LEADING_WORDS + phrase.split(' ').length).join(' ').includes(phrase);
      signals.push(signal(family as KindFamily, 'against', leading ? 3 : OPENING_WEIGHT, opening!.text, opening!.line));
    }
  }
  // "Présents : Claire (présidente), Paul (trésorier), Nadia (secrétaire)": a body's officers meet among themselves.
  const officers = [...input.participants, ...input.listed].filter((p) => p.role && OFFICERS.has(textWords(p.role)));
  if (officers.length >= OFFICER_COUNT) signals.push(signal('minutes', 'against', 2, officers.map((p) => p.name).join(', '), officers[0].range.start.line));
  for (const heading of headingsOf(input)) {
    const words = wordsOf(heading);
    for (const family of FAMILIES) {
      const phrase = PHRASES[family].find(words);
      // A heading names its family when it is mostly that phrase ("Prerequisites", "What went well").
      if (phrase && words.length <= phrase.split(' ').length + 2) {
        signals.push(signal(family as KindFamily, 'against', 1, heading.text, heading.range.start.line));
      }
    }
  }
  return [...signals, ...archiveSignals(input), ...crowdSignals(input), ...numberedProcedure(input)];
}

/** More people than sit on both sides of a sales meeting's table: a committee, a working group, a community call. */
const A_ROOM_OF_MANY = 10;
/** Outweighs the deal words a long group discussion is bound to hold here and there, not a note that names a seller. */
export const CROWD_WEIGHT = 6;

/**
 * "Attendees" listing twenty names, or a transcript where a dozen people each speak again and
 * again ("KG: …", "[simeon] …"): a group's meeting, where nobody is said to sell. A field label
 * ("Stage:", "Budget:") is written once; a label the lexicon knows ("Q", "Client") is a role.
 */
function crowdSignals(input: EvidenceInput): KindSignal[] {
  // A sentence left in a participants list ("let us know you'll be joining") names no seller.
  const people = [...input.participants, ...input.listed].filter((p) => p.name.split(/\s+/).length <= 4);
  if (people.some((p) => p.side === 'seller')) return [];
  // "Moderator: Dana Roy": a panel, a webinar or a community call, where speakers take turns before an audience.
  const moderator = input.lines.find((line) => line.speaker !== undefined && MODERATOR_LABELS.includes(speakerOf(line)));
  if (moderator) return [signal('crowd', 'against', CROWD_WEIGHT, moderator.text, moderator.range.start.line)];
  const names = new Set(people.map((p) => p.name.toLowerCase()));
  if (names.size >= A_ROOM_OF_MANY) return [signal('crowd', 'against', CROWD_WEIGHT, roll(people.map((p) => p.name)), people[0].range.start.line)];
  const utterances = new Map<string, { label: string; count: number }>();
  let first: number | undefined;
  for (const sentence of input.sentences) {
    if (!sentence.labelled || !sentence.speaker || sentence.role) continue;
    const key = sentence.speaker.toLowerCase();
    const known = utterances.get(key);
    if (known) known.count++;
    else utterances.set(key, { label: sentence.speaker, count: 1 });
    first ??= sentence.range.start.line;
  }
  const speakers = [...utterances.values()].filter(({ count }) => count >= 2).map(({ label }) => label);
  return speakers.length >= A_ROOM_OF_MANY && first !== undefined ? [signal('crowd', 'against', CROWD_WEIGHT, roll(speakers), first)] : [];
}

/** "Amara Diallo, Bruno Keller, Chloé Martin … (11)": who, in any language. */
function roll(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  return `${distinct.slice(0, 3).join(', ')} … (${distinct.length})`;
}

/** Headings past this many that each name a day make a file a log of many meetings. */
const DATED_HEADINGS = 3;
/** An archive outweighs whatever its many meetings say: no single note is read from it. */
const ARCHIVE_WEIGHT = 12;
/** Longer than any one meeting's notes: a log, a handbook or a transcript of many. */
const ONE_MEETING_LINES = 600;

/**
 * "# December 16th weekly meeting", "## 2019-12-02": a file of many dated meetings is an archive of
 * minutes, and what its thousand lines say here and there is no evidence about one meeting.
 */
function archiveSignals(input: EvidenceInput): KindSignal[] {
  const dated = headingsOf(input).filter((heading) => heading.level <= 3 && namesADay(heading.text));
  if (dated.length >= DATED_HEADINGS) return [signal('archive', 'against', ARCHIVE_WEIGHT, dated[0].text, dated[0].range.start.line)];
  const last = input.lines.at(-1);
  if (last && input.lines.length > ONE_MEETING_LINES) return [signal('archive', 'against', ARCHIVE_WEIGHT, last.text, last.range.start.line)];
  // A handbook's page: more sections than one meeting's notes take, and no day it records.
  const headings = headingsOf(input).filter((heading) => !heading.pseudo && heading.level <= 4);
  return headings.length >= HANDBOOK_HEADINGS && !input.dated
    ? [signal('archive', 'against', ARCHIVE_WEIGHT, headings[HANDBOOK_HEADINGS - 1].text, headings[HANDBOOK_HEADINGS - 1].range.start.line)] : [];
}

/** Sections past this many, with no day the note records, make a handbook's page rather than one meeting's or session's notes. */
const HANDBOOK_HEADINGS = 12;
