// The "why" of each rule, read once from its documentation page (`docs/rules/<id>.md`, or
// `<id>.fr.md` for French notes when it exists), which the extension ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../core/types';
import { ruleDocPath } from '../rules';

export interface RuleWhy {
  text: string;
  /** The page's language: English when no page exists in the note's language. */
  language: Language;
}

export interface RuleDocs {
  why(rule: string, language: Language): RuleWhy | undefined;
}

const WHY_HEADING = /^##\s+(?:why|pourquoi)\s*$/i;

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
      if (!cache.has(key)) {
        const localized = language === 'en' ? undefined : read(ruleDocPath(rule).replace(/\.md$/, `.${language}.md`));
        const page = localized ?? read(ruleDocPath(rule));
        const text = page === undefined ? undefined : whySection(page);
        cache.set(key, text ? { text, language: localized ? language : 'en' } : undefined);
      }
      return cache.get(key);
    },
  };
}

/** The body of the page's "## Why" section, else its first paragraph after the title. */
export function whySection(page: string): string | undefined {
  const lines = page.split(/\r?\n/);
  const start = lines.findIndex((line) => WHY_HEADING.test(line));
  if (start >= 0) {
    const end = lines.findIndex((line, i) => i > start && /^##?\s/.test(line));
    return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim() || undefined;
  }
  const paragraphs = page.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  return paragraphs[0];
}
