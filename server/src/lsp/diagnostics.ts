// The one place where a finding becomes an LSP diagnostic.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { ConfigProblem } from '../config';
import type { Finding, Severity } from '../core/types';
import type { NoteLocation } from '../core/workspace/types';
import { ruleDocPath } from '../rules/doc-path';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  rule: string;
  data?: Record<string, unknown>;
}

/**
 * `root` is the extension's folder, which ships `docs/rules/`. A cross-note finding's related notes
 * become its related information, each named by `relatedName` (the file name unless told).
 */
export function toDiagnostic(finding: Finding, root: string, relatedName: (location: NoteLocation) => string = fileName): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'boussole',
    code: finding.rule,
    codeDescription: { href: pathToFileURL(join(root, ruleDocPath(finding.rule))).href },
    message: finding.message,
    data: { rule: finding.rule, data: finding.data } satisfies DiagnosticData,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((location) => ({ location, message: relatedName(location) }));
  }
  return diagnostic;
}

/** A configuration file's problem, shown on the file itself: the defaults apply until it is fixed. */
export function configProblemDiagnostic(problem: ConfigProblem): Diagnostic {
  return { range: problem.range, severity: DiagnosticSeverity.Error, source: 'boussole', message: problem.message };
}

function fileName(location: NoteLocation): string {
  return decodeURIComponent(location.uri.slice(location.uri.lastIndexOf('/') + 1));
}
