// Hover on a finding's range: the longer explanation of the rule, the "why" of its documentation page,
// in the note's language.
import { FINDING_HOVER } from '../../lexicon/hover';
import { contains, type HoverProvider } from './part';

export const findingHover: HoverProvider = ({ analysis, ruleDocs }, position) => {
  const lang = analysis.model.language;
  const parts: string[] = [];
  let range;
  const seen = new Set<string>();
  for (const finding of analysis.findings) {
    if (seen.has(finding.rule) || !contains(finding.range, position)) continue;
    seen.add(finding.rule);
    const why = ruleDocs.why(finding.rule, lang);
    if (!why) continue;
    range ??= finding.range;
    parts.push(`**${finding.rule}** — ${FINDING_HOVER.why[why.language]}\n\n${why.text}`);
  }
  return range ? { range, markdown: parts.join('\n\n---\n\n') } : undefined;
};
