// Evidence against both kinds: a meeting among colleagues, a procedure, a README, a retrospective,
// an ADR, a project plan, a playbook or script, minutes, an empty template.
import { NOT_A_NOTE } from '../../../lexicon/kind';
import { namesADay } from '../dates';
import type { KindFamily, KindSignal } from '../../types';
import { numberedProcedure } from './session';
import { type EvidenceInput, headingsOf, Phrases, signal, wordsOf } from './signals';

type AgainstFamily = keyof typeof NOT_A_NOTE;
const FAMILIES = Object.keys(NOT_A_NOTE) as AgainstFamily[];
const PHRASES = Object.fromEntries(FAMILIES.map((family) => [family, new Phrases(NOT_A_NOTE[family])])) as Record<AgainstFamily, Phrases>;

/** The title weighs most: "Weekly sync", "ADR 12", "Sales playbook" say what the whole file is. */
export function againstEvidence(input: EvidenceInput): KindSignal[] {
  const signals: KindSignal[] = [];
  if (input.title) {
    const title = wordsOf(input.title);
    for (const family of FAMILIES) {
      if (PHRASES[family].has(title)) signals.push(signal(family as KindFamily, 'against', 3, input.title.text, input.title.range.start.line));
    }
  }
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
  return [...signals, ...archiveSignals(input), ...numberedProcedure(input)];
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
  return last && input.lines.length > ONE_MEETING_LINES ? [signal('archive', 'against', ARCHIVE_WEIGHT, last.text, last.range.start.line)] : [];
}
