// The cross-note findings of a note, worked out from the workspace index: the rules of
// `rules/workspace/`, with the note's settings and its `boussole-disable` comments applied.
import { WORKSPACE_RULES } from '../../rules/workspace';
import type { RuleSetting } from '../analyze';
import { isSuppressed, suppressionsFrom } from '../suppressions';
import type { Finding } from '../types';
import type { WorkspaceIndex } from './index';

export interface WorkspaceFindingOptions {
  /** Per-rule severity overrides, or 'off': one set for every note, or each note's own. */
  rules?: Record<string, RuleSetting> | ((uri: string) => Record<string, RuleSetting> | undefined);
}

/** The cross-note findings that belong to one note, in line order. A draft, or a note outside any series, gets none. */
export function workspaceFindings(index: WorkspaceIndex, uri: string, today: string, options: WorkspaceFindingOptions = {}): Finding[] {
  const record = index.get(uri);
  if (!record || record.draft || !index.inSeries(record.uri)) return [];
  const settings = typeof options.rules === 'function' ? options.rules(record.uri) : options.rules;
  const findings: Finding[] = [];
  for (const rule of WORKSPACE_RULES) {
    const setting = settings?.[rule.id];
    if (setting === 'off' || !rule.kinds.includes(record.kind)) continue;
    const severity = setting ?? rule.defaultSeverity;
    for (const { related, ...finding } of rule.check({ index, record, today })) {
      findings.push({ rule: rule.id, severity, ...finding, related });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (!record.suppressions?.length) return findings;
  const suppressions = suppressionsFrom(record.suppressions);
  return findings.filter((finding) => !isSuppressed(finding, suppressions));
}

/** Every note's cross-note findings, by URI; notes without any are left out. */
export function allWorkspaceFindings(index: WorkspaceIndex, today: string, options: WorkspaceFindingOptions = {}): Map<string, Finding[]> {
  const all = new Map<string, Finding[]>();
  for (const record of index.records()) {
    const findings = workspaceFindings(index, record.uri, today, options);
    if (findings.length) all.set(record.uri, findings);
  }
  return all;
}

/** The ids of the cross-note rules. */
export const WORKSPACE_RULE_IDS: readonly string[] = WORKSPACE_RULES.map((rule) => rule.id);
