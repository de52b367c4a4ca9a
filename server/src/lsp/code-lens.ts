// A line above the note's title with its state at a glance:
// "6/6 étapes · 3 faits · demande reformulée · 2 remarques", then what the kind was read from, and on
// a meeting note a button that opens its account's map (a command of the VS Code client).
import type { CodeLens } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analyze';
import { kindInShort } from '../core/features/kind-why';
import { noteStatus } from '../core/features/status';
import { STATUS_WORDS } from '../lexicon/status';

/** The client's command; it asks `boussole/accountMap` with the note's URI. */
export const ACCOUNT_MAP_COMMAND = 'boussole.showAccountMap';

/**
 * `shown`: how many findings Problems shows for the note (its own, less what the account's history
 * answers, and its cross-note ones); the analysis's own count when not given.
 */
export function statusLens({ model: note, findings }: Analysis, uri: string, shown?: number): CodeLens[] {
  const status = noteStatus(note, findings);
  if (!status) return [];
  if (shown !== undefined) status.findings = shown;
  const words = STATUS_WORDS[note.language];
  const parts = status.kind === 'session'
    ? [words.steps(status.steps), words.facts(status.facts), words.reformulated(status.reformulated), words.findings(status.findings)]
    : [words.participants(status.participants), words.decider(status.decider), words.nextSteps(status.nextSteps), words.findings(status.findings)];
  const line = note.title?.range.start.line ?? note.sections[0]?.heading.range.start.line ?? 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  // No command id: the lenses are labels, not buttons. The second says why the note is read so
  // (the hover on the title says more, and how to change it).
  const lenses: CodeLens[] = [
    { range, command: { title: parts.join(' · '), command: '' } },
    { range, command: { title: kindInShort(note.kindEvidence, note.language), command: '' } },
  ];
  if (status.kind === 'meeting') lenses.push({ range, command: { title: `$(organization) ${words.accountMap}`, command: ACCOUNT_MAP_COMMAND, arguments: [uri] } });
  return lenses;
}
