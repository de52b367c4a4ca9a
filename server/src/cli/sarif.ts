// SARIF 2.1.0 (what GitHub code scanning reads): one run, every rule described once, one result
// per finding with its region (one-based lines and columns, UTF-16 code units like LSP).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range, Severity } from '../core/types';
import { RULES, ruleDocPath, WORKSPACE_RULES } from '../rules';
import type { FileReport } from './report';

/** Findings the core reports itself, outside the rule registry. */
const CORE_RULES: { id: string; defaultSeverity: Severity; summary: string }[] = [
  { id: 'front-matter', defaultSeverity: 'warning', summary: 'The YAML front matter cannot be read; the note\'s type and language are guessed.' },
  { id: 'note-too-large', defaultSeverity: 'info', summary: 'The note is too long to be checked; nothing else is reported.' },
  { id: 'nesting-too-deep', defaultSeverity: 'info', summary: 'Quotes, lists or emphasis nest deeper than Boussole reads; past that, the text is read as it stands.' },
];

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifContext {
  version: string;
  /** The folder the CLI is installed in, whose docs/rules/ holds the rule pages. */
  packageRoot: string;
  /** Folder the relative file names start from. */
  cwd: string;
}

export function formatSarif(reports: Iterable<FileReport>, context: SarifContext): string {
  const rules = [
    ...[...RULES, ...WORKSPACE_RULES].map((rule) => ({ id: rule.id, defaultSeverity: rule.defaultSeverity, summary: rule.summary.en })),
    ...CORE_RULES,
  ];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = [...reports].flatMap((report) => report.findings.map((finding) => ({
    ruleId: finding.rule,
    ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: physical(report.file, finding.range) }],
    // The other notes a cross-note finding speaks of.
    ...(finding.related?.length
      ? { relatedLocations: finding.related.map((related, id) => ({ id, physicalLocation: physical(related.file, related.range) })) }
      : {}),
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Boussole',
          version: context.version,
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.summary },
            helpUri: pathToFileURL(join(context.packageRoot, ruleDocPath(rule.id))).href,
            help: { text: `${rule.summary} See docs/rules/${rule.id}.md.` },
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2);
}

function physical(file: string, range: Range) {
  return {
    artifactLocation: artifact(file),
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  };
}

/** Relative files are given against SRCROOT (the current folder); others as file URLs. */
function artifact(file: string) {
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
