// Groups the block stream into sections, recognising headings written as plain paragraphs.
import type { Block } from './blocks';
import type { Heading, Section, Sentence, StepNumber, TextLine } from '../types';
import { readLabel } from '../reading/labels';
import { quote } from '../reading/quote';
import { trimChars } from '../reading/scan';
import { normalize } from '../reading/text';
import { speakerOf } from '../reading/labels';
import { classifyHeading, isPseudoHeading, splitStepLine } from '../reading/vocabulary';

/** How much of its paragraph names a step told in prose. */
const OPENING_CHARS = 50;
const BOLD_LINE = /^\s*(\*\*|__)[^*_]{1,60}\1\s*:?\s*$/;

export interface SectionTree {
  sections: Section[];
  lines: TextLine[];
  /** The note's sentences, headings written as paragraphs left out. */
  sentences: Sentence[];
}

/**
 * `stepAt`: the lines whose paragraph opens a step of a session told in prose (`stepParagraphs`);
 * each starts a section of that step and stays its content.
 */
export function buildSections(
  blocks: readonly Block[], sourceLines: readonly string[], allSentences: readonly Sentence[] = [],
  stepAt: ReadonlyMap<number, StepNumber> = new Map(),
): SectionTree {
  const starts: { heading: Heading; index: number }[] = [];
  const proseSteps = new Map<Heading, StepNumber>();
  const lines: TextLine[] = [];
  const lineSection: number[] = [];
  let lastRealLevel = 1;
  for (const block of blocks) {
    if (block.type === 'yaml') continue;
    if (block.type === 'heading') {
      lastRealLevel = block.heading.level;
      starts.push({ heading: block.heading, index: lines.length });
      continue;
    }
    let line = block.line;
    const proseStep = stepAt.get(line.range.start.line);
    if (proseStep && (line.itemStart || line.block === 'paragraph')) {
      // Named by its paragraph's opening, as the outline and messages show it.
      const heading = { text: quote(line.text, OPENING_CHARS), level: Math.min(lastRealLevel + 1, 6), range: line.range, pseudo: true, prose: true };
      proseSteps.set(heading, proseStep);
      starts.push({ heading, index: lines.length });
      lines.push(line);
      lineSection.push(starts.length - 1);
      continue;
    }
    const split = line.block === 'paragraph' ? splitStepLine(line.text) ?? boldLeadIn(line, sourceLines) : undefined;
    if (split) {
      starts.push({ heading: { text: split.heading, level: Math.min(lastRealLevel + 1, 6), range: line.range, pseudo: true }, index: lines.length });
      const { speaker, role, body } = speakerOf(split.rest);
      line = { ...line, text: split.rest, body, speaker, role };
    } else if ((line.block === 'paragraph' && isStandaloneHeading(line, sourceLines)) || isHeadingItem(line, sourceLines)) {
      starts.push({
        heading: { text: headingText(line), level: Math.min(lastRealLevel + 1, 6), range: line.range, pseudo: true },
        index: lines.length,
      });
      continue;
    }
    lines.push(line);
    lineSection.push(starts.length - 1);
  }

  const sentences = withoutPseudoHeadings(allSentences, starts.map((start) => start.heading));
  const numberedSteps = stepsByNumberOnly(starts.map((start) => start.heading));
  const sections: Section[] = starts.map((start, i) => {
    const ownEnd = i + 1 < starts.length ? starts[i + 1].index : lines.length;
    let next = i + 1;
    while (next < starts.length && starts[next].heading.level > start.heading.level) next++;
    const end = next < starts.length ? starts[next].index : lines.length;
    const endLine = next < starts.length ? starts[next].heading.range.start.line - 1 : sourceLines.length - 1;
    const lastLine = Math.max(endLine, start.heading.range.start.line);
    const cls = start.heading.prose ? { step: proseSteps.get(start.heading) } : classifyHeading(start.heading.text);
    // "# Follow-up – Redwood Analytics" above "## People" and "## Next steps" is the note's title, not its next steps.
    const titles = 'role' in cls && cls.role !== undefined && starts.slice(i + 1, next).some((inner) => classifyHeading(inner.heading.text).role !== undefined);
    return {
      heading: start.heading,
      step: cls.step ?? numberedSteps.get(start.heading),
      role: titles || !('role' in cls) ? undefined : cls.role,
      ownLines: lines.slice(start.index, ownEnd),
      lines: lines.slice(start.index, end),
      sentences: sentencesBetween(sentences, start.heading.range.start.line, endLine),
      range: {
        start: start.heading.range.start,
        end: { line: lastLine, character: (sourceLines[lastLine] ?? '').length },
      },
    };
  });
  return { sections, lines, sentences };
}

/**
 * Sentences without the headings written as paragraphs ("Etape 2", "**Faits**"): a sentence that is
 * the heading goes, one that goes on after it ("Etape 3 : demande : comment…") keeps its rest.
 */
function withoutPseudoHeadings(sentences: readonly Sentence[], headings: readonly Heading[]): Sentence[] {
  const pseudo = new Map(headings.filter((h) => h.pseudo && !h.prose).map((h) => [h.range.start.line, h]));
  if (!pseudo.size) return [...sentences];
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const heading = pseudo.get(sentence.range.start.line);
    if (!heading) {
      out.push(sentence);
      continue;
    }
    const rest = restAfterHeading(sentence.text, heading.text);
    if (rest === undefined) {
      out.push(sentence);
      continue;
    }
    if (!rest) continue;
    const label = readLabel(rest);
    const body = label ? label.body : rest;
    out.push({
      ...sentence, text: rest, body, normalized: normalize(body), speaker: label ? label.label || undefined : undefined,
      role: label?.role, labelled: label !== undefined, blockStart: sentence.blockStart || label !== undefined,
    });
  }
  return out;
}

/** The text after a heading it opens with, "" when it is only the heading, undefined when it does not open with it. */
function restAfterHeading(text: string, heading: string): string | undefined {
  const words = normalize(heading).split(' ').filter(Boolean);
  const matches = [...text.matchAll(/[\p{L}\p{N}+]+/gu)];
  if (matches.length < words.length) return undefined;
  for (let i = 0; i < words.length; i++) if (normalize(matches[i][0]) !== words[i]) return undefined;
  if (!words.length) return undefined;
  const last = matches[words.length - 1];
  return text.slice(last.index! + last[0].length).replace(/^[\s:–—\-.]+/, '').trim();
}

/** The sentences that start between two lines, both included (the list is in order). */
function sentencesBetween(sentences: readonly Sentence[], first: number, last: number): Sentence[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].range.start.line < first) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < sentences.length && sentences[i].range.start.line <= last; i++) out.push(sentences[i]);
  return out;
}

/** "**Clarification.** We started…": the bold words a paragraph opens with, when text follows them. */
function boldLeadInWords(raw: string): string | undefined {
  const line = raw.trimStart();
  const marker = line.slice(0, 2);
  if (marker !== '**' && marker !== '__') return undefined;
  const close = line.indexOf(marker, 2);
  if (close < 4 || close > 44) return undefined;
  const inner = line.slice(2, close);
  if (inner.includes('*') || inner.includes('_')) return undefined;
  const after = trimChars(line.slice(close + 2), '.:', '');
  if (!/^\s+\S/.test(after)) return undefined;
  const words = trimChars(inner.trim(), '', '.: ').trim();
  return words.length >= 2 ? words : undefined;
}

/** A paragraph whose bold lead-in names a step or a section: the lead-in is its heading. */
function boldLeadIn(line: TextLine, sourceLines: readonly string[]): { heading: string; rest: string } | undefined {
  const raw = sourceLines[line.range.start.line] ?? '';
  // The lead-in opens a paragraph: after a blank line, a heading, the front matter or a comment.
  const prev = (sourceLines[line.range.start.line - 1] ?? '').trim();
  if (prev !== '' && prev !== '---' && !prev.startsWith('#') && !isCommentLine(prev)) return undefined;
  const heading = boldLeadInWords(raw);
  if (!heading) return undefined;
  const cls = classifyHeading(heading);
  if (cls.step === undefined && cls.role === undefined) return undefined;
  if (!line.text.startsWith(heading)) return undefined;
  // "**Participants :** A (DG), B": the people are on the line, read as an inline list; as a heading
  // it would take the lines below it ("**Résumé :** …") for people too.
  if (cls.role === 'participants') return undefined;
  return { heading, rest: line.text.slice(heading.length).replace(/^\s*[.:]?\s*/, '') };
}

/** "3 · Ce sur quoi on va travailler", "4) What the group offers": the step number a heading opens with. */
function leadingStepNumber(text: string): StepNumber | undefined {
  const digit = text[0];
  if (!digit || digit < '1' || digit > '6') return undefined;
  let at = 1;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const separated = at > 1 || '·.):-–—'.includes(text[at] ?? 'x');
  if ('·.):-–—'.includes(text[at] ?? 'x')) at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return separated && /\p{L}/u.test(text[at] ?? '') ? Number(digit) as StepNumber : undefined;
}
/** Fewer numbered headings than this in a series do not make the steps of a session. */
const MIN_NUMBERED_SERIES = 4;

/**
 * Headings whose words name no step but whose number does, when they are read as a series: at one
 * level, at least four distinct numbers from 1 to 6 and none naming a meeting section. A numbered
 * plan ("1. Contexte", "2. Budget", "3. Prochaines étapes") is not a session.
 */
function stepsByNumberOnly(headings: readonly Heading[]): Map<Heading, StepNumber> {
  const found = new Map<Heading, StepNumber>();
  const byLevel = new Map<number, { heading: Heading; step: StepNumber }[]>();
  for (const heading of headings) {
    const step = leadingStepNumber(heading.text);
    if (!step) continue;
    const list = byLevel.get(heading.level) ?? [];
    list.push({ heading, step });
    byLevel.set(heading.level, list);
  }
  for (const list of byLevel.values()) {
    if (new Set(list.map((item) => item.step)).size < MIN_NUMBERED_SERIES) continue;
    if (list.some((item) => classifyHeading(item.heading.text).role)) continue;
    for (const item of list) if (!classifyHeading(item.heading.text).step) found.set(item.heading, item.step);
  }
  return found;
}

/** A paragraph line that names a step ("Étape 2"), or a bold line of its own that names a section. */
function isStandaloneHeading(line: TextLine, sourceLines: readonly string[]): boolean {
  if (isPseudoHeading(line.text)) return true;
  const raw = sourceLines[line.range.start.line] ?? '';
  const prev = sourceLines[line.range.start.line - 1]?.trim();
  if (!BOLD_LINE.test(raw) || (prev !== undefined && prev !== '' && !isCommentLine(prev))) return false;
  const cls = classifyHeading(line.text.replace(/:\s*$/, ''));
  return cls.step !== undefined || cls.role !== undefined;
}

/** Words a list item may have to stand for a heading over the items nested under it. */
const HEADING_ITEM_WORDS = 4;
const NESTED_ITEM = /^(?:\s{2,}|\t)(?:[-*+]|\d+[.)])\s/;

/**
 * "- questions" at the margin with the questions nested under it: notes written as one outline name
 * their steps so.
 */
function isHeadingItem(line: TextLine, sourceLines: readonly string[]): boolean {
  if (line.block !== 'list-item' || !line.itemStart || /^\s/.test(sourceLines[line.range.start.line] ?? '')) return false;
  // Every item is asked at each keystroke and few have nested items: that is asked first.
  if (!NESTED_ITEM.test(sourceLines[line.range.end.line + 1] ?? '')) return false;
  const text = headingText(line);
  if (!text || text.split(/\s+/).length > HEADING_ITEM_WORDS) return false;
  // Steps only: a "- Next steps" item in a meeting's list would take its siblings for steps.
  return classifyHeading(text).step !== undefined;
}

/**
 * A heading line's words: without its colon, and, for a list item over nested items, without the
 * remark in brackets after its name ("- **Contrat** (reformulé seulement après les suggestions)").
 */
function headingText(line: TextLine): string {
  const text = line.text.replace(/:\s*$/, '').trim();
  const open = text.indexOf(' (');
  return line.block === 'list-item' && open > 0 && text.endsWith(')') ? text.slice(0, open).trim() : text;
}

/**
 * A line that is an HTML comment ("<!-- boussole-disable-next-line … -->"): Markdown ends the block
 * above at it and the comment at its line, so the next line opens a paragraph as after a blank line.
 */
export function isCommentLine(trimmed: string): boolean {
  return trimmed.startsWith('<!--') && trimmed.includes('-->', 4);
}
