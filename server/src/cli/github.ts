// GitHub Actions workflow commands: one annotation line per finding, shown on the changed lines.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../core/types';
import { relatedList } from './format';
import type { FileReport } from './report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(reports: Iterable<FileReport>): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      const properties = [
        ['file', report.file],
        ['line', String(f.range.start.line + 1)],
        ['col', String(f.range.start.character + 1)],
        ['endLine', String(f.range.end.line + 1)],
        ['endColumn', String(f.range.end.character + 1)],
        ['title', `Boussole ${f.rule}`],
      ].map(([key, value]) => `${key}=${escapeProperty(value)}`);
      // An annotation has one place: the other notes go in its text.
      const message = f.related?.length ? `${f.message} (see ${relatedList(f.related)})` : f.message;
      lines.push(`::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.join('\n');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
