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
  record?: NoteRecord;
}

/**
 * Adds each note's cross-note findings to its report, the other notes named as the reports name
 * them, and drops what the account's earlier notes already answer.
 */
export function addWorkspaceFindings(checked: readonly Checked[], today: string): void {
  const index = new WorkspaceIndex();
  const shown = new Map<string, string>();
  for (const { item, record } of checked) {
    if (!record) continue;
    index.set(record);
    shown.set(record.uri, item.shown);
  }
  for (const { item, report, record } of checked) {
    if (!record) continue;
    report.findings = withAccountHistory(index, record.uri, report.findings);
    const found = workspaceFindings(index, record.uri, today, { rules: item.options.rules });
    if (!found.length) continue;
    const findings: ReportFinding[] = found.map(({ related, ...finding }) => ({
      ...finding,
      related: (related ?? []).map((location) => ({ file: shown.get(index.get(location.uri)?.uri ?? location.uri) ?? location.uri, range: location.range })),
    }));
    report.findings = [...report.findings, ...findings]
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}
