// Finds the six-step session snippet among the snippets the extension contributes for Markdown.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './env.mjs';

const SESSION_STEPS = 6;

/** @returns {Promise<{ prefix: string, headings: RegExp[] } | undefined>} */
export async function findSessionSnippet() {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  const files = (manifest.contributes?.snippets ?? []).filter((entry) => entry.language === 'markdown');
  for (const entry of files) {
    const snippets = JSON.parse(await readFile(path.join(repoRoot, entry.path), 'utf8'));
    for (const snippet of Object.values(snippets)) {
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : String(snippet.body ?? '');
      const headings = body.split('\n').filter((line) => /^#{1,6}\s/.test(line));
      const prefix = [snippet.prefix].flat()[0];
      if (prefix && headings.length >= SESSION_STEPS) return { prefix, headings: headings.map(headingPattern) };
    }
  }
  return undefined;
}

/** A snippet heading line as a pattern for the inserted text: placeholders become their defaults. */
function headingPattern(line) {
  const parts = [];
  let rest = line;
  const token = /\$\{\d+:([^}]*)\}|\$\{\d+\|([^,|]*)[^}]*\|\}|\$\{?\d+\}?|\$\{?[A-Z_]+(?::[^}]*)?\}?/;
  for (let match = token.exec(rest); match; match = token.exec(rest)) {
    parts.push(escape(rest.slice(0, match.index)));
    const fixed = match[1] ?? match[2];
    parts.push(fixed !== undefined ? escape(fixed) : '.*');
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(escape(rest));
  return new RegExp(`^${parts.join('')}\\s*$`, 'm');
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
