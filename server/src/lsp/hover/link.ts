// Hover on a link to another note (a Markdown link, or `follows:` in a follow-up's front matter):
// what that note promised — date, request or purpose, action plan or next steps and their state.
import { posix } from 'node:path';
import type { Position } from 'vscode-languageserver/node';
import { linkAt, type NoteLink } from '../../core/reading/links';
import { splitLines } from '../../core/model';
import { summarize } from '../../core/features/summary';
import type { Language, Note } from '../../core/types';
import { LINK_HOVER } from '../../lexicon/hover';
import { escapeMarkdown } from '../markdown';
import type { HoverProvider } from './part';

/** Beyond this the hover says how many more actions there are. */
const MAX_ACTIONS = 12;

/** The link under the cursor and the note it points at, so the server can read that note first. */
export function linkTargetAt(note: Note, lines: readonly string[], uri: string, position: Position): { link: NoteLink; target: string } | undefined {
  const link = linkAt(note, lines, position);
  if (!link) return undefined;
  try {
    return { link, target: new URL(encodeURI(link.target), uri).href };
  } catch {
    return undefined;
  }
}

export const linkHover: HoverProvider = ({ analysis: { model: note }, lines, uri, linked }, position) => {
  const found = linkTargetAt(note, lines, uri, position);
  if (!found || linked?.target !== found.target) return undefined;
  const { link, target } = found;
  const lang = note.language;
  const { text, analysis } = linked;
  if (text === undefined) return { range: link.range, markdown: `${LINK_HOVER.notFound[lang]} : \`${link.target}\``.replace(' :', lang === 'fr' ? ' :' : ':') };
  // Analysis cut off or failed: nothing to say about what the note promised.
  if (!analysis) return undefined;
  const summary = summarize(analysis.model, splitLines(text), posix.basename(new URL(target).pathname));
  const heading = [summary.title ? `**${escapeMarkdown(summary.title)}**` : `**${escapeMarkdown(link.target)}**`, summary.date]
    .filter(Boolean).join(' — ');
  const parts = [heading];
  if (summary.purpose) {
    const label = summary.kind === 'session' ? LINK_HOVER.request[lang] : LINK_HOVER.purpose[lang];
    parts.push(`${label}${colon(lang)} ${escapeMarkdown(summary.purpose)}`);
  }
  const label = summary.kind === 'session' ? LINK_HOVER.actionPlan[lang] : summary.kind === 'meeting' ? LINK_HOVER.nextSteps[lang] : LINK_HOVER.tasks[lang];
  const open = summary.actions.filter((a) => a.done === false).length;
  const count = open ? ` (${LINK_HOVER.open[lang](open)})` : '';
  if (!summary.actions.length) parts.push(`${label}${colon(lang)} ${LINK_HOVER.none[lang]}`);
  else {
    const shown = summary.actions.slice(0, MAX_ACTIONS).map((a) => `- ${a.done === undefined ? '' : a.done ? '☑ ' : '☐ '}${escapeMarkdown(a.text)}`);
    if (summary.actions.length > MAX_ACTIONS) shown.push(`- ${LINK_HOVER.more[lang](summary.actions.length - MAX_ACTIONS)}`);
    parts.push(`${label}${count}${colon(lang)}\n${shown.join('\n')}`);
  }
  return { range: link.range, markdown: parts.join('\n\n') };
};

function colon(language: Language): string {
  return language === 'fr' ? ' :' : ':';
}
