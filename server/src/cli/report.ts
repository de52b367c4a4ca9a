// One checked note, as every output format sees it. Per-file data beyond the findings is derived
// here, in one place (it runs in the worker threads too, so it must stay plain data).
import type { Analysis } from '../core/analyze';
import type { Finding, KindEvidence, Language, NoteKind, Range } from '../core/types';

/** Another note a cross-note finding speaks of, named as the report names files. */
export interface RelatedLocation {
  file: string;
  range: Range;
}

export interface ReportFinding extends Omit<Finding, 'related'> {
  related?: RelatedLocation[];
}

export interface FileReport {
  /** As shown to the user: relative to the current folder when inside it. */
  file: string;
  kind: NoteKind;
  language: Language;
  /** Why the note is read as its kind (plain data, see KindEvidence). */
  kindEvidence: KindEvidence;
  /** The note's own findings and its cross-note findings, in line order. */
  findings: ReportFinding[];
}

export function reportFor(file: string, analysis: Analysis): FileReport {
  const { kind, language, kindEvidence } = analysis.model;
  // A note's own findings relate to no other note; cross-note findings are added by workspace.ts.
  return { file, kind, language, kindEvidence, findings: analysis.findings.map(({ related: _, ...finding }) => finding) };
}

/** The stable JSON shape of a report (documented in docs/cli.md). */
export function jsonReport(report: FileReport) {
  return {
    file: report.file,
    kind: report.kind,
    language: report.language,
    kindEvidence: {
      kind: report.kindEvidence.kind,
      source: report.kindEvidence.source,
      confidence: report.kindEvidence.confidence,
      draft: report.kindEvidence.draft,
      scores: report.kindEvidence.scores,
      // Zero-based lines, like every position in the JSON.
      signals: report.kindEvidence.signals.map((s) => ({ family: s.family, towards: s.towards, weight: s.weight, line: s.line, text: s.text })),
    },
    findings: report.findings.map((f) => ({
      rule: f.rule, severity: f.severity, message: f.message, range: f.range, ...(f.related ? { related: f.related } : {}),
    })),
  };
}
