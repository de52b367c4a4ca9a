// The shape of a cross-note rule: the same metadata as a note's rule, and a check that reads the
// workspace index for one note. The registry stamps ids and severities, as for every rule.
import type { WorkspaceIndex } from '../../core/workspace/index';
import type { NoteRecord } from '../../core/workspace/record';
import type { NoteLocation } from '../../core/workspace/types';
import type { Language, NoteKind, RuleFinding, Severity } from '../../core/types';
import { MONTHS } from '../../lexicon/workspace';

export interface WorkspaceContext {
  index: WorkspaceIndex;
  /** The note the findings belong to: the one where the consultant can act. */
  record: NoteRecord;
  /** YYYY-MM-DD. */
  today: string;
}

export interface WorkspaceRuleFinding extends RuleFinding {
  /** The other notes the finding speaks of. */
  related: NoteLocation[];
}

export interface WorkspaceRule {
  /** Fixed, kebab-case, like every rule id. */
  id: string;
  defaultSeverity: Severity;
  /** The kinds of note the findings go to; others are never passed to `check`. */
  kinds: readonly NoteKind[];
  /** One line: what the rule looks for, in both languages. */
  summary: Record<Language, string>;
  check(context: WorkspaceContext): WorkspaceRuleFinding[];
}

/** "9 mars 2026", "9 March 2026". */
export function spokenDate(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[language][month - 1]} ${year}`;
}

/** A note as a message names it: « title » (date) in French, "title" (date) in English. */
export function noteQuoted(record: NoteRecord, title: string, language: Language): string {
  const quoted = language === 'fr' ? `« ${title} »` : `"${title}"`;
  return record.date ? `${quoted} (${spokenDate(record.date, language)})` : quoted;
}

/** "a, b et c" / "a, b and c". */
export function listed(items: readonly string[], language: Language): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${items.at(-1)}`;
}

/** Locations once each: a note's title and its deal line are two, the same line twice is one. */
export function distinct(locations: readonly NoteLocation[]): NoteLocation[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    const key = `${location.uri}#${location.range.start.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
