// Completion while drafting: step headings after "## " in a session note (the missing steps first),
// and the participants' names and roles inside a meeting's next steps and action items, then the
// people the account's other notes name.
import {
  type CompletionItem, CompletionItemKind, type CompletionParams, CompletionTriggerKind, type Position,
} from 'vscode-languageserver/node';
import { stepHeadingText } from '../core/fixes/step';
import { decides } from '../core/meeting/decider';
import { normalize } from '../core/reading/text';
import type { Note, StepNumber } from '../core/types';
import { FACTS_HEADING } from '../lexicon/fixes';
import { SYMBOL_WORDS } from '../lexicon/symbols';
import { STEPS } from '../lexicon/steps';

const HEADING_PREFIX = /^ {0,3}#{1,6}[ \t]+/;
const TASK = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/;

/** Only a space after "#" is worth answering when the editor asks because of a trigger character. */
export function wantsAnalysis(params: CompletionParams, line: string): boolean {
  if (params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter) return true;
  return HEADING_PREFIX.test(line.slice(0, params.position.character));
}

/** Someone the account's other notes name, as the workspace index knows them. */
export interface AccountPerson {
  name: string;
  role?: string;
  decision: 'decider' | 'not-decider' | 'unknown';
}

export function completions(note: Note, lines: readonly string[], position: Position, account: readonly AccountPerson[] = []): CompletionItem[] {
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const heading = HEADING_PREFIX.exec(before);
  if (heading) return /#/.test(before.slice(heading[0].length)) ? [] : stepHeadings(note, position, heading[0].length);
  if (note.kind === 'meeting' && (inNextSteps(note, position.line) || TASK.test(line))) return [...participants(note), ...accountPeople(note, account)];
  return [];
}

function isSessionDraft(note: Note): boolean {
  return note.kind === 'session' || (note.kind === 'unknown' && note.sections.some((s) => s.step));
}

function stepHeadings(note: Note, position: Position, start: number): CompletionItem[] {
  if (!isSessionDraft(note)) return [];
  // The heading being typed does not count as written yet.
  const others = note.sections.filter((s) => s.heading.range.start.line !== position.line);
  const present = new Set(others.map((s) => s.step).filter(Boolean));
  const range = { start: { line: position.line, character: start }, end: position };
  const items: CompletionItem[] = STEPS.map((step) => {
    const label = stepHeadingText(note, step.step as StepNumber);
    return {
      label,
      kind: CompletionItemKind.Module,
      detail: step.purpose[note.language],
      // Missing steps first, each group in step order.
      sortText: `${present.has(step.step) ? 1 : 0}${step.step}`,
      filterText: label,
      textEdit: { range, newText: label },
    };
  });
  if (!others.some((s) => s.role === 'facts')) {
    const label = FACTS_HEADING[note.language];
    items.push({ label, kind: CompletionItemKind.Module, sortText: '2', filterText: label, textEdit: { range, newText: label } });
  }
  return items;
}

function inNextSteps(note: Note, line: number): boolean {
  return note.sections.some((s) => s.role === 'next-steps' && s.range.start.line < line && line <= s.range.end.line);
}

function participants(note: Note): CompletionItem[] {
  const lang = note.language;
  const items: CompletionItem[] = [];
  // Everybody the note names, met or not: a next step may well be aimed at an absent decider.
  note.stakeholders.forEach((person, index) => {
    if (person.side === 'seller') return;
    const verdict = decides(person);
    const decidesWord = verdict === true ? SYMBOL_WORDS.decider[lang] : verdict === false ? SYMBOL_WORDS.notDecider[lang] : undefined;
    // Deciders first: next steps should aim at them.
    const rank = verdict === true ? 0 : verdict === undefined ? 1 : 2;
    items.push({
      label: person.name,
      kind: CompletionItemKind.Reference,
      detail: [person.role, decidesWord].filter(Boolean).join(' · ') || undefined,
      sortText: sortKey(rank, index, 0),
    });
    if (person.role) {
      items.push({ label: person.role, kind: CompletionItemKind.Property, detail: person.name, sortText: sortKey(rank, index, 1) });
    }
  });
  return items;
}

/** The account's people this note does not name, after the note's own; deciders first. */
function accountPeople(note: Note, account: readonly AccountPerson[]): CompletionItem[] {
  const lang = note.language;
  const named = new Set(note.stakeholders.map((person) => normalize(person.name)));
  const items: CompletionItem[] = [];
  account.forEach((person, index) => {
    if (named.has(normalize(person.name))) return;
    named.add(normalize(person.name));
    const decidesWord = person.decision === 'decider' ? SYMBOL_WORDS.decider[lang] : person.decision === 'not-decider' ? SYMBOL_WORDS.notDecider[lang] : undefined;
    const rank = 3 + (person.decision === 'decider' ? 0 : person.decision === 'unknown' ? 1 : 2);
    items.push({
      label: person.name,
      kind: CompletionItemKind.Reference,
      detail: [person.role, decidesWord].filter(Boolean).join(' · ') || undefined,
      sortText: sortKey(rank, index, 0),
    });
  });
  return items;
}

/** Digits only, so every editor orders them the same way: rank, then the note's order, then name before role. */
function sortKey(rank: number, index: number, role: 0 | 1): string {
  return `${rank}${String(index).padStart(4, '0')}${role}`;
}
