// The "why" of each rule, read once from its documentation page (`docs/rules/<id>.md`), which the
// extension ships: the "## Pourquoi" section for French notes, the "## Why" section for English ones.
import { pattern } from '../core/patterns';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../core/types';
import { ruleDocPath } from '../rules/doc-path';

export interface RuleWhy {
  text: string;
  /** The section's language: the note's, else the other one when the page lacks it. */
  language: Language;
}

export interface RuleDocs {
  why(rule: string, language: Language): RuleWhy | undefined;
}

const WHY_HEADINGS: Record<Language, string> = { fr: 'Pourquoi', en: 'Why' };
const WHY_HEADING_PATTERNS: Record<Language, RegExp> = {
  fr: pattern(`^##\\s+${WHY_HEADINGS.fr}\\s*$`, 'i'),
  en: pattern(`^##\\s+${WHY_HEADINGS.en}\\s*$`, 'i'),
};

export function ruleDocs(root: string): RuleDocs {
  const cache = new Map<string, RuleWhy | undefined>();
  const read = (path: string) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    why(rule, language) {
      // Rule ids come from our own findings, but a path must never climb out of docs/rules.
      if (!/^[a-z0-9-]+$/.test(rule)) return undefined;
      const key = `${rule}.${language}`;
      if (!cache.has(key)) cache.set(key, whyIn(read(ruleDocPath(rule)) ?? '', language));
      return cache.get(key);
    },
  };
}

/** The page's why in the note's language, else in the other one. */
function whyIn(page: string, language: Language): RuleWhy | undefined {
  for (const lang of language === 'fr' ? (['fr', 'en'] as const) : (['en', 'fr'] as const)) {
    const text = whySection(page, lang);
    if (text) return { text, language: lang };
  }
  return undefined;
}

/** The body of the page's "## Why" section (English) or "## Pourquoi" section (French), unless empty. */
export function whySection(page: string, language: Language): string | undefined {
  const lines = page.split(/\r?\n/);
  const heading = WHY_HEADING_PATTERNS[language];
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^##?\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim() || undefined;
}
