import { stepSections, stepsInPlace } from '../core/session/steps';
import { STEPS } from '../lexicon/steps';
import type { Section } from '../core/types';
import { type Rule, say } from './rule';

export const stepsOutOfOrder: Rule = {
  id: 'steps-out-of-order',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'Les étapes ne se suivent pas dans l’ordre de la méthode (par exemple des suggestions avant la reformulation).',
    en: 'The steps do not follow the order of the method (e.g. suggestions before the request was reformulated).',
  },
  check(note) {
    const sections = stepSections(note);
    const inPlace = stepsInPlace(sections);
    const { before: later, after: earlier } = neighbours(sections);
    return sections.flatMap((section, index) => {
      if (inPlace.has(section)) return [];
      const step = section.step!;
      const before = later[index];
      const after = earlier[index];
      const name = (n: number) => STEPS[n - 1].name;
      const other = before?.step ?? after?.step ?? step;
      const relation = before
        ? { fr: `après l’étape ${other} (${name(other).fr})`, en: `after step ${other} (${name(other).en})` }
        : { fr: `avant l’étape ${other} (${name(other).fr})`, en: `before step ${other} (${name(other).en})` };
      return [{
        range: section.heading.range,
        message: say(note.language, {
          fr: `L’étape ${step} (${name(step).fr}) vient ${relation.fr}. Chaque étape prépare la suivante : des suggestions avant le contrat, ou des questions après les suggestions, dispersent le groupe. La séance a-t-elle suivi cet ordre, ou seules les notes sont-elles à remettre en ordre ?`,
          en: `Step ${step} (${name(step).en}) comes ${relation.en}. Each step prepares the next: suggestions before the contract, or questions after the suggestions, scatter the group. Did the session run in this order, or do only the notes need reordering?`,
        }),
        data: { step, other },
      }];
    });
  },
};

/**
 * For each step section, the last one before it with a higher step and the first one after it with
 * a lower step: one pass each way, remembering the latest section of each of the six steps.
 */
function neighbours(sections: readonly Section[]): { before: (Section | undefined)[]; after: (Section | undefined)[] } {
  const before: (Section | undefined)[] = [];
  const after: (Section | undefined)[] = new Array(sections.length);
  let seen = new Map<number, number>();
  sections.forEach((section, index) => {
    let best: number | undefined;
    for (const [step, at] of seen) if (step > section.step! && (best === undefined || at > best)) best = at;
    before.push(best === undefined ? undefined : sections[best]);
    seen.set(section.step!, index);
  });
  seen = new Map<number, number>();
  for (let index = sections.length - 1; index >= 0; index--) {
    let best: number | undefined;
    for (const [step, at] of seen) if (step < sections[index].step! && (best === undefined || at < best)) best = at;
    after[index] = best === undefined ? undefined : sections[best];
    seen.set(sections[index].step!, index);
  }
  return { before, after };
}
