// The workspace index over the notes `boussole check` reads: the same records and cross-note rules
// as the editor's, so a folder checked on the command line gets the findings it gets in the editor.
import { workspaceFindings } from '../core/workspace/findings';
import { withAccountHistory } from '../core/workspace/history';
import { WorkspaceIndex } from '../core/workspace/index';
import type { NoteRecord } from '../core/workspace/record';
import { type CheckItem, unpackRecord, unpackReport } from './check';
import type { FileReport, ReportFinding } from './report';

export interface Checked {
  item: CheckItem;
  /** The note's report and record, packed (see PackedResult). */
  report: Uint8Array;
  record?: Uint8Array;
}

/**
 * Each note's report, in the notes' order, with its cross-note findings, the other notes named as
 * the reports name them, less what the account's earlier notes already answer. The index is built
 * first from every record; the reports are then unpacked one at a time, as they are written.
 */
export function* withWorkspaceFindings(checked: readonly Checked[], today: string): Generator<FileReport> {
  const index = new WorkspaceIndex();
  const shown = new Map<string, string>();
  const uris: (string | undefined)[] = [];
  for (const { item, record } of checked) {
    const parsed: NoteRecord | undefined = record === undefined ? undefined : JSON.parse(unpackRecord(record));
    uris.push(parsed?.uri);
    if (!parsed) continue;
    index.set(parsed);
    shown.set(parsed.uri, item.shown);
  }
  for (let i = 0; i < checked.length; i++) {
    const { item } = checked[i];
    const report = unpackReport(checked[i].report);
    const uri = uris[i];
    if (uri !== undefined) addFindings(report, index, uri, today, item, shown);
    yield report;
  }
}

function addFindings(report: FileReport, index: WorkspaceIndex, uri: string, today: string, item: CheckItem, shown: ReadonlyMap<string, string>): void {
  report.findings = withAccountHistory(index, uri, report.findings);
  const found = workspaceFindings(index, uri, today, { rules: item.options.rules });
  if (!found.length) return;
  const findings: ReportFinding[] = found.map(({ related, ...finding }) => ({
    ...finding,
    related: (related ?? []).map((location) => ({ file: shown.get(index.get(location.uri)?.uri ?? location.uri) ?? location.uri, range: location.range })),
  }));
  report.findings = [...report.findings, ...findings]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
