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
  const best: number[] = steps.map(() => 1);
  const previous: number[] = steps.map(() => -1);
  // For each step number, the longest run ending on it so far and the latest section ending it:
  // six numbers, so one pass.
  const runLength = new Map<number, number>();
  const runEnd = new Map<number, number>();
  for (let i = 0; i < steps.length; i++) {
    for (const [step, length] of runLength) {
      if (step >= steps[i]) continue;
      const end = runEnd.get(step)!;
      if (length + 1 > best[i] || (length + 1 === best[i] && end > previous[i])) {
        best[i] = length + 1;
        previous[i] = end;
      }
    }
    if (best[i] >= (runLength.get(steps[i]) ?? 0)) {
      runLength.set(steps[i], best[i]);
      runEnd.set(steps[i], i);
    }
  }
  const kept = new Set<Section>();
  let top = 0;
  for (let i = 1; i < best.length; i++) if (best[i] > best[top]) top = i;
  let at = best.length ? top : -1;
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
