// One checked note, as every output format sees it. Per-file data beyond the findings is derived
// here, in one place (it runs in the worker threads too, so it must stay plain data).
import type { Analysis } from '../core/analyze';
import type { Finding, Language, NoteKind } from '../core/types';

export interface FileReport {
  /** As shown to the user: relative to the current folder when inside it. */
  file: string;
  kind: NoteKind;
  language: Language;
  findings: Finding[];
}

export function reportFor(file: string, analysis: Analysis): FileReport {
  return { file, kind: analysis.model.kind, language: analysis.model.language, findings: analysis.findings };
}

/** The stable JSON shape of a report (documented in docs/cli.md). */
export function jsonReport(report: FileReport) {
  return {
    file: report.file,
    kind: report.kind,
    language: report.language,
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
  };
}
