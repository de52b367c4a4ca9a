// The workspace index over the notes `boussole check` reads: the same records and cross-note rules
// as the editor's, so a folder checked on the command line gets the findings it gets in the editor.
import { workspaceFindings } from '../core/workspace/findings';
import { withAccountHistory } from '../core/workspace/history';
import { WorkspaceIndex } from '../core/workspace/index';
import type { NoteRecord } from '../core/workspace/record';
import type { CheckItem } from './check';
import type { FileReport, ReportFinding } from './report';

export interface Checked {
  item: CheckItem;
  report: FileReport;
  /** The note's record as JSON text (see CheckResult). */
  record?: string;
}

/**
 * Adds each note's cross-note findings to its report, the other notes named as the reports name
 * them, and drops what the account's earlier notes already answer.
 */
export function addWorkspaceFindings(checked: readonly Checked[], today: string): void {
  const index = new WorkspaceIndex();
  const shown = new Map<string, string>();
  const uris: (string | undefined)[] = [];
  for (const { item, record } of checked) {
    const parsed: NoteRecord | undefined = record === undefined ? undefined : JSON.parse(record);
    uris.push(parsed?.uri);
    if (!parsed) continue;
    index.set(parsed);
    shown.set(parsed.uri, item.shown);
  }
  checked.forEach(({ item, report }, i) => {
    const uri = uris[i];
    if (uri === undefined) return;
    report.findings = withAccountHistory(index, uri, report.findings);
    const found = workspaceFindings(index, uri, today, { rules: item.options.rules });
    if (!found.length) return;
    const findings: ReportFinding[] = found.map(({ related, ...finding }) => ({
      ...finding,
      related: (related ?? []).map((location) => ({ file: shown.get(index.get(location.uri)?.uri ?? location.uri) ?? location.uri, range: location.range })),
    }));
    report.findings = [...report.findings, ...findings]
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  });
}
