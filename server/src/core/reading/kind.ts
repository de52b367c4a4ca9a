// Decides whether a note is a co-development session, a meeting, or neither, by weighing
// independent families of evidence; `type:` in the front matter always wins.
import { KIND_VALUES } from '../../lexicon/kind';
import type { KindEvidence, KindFamily, KindSignal, NoteKind, Range } from '../types';
import { againstEvidence, CROWD_WEIGHT } from './evidence/against';
import { meetingEvidence } from './evidence/meeting';
import { fullStructure, namesTheMethod, recordsASession, sessionEvidence } from './evidence/session';
import type { EvidenceInput } from './evidence/signals';
import { normalize } from './text';

export type { EvidenceInput } from './evidence/signals';

/** The kind a front matter `type:` value names; `none` for a file that opts out. */
export type DeclaredKind = 'session' | 'meeting' | 'none';

export function kindFromValue(value: string | undefined): DeclaredKind | undefined {
  if (!value) return undefined;
  const normalized = normalize(value);
  if (KIND_VALUES.session.includes(normalized)) return 'session';
  if (KIND_VALUES.meeting.includes(normalized)) return 'meeting';
  if (KIND_VALUES.none.includes(normalized)) return 'none';
  return undefined;
}

/** No family counts for more than this, so that one kind of clue repeated never decides alone. */
const FAMILY_CAP: Partial<Record<KindFamily, number>> = {
  steps: 7, roles: 3, 'method-words': 4, dialogue: 3,
  sides: 3, commercial: 3, 'buyer-roles': 3, 'next-steps': 1, recap: 2,
  template: 4, archive: 12, crowd: CROWD_WEIGHT,
};
const AGAINST_CAP = 3;
/** Below this score the evidence is thin and the note stays `unknown`. */
export const KIND_THRESHOLD = 4;
/** The winner must lead the evidence against and the other kind by this much. */
const MARGIN = 2;

function familyScores(signals: readonly KindSignal[]): Map<KindFamily, number> {
  const scores = new Map<KindFamily, number>();
  for (const s of signals) {
    const cap = FAMILY_CAP[s.family] ?? AGAINST_CAP;
    scores.set(s.family, Math.min(cap, (scores.get(s.family) ?? 0) + s.weight));
  }
  return scores;
}

function sum(scores: Map<KindFamily, number>, signals: readonly KindSignal[], towards: KindSignal['towards']): { score: number; families: number } {
  const families = new Set(signals.filter((s) => s.towards === towards).map((s) => s.family));
  let score = 0;
  for (const family of families) score += scores.get(family) ?? 0;
  return { score, families: families.size };
}

export function kindFromFrontMatter(value: DeclaredKind, text: string, range: Range | undefined, draft: boolean): KindEvidence {
  const kind = value === 'none' ? 'unknown' : value;
  return {
    kind, source: 'front-matter', confidence: 1, scores: { session: 0, meeting: 0, against: 0 }, draft,
    signals: [{ family: 'front-matter', towards: value === 'none' ? 'against' : value, weight: 0, text, line: range?.start.line ?? 0 }],
  };
}

/**
 * A session needs two families (steps alone, or numbers alone, never do); a meeting needs two
 * sides, someone who sells and someone who buys, plus another family, in a note anchored in a day
 * or in people met; both must lead the
 * evidence against by a margin. Anything thinner is `unknown`.
 */
export function kindFromEvidence(input: EvidenceInput, draft: boolean): KindEvidence {
  const signals = [...sessionEvidence(input), ...meetingEvidence(input), ...againstEvidence(input)];
  if (draft) signals.push({ family: 'template', towards: 'against', weight: 4, text: '', line: input.title?.range.start.line ?? 0 });
  const scores = familyScores(signals);
  const session = sum(scores, signals, 'session');
  const meeting = sum(scores, signals, 'meeting');
  const against = sum(scores, signals, 'against').score;
  // Two sides: clearly stated, or a weaker clue ("moi" among the people met) where deals are spoken of.
  // Two statements of who decides or holds the budget speak of a purchase as well.
  const sides = (scores.get('sides') ?? 0) + ((scores.get('commercial') ?? 0) >= 2 || (scores.get('buyer-roles') ?? 0) >= 2 ? 1 : 0);
  let kind: NoteKind = 'unknown';
  if (!draft && session.score >= KIND_THRESHOLD && (session.families >= 2 || fullStructure(signals)) && recordsASession(signals) && namesTheMethod(signals) && session.score >= against + MARGIN && session.score >= meeting.score) {
    kind = 'session';
  } else if (!draft && input.anchored && meeting.score >= KIND_THRESHOLD && sides >= 2 && meeting.families >= 2 && meeting.score >= against + MARGIN && meeting.score > session.score) {
    kind = 'meeting';
  }
  const winner = kind === 'session' ? session.score : kind === 'meeting' ? meeting.score : 0;
  const best = Math.max(session.score, meeting.score);
  const confidence = kind === 'unknown'
    ? Math.max(0, 1 - Math.max(0, best - against) / KIND_THRESHOLD)
    : Math.min(1, (winner - Math.max(against, kind === 'session' ? meeting.score : session.score)) / (2 * KIND_THRESHOLD));
  const kept = kind === 'unknown' ? signals : signals.filter((s) => s.towards === kind || s.towards === 'against');
  return {
    kind, source: 'evidence', confidence: Math.round(confidence * 100) / 100, draft,
    scores: { session: session.score, meeting: meeting.score, against },
    signals: kept.sort((a, b) => b.weight - a.weight || a.line - b.line),
  };
}
