// Hover on a co-development step heading: what the step is for, in the note's language.
import type { Hover, Position } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { Note, Range } from '../core/types';
import { STEPS } from '../lexicon/steps';

export function hoverAt(note: Note, position: Position): Hover | null {
  if (note.kind !== 'session') return null;
  const section = note.sections.find((s) => s.step && contains(s.heading.range, position));
  if (!section?.step) return null;
  const step = STEPS.find((s) => s.step === section.step)!;
  const lang = note.language;
  const label = lang === 'fr' ? `Étape ${step.step}` : `Step ${step.step}`;
  return {
    range: section.heading.range,
    contents: { kind: MarkupKind.Markdown, value: `**${label} — ${step.name[lang]}**\n\n${step.purpose[lang]}` },
  };
}

function contains(range: Range, position: Position): boolean {
  return position.line === range.start.line && position.character >= range.start.character
    && position.character <= range.end.character;
}
