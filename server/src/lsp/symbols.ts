// The note as an outline (Outline view, breadcrumbs): its sections, steps named as such, and the
// next steps of a meeting with whom each is aimed at.
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import type { Language, NextStep, Note, Section } from '../core/types';
import { STEP_HOVER } from '../lexicon/hover';
import { STEPS } from '../lexicon/steps';
import { SYMBOL_WORDS } from '../lexicon/symbols';

export function documentSymbols(note: Note): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  for (const section of note.sections) {
    const symbol = sectionSymbol(section, note);
    if (section.role === 'next-steps' && note.kind === 'meeting') {
      symbol.children = note.nextSteps.filter((step) => inside(step, section)).map((step) => nextStepSymbol(step, note.language));
    }
    while (stack.length && stack.at(-1)!.level >= section.heading.level) stack.pop();
    const parent = stack.at(-1)?.symbol;
    if (parent) (parent.children ??= []).push(symbol);
    else roots.push(symbol);
    stack.push({ level: section.heading.level, symbol });
  }
  return roots;
}

function sectionSymbol(section: Section, note: Note): DocumentSymbol {
  const language = note.language;
  // "Situation" names step 1 in a session and a plain section in a meeting.
  const step = section.step && note.kind === 'session' ? STEPS.find((s) => s.step === section.step) : undefined;
  const detail = step
    ? `${STEP_HOVER.step[language]} ${step.step} · ${step.name[language]}`
    : section.role ? SYMBOL_WORDS.roles[section.role][language] : undefined;
  return {
    name: section.heading.text || '#',
    detail,
    kind: step ? SymbolKind.Module : SymbolKind.String,
    range: section.range,
    selectionRange: section.heading.range,
  };
}

function nextStepSymbol(step: NextStep, language: Language): DocumentSymbol {
  const target = step.target;
  const detail = target
    ? `${target.name}${target.decider === true ? ` · ${SYMBOL_WORDS.decider[language]}` : target.decider === false ? ` · ${SYMBOL_WORDS.notDecider[language]}` : ''}`
    : undefined;
  return {
    name: step.text.length > 80 ? `${step.text.slice(0, 79)}…` : step.text,
    detail,
    kind: SymbolKind.Event,
    range: step.range,
    selectionRange: step.range,
  };
}

/** A next step belongs to the section whose own lines hold it (not to an enclosing one). */
function inside(step: NextStep, section: Section): boolean {
  return section.ownLines.some((line) => line.range.start.line === step.range.start.line);
}
