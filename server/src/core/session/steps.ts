// The steps as they appear in the note: top-level step sections, in document order.
import type { Note, Range, Section, StepNumber } from '../types';


/** Step sections in order, leaving out sub-sections of a step ("### Questions" under step 4). */
export function stepSections(note: Note): Section[] {
  const result: Section[] = [];
  for (const section of note.sections) {
    if (!section.step) continue;
    const parent = result.at(-1);
    if (parent && contains(parent.range, section.range)) continue;
    result.push(section);
  }
  return result;
}

function contains(outer: Range, inner: Range): boolean {
  return inner.start.line > outer.start.line && inner.end.line <= outer.end.line;
}

/**
 * The steps that keep their place: a longest increasing run of step numbers. Among equally long
 * runs, the later sections are kept, so the step reported is the one that came too early.
 */
export function stepsInPlace(sections: readonly Section[]): Set<Section> {
  const steps = sections.map((s) => s.step as StepNumber);
  const previous: number[] = steps.map(() => -1);
  const best: number[] = [];
  // The longest run ending on each step number so far, and where it ends (the latest on ties):
  // six numbers, so each section looks back at six entries, not at every section before it.
  const byStep = new Map<number, { length: number; at: number }>();
  for (let i = 0; i < steps.length; i++) {
    let from: { length: number; at: number } | undefined;
    for (const [step, run] of byStep) {
      if (step < steps[i] && (!from || run.length > from.length || (run.length === from.length && run.at > from.at))) from = run;
    }
    best[i] = (from?.length ?? 0) + 1;
    previous[i] = from?.at ?? -1;
    const own = byStep.get(steps[i]);
    if (!own || best[i] >= own.length) byStep.set(steps[i], { length: best[i], at: i });
  }
  const kept = new Set<Section>();
  let at = -1;
  for (let i = 0; i < best.length; i++) if (at < 0 || best[i] > best[at]) at = i;
  while (at >= 0) {
    kept.add(sections[at]);
    at = previous[at];
  }
  return kept;
}

/** Where a missing step belongs: on the heading of the step that follows it in the method, else after the last line. */
export function placeOfMissingStep(note: Note, missing: StepNumber): Range {
  // The step that comes next in the method, wherever the note put it.
  const next = stepSections(note).filter((section) => section.step! > missing)
    .reduce<Section | undefined>((best, section) => (!best || section.step! < best.step! ? section : best), undefined);
  if (next) return next.heading.range;
  const start = { line: 0, character: 0 };
  return note.lines.at(-1)?.range ?? note.title?.range ?? { start, end: start };
}
