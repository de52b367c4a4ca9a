// Hover on a note's title: why it is read as a session or a meeting, and how to change that.
import { explainKind } from '../../core/features/kind-why';
import { KIND_WHY } from '../../lexicon/kind-words';
import { escapeMarkdown } from '../markdown';
import { contains, type HoverProvider } from './part';

export const kindHover: HoverProvider = ({ analysis: { model: note } }, position) => {
  if (note.kind === 'unknown' || !note.title || !contains(note.title.range, position)) return undefined;
  const lang = note.language;
  const why = explainKind(note.kindEvidence, lang);
  const list = (reasons: typeof why.reasons) => reasons.map((reason) => {
    const quoted = reason.lines.map((l) => `${KIND_WHY.line[lang]} ${l.line} ${KIND_WHY.quote[lang](escapeMarkdown(l.text))}`);
    return `- ${reason.label}${quoted.length ? ` — ${quoted.join(KIND_WHY.separator[lang])}` : ''}`;
  }).join('\n');
  const parts = [`**${why.headline}**`, `*${KIND_WHY.because[lang]}*\n${list(why.reasons)}`];
  if (why.against.length) parts.push(`*${KIND_WHY.against[lang]}*\n${list(why.against)}`);
  if (why.draft) parts.push(why.draft);
  parts.push(why.change);
  return { range: note.title.range, markdown: parts.join('\n\n') };
};
