// Hover on a co-development step heading: what the step is for, good practices, usual duration.
import { STEP_HOVER } from '../../lexicon/hover';
import { STEP_GUIDE } from '../../lexicon/step-guide';
import { STEPS } from '../../lexicon/steps';
import { contains, type HoverProvider } from './part';

export const stepHover: HoverProvider = ({ analysis: { model: note } }, position) => {
  if (note.kind !== 'session') return undefined;
  const section = note.sections.find((s) => s.step && contains(s.heading.range, position));
  if (!section?.step) return undefined;
  const lang = note.language;
  const step = STEPS.find((s) => s.step === section.step)!;
  const guide = STEP_GUIDE[section.step];
  const markdown = [
    `**${STEP_HOVER.step[lang]} ${step.step} — ${step.name[lang]}**`,
    step.purpose[lang],
    `*${STEP_HOVER.practices[lang]}*\n${guide.practices[lang].map((p) => `- ${p}`).join('\n')}`,
    `*${STEP_HOVER.duration[lang]}*${lang === 'fr' ? ' :' : ':'} ${guide.duration[lang]}`,
  ].join('\n\n');
  return { range: section.heading.range, markdown };
};
