// The one finding that stands for an analysis cut off (over budget) or failed (its thread crashed):
// the note is not checked, and the editor says so instead of waiting.
import type { Finding, Language } from '../../core/types';
import { INTERRUPTED_MESSAGES } from '../../lexicon/analysis';
import type { Interruption } from './host';

export const INTERRUPTED_RULE = 'analysis-interrupted';

export function interruptedFinding(reason: Interruption, language: Language, budgetMs: number): Finding {
  const seconds = (budgetMs / 1000).toLocaleString(language, { maximumFractionDigits: 1 });
  return {
    rule: INTERRUPTED_RULE,
    severity: 'info',
    message: INTERRUPTED_MESSAGES[reason === 'timeout' ? 'timeout' : 'failed'][language](seconds),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    data: { reason },
  };
}
