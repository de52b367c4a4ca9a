// Why a note is read as a session or a meeting, in the note's language: for the hover on the
// title, the status line and `boussole check --explain`.
import { KIND_FAMILIES, KIND_NAMES, KIND_WHY } from '../../lexicon/kind-words';
import type { KindEvidence, KindFamily, KindSignal, Language } from '../types';

export interface KindReason {
  family: KindFamily;
  towards: KindSignal['towards'];
  /** The family in words: "un vendeur et un acheteur". */
  label: string;
  /** Its strongest lines, one-based. */
  lines: { line: number; text: string }[];
}

export interface KindExplanation {
  /** "Lu comme rendez-vous commercial (confiance 0.63)". */
  headline: string;
  reasons: KindReason[];
  against: KindReason[];
  /** How to opt in or out with the front matter. */
  change: string;
  draft?: string;
}

/** The families that counted, strongest first, each with its first lines. */
function reasons(signals: readonly KindSignal[], towards: (s: KindSignal) => boolean, language: Language, perFamily: number): KindReason[] {
  const byFamily = new Map<KindFamily, { weight: number; towards: KindSignal['towards']; lines: KindSignal[] }>();
  for (const s of signals.filter(towards)) {
    const entry = byFamily.get(s.family) ?? { weight: 0, towards: s.towards, lines: [] };
    entry.weight += s.weight;
    if (s.text && entry.lines.length < perFamily && !entry.lines.some((l) => l.line === s.line)) entry.lines.push(s);
    byFamily.set(s.family, entry);
  }
  return [...byFamily].sort((a, b) => b[1].weight - a[1].weight).map(([family, entry]) => ({
    family,
    towards: entry.towards,
    label: KIND_FAMILIES[family][language],
    lines: entry.lines.map((s) => ({ line: s.line + 1, text: s.text })),
  }));
}

export function explainKind(evidence: KindEvidence, language: Language, perFamily = 2): KindExplanation {
  const confidence = evidence.source === 'evidence' ? ` (${KIND_WHY.confidence[language]} ${evidence.confidence.toFixed(2)})` : '';
  return {
    headline: `${KIND_WHY.readAs[language]} ${KIND_NAMES[evidence.kind][language]}${confidence}`,
    reasons: reasons(evidence.signals, (s) => s.towards !== 'against', language, perFamily),
    against: reasons(evidence.signals, (s) => s.towards === 'against', language, perFamily),
    change: KIND_WHY.change[language],
    draft: evidence.draft ? KIND_WHY.draft[language] : undefined,
  };
}

/** The status line's words: "lu comme séance de codéveloppement : les étapes…, les rôles…". */
export function kindInShort(evidence: KindEvidence, language: Language): string {
  const families = reasons(evidence.signals, (s) => s.towards !== 'against', language, 0).slice(0, 2).map((r) => r.label);
  return KIND_WHY.short[language](KIND_NAMES[evidence.kind][language], families);
}
