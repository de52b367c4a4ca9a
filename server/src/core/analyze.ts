// The core's entry point: text in, note model and findings out. No editor, no I/O.
import { RULES } from '../rules';
import { buildNote, type ModelOptions, splitLines } from './model';
import { isSuppressed, readSuppressions } from './suppressions';
import type { Finding, Note, Severity } from './types';

export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions extends ModelOptions {
  /** Per-rule severity overrides, or 'off'. */
  rules?: Record<string, RuleSetting>;
}

export interface Analysis {
  model: Note;
  findings: Finding[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = buildNote(text, options);
  const findings: Finding[] = [];
  if (model.frontMatter.error) {
    findings.push({
      rule: 'front-matter',
      severity: 'warning',
      message: model.language === 'fr'
        ? `En-tête YAML illisible (${model.frontMatter.error}) : le type et la langue de la note sont devinés depuis son texte.`
        : `Unreadable YAML front matter (${model.frontMatter.error}): the note's type and language are guessed from its text.`,
      range: model.frontMatter.range!,
    });
  }
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off' || !rule.kinds.includes(model.kind)) continue;
    const severity = setting ?? rule.defaultSeverity;
    for (const finding of rule.check(model)) findings.push({ rule: rule.id, severity, ...finding });
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (!text.includes('boussole-disable')) return { model, findings };
  // The consultant's own comments silence a rule for one line or for the whole note.
  const suppressions = readSuppressions(splitLines(text));
  return { model, findings: findings.filter((finding) => !isSuppressed(finding, suppressions)) };
}
