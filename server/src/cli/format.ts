// Human and JSON output of `boussole check`. The JSON shape is stable: other tools read it.
import { styleText } from 'node:util';
import { explainKind } from '../core/features/kind-why';
import { KIND_NAMES } from '../lexicon/kind-words';
import type { Severity } from '../core/types';
import { escapeForTerminal } from './escape';
import { type FileReport, jsonReport, type RelatedLocation } from './report';

/**
 * The JSON output, `JSON.stringify(reports, null, 2)`, one report at a time, so that the output of
 * many notes is never held whole: each report is indented as JSON.stringify indents an element of the array (no JSON string
 * holds a line break, every line is the structure's).
 */
export function* jsonChunks(reports: Iterable<FileReport>): Generator<string> {
  let first = true;
  for (const report of reports) {
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(jsonReport(report), null, 2).split('\n').join('\n  ')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}

type Style = Parameters<typeof styleText>[0];

/** One block per file with findings, positions one-based like editors show them; with `explain`, every file and why it has its kind. */
export function formatStylish(reports: Iterable<FileReport>, color: boolean, explain = false): string {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let checked = 0;
  for (const report of reports) {
    checked++;
    if (!report.findings.length && !explain) continue;
    out.push(paint('underline', escapeForTerminal(report.file)) + paint('gray', `  (${report.kind}, ${report.language})`));
    if (explain) out.push(...explanation(report).map((line) => paint('gray', escapeForTerminal(line))));
    for (const f of report.findings) {
      counts[f.severity]++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(7);
      out.push(`  ${paint('gray', where)} ${paint(severityStyle[f.severity], f.severity.padEnd(7))} ${escapeForTerminal(f.message)}  ${paint('gray', f.rule)}`);
      if (f.related?.length) out.push(paint('gray', `${' '.repeat(18)}see ${escapeForTerminal(relatedList(f.related))}`));
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = `${checked} note${checked === 1 ? '' : 's'} checked`;
  out.push(total
    ? `${files}: ${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint)`
    : `${files}: no finding`);
  return out.join('\n');
}

/** The other notes of a cross-note finding, one-based lines: "notes/a.md:7, notes/b.md:12 and 2 more". */
export function relatedList(related: readonly RelatedLocation[], shown = 3): string {
  const places = related.slice(0, shown).map((r) => `${r.file}:${r.range.start.line + 1}`);
  const more = related.length - shown;
  return more > 0 ? `${places.join(', ')} and ${more} more` : places.join(', ');
}

/** "  Read as sales meeting (confidence 0.63)", then each family with its lines, then how to change it. */
function explanation(report: FileReport): string[] {
  const why = explainKind(report.kindEvidence, report.language, 3);
  const lines = [`  ${why.headline}`];
  for (const [sign, reasons] of [['+', why.reasons], ['-', why.against]] as const) {
    for (const reason of reasons) {
      // An unknown note's clues may point to either kind: say which.
      const towards = report.kind === 'unknown' && reason.towards !== 'against' ? `${KIND_NAMES[reason.towards][report.language]}: ` : '';
      lines.push(`    ${sign} ${towards}${reason.label}`);
      for (const { line, text } of reason.lines) lines.push(`        ${String(line).padEnd(5)} ${text}`);
    }
  }
  if (why.draft) lines.push(`  ${why.draft}`);
  lines.push(`  ${why.change}`, '');
  return lines;
}
