// Groups the block stream into sections, recognising headings written as plain paragraphs.
import type { Block } from './blocks';
import type { Heading, Section, Sentence, TextLine } from '../types';
import { readLabel } from '../reading/labels';
import { normalize } from '../reading/text';
import { speakerOf } from '../reading/labels';
import { classifyHeading, isPseudoHeading, splitStepLine } from '../reading/vocabulary';

const BOLD_LINE = /^\s*(\*\*|__)[^*_]{1,60}\1\s*:?\s*$/;

export interface SectionTree {
  sections: Section[];
  lines: TextLine[];
  /** The note's sentences, headings written as paragraphs left out. */
  sentences: Sentence[];
}

export function buildSections(blocks: readonly Block[], sourceLines: readonly string[], allSentences: readonly Sentence[] = []): SectionTree {
  const starts: { heading: Heading; index: number }[] = [];
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
    const split = line.block === 'paragraph' ? splitStepLine(line.text) : undefined;
    if (split) {
      starts.push({ heading: { text: split.heading, level: Math.min(lastRealLevel + 1, 6), range: line.range, pseudo: true }, index: lines.length });
      const { speaker, role, body } = speakerOf(split.rest);
      line = { ...line, text: split.rest, body, speaker, role };
    } else if (line.block === 'paragraph' && isStandaloneHeading(line, sourceLines)) {
      starts.push({
        heading: { text: line.text.replace(/:\s*$/, ''), level: Math.min(lastRealLevel + 1, 6), range: line.range, pseudo: true },
        index: lines.length,
      });
      continue;
    }
    lines.push(line);
    lineSection.push(starts.length - 1);
  }

  const sentences = withoutPseudoHeadings(allSentences, starts.map((start) => start.heading));
  const sections: Section[] = starts.map((start, i) => {
    const ownEnd = i + 1 < starts.length ? starts[i + 1].index : lines.length;
    let next = i + 1;
    while (next < starts.length && starts[next].heading.level > start.heading.level) next++;
    const end = next < starts.length ? starts[next].index : lines.length;
    const endLine = next < starts.length ? starts[next].heading.range.start.line - 1 : sourceLines.length - 1;
    const lastLine = Math.max(endLine, start.heading.range.start.line);
    const cls = classifyHeading(start.heading.text);
    return {
      heading: start.heading,
      step: cls.step,
      role: cls.role,
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
  const pseudo = new Map(headings.filter((h) => h.pseudo).map((h) => [h.range.start.line, h]));
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
      role: label?.role, labelled: label !== undefined,
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

/** A paragraph line that names a step ("Étape 2"), or a bold line of its own that names a section. */
function isStandaloneHeading(line: TextLine, sourceLines: readonly string[]): boolean {
  if (isPseudoHeading(line.text)) return true;
  const raw = sourceLines[line.range.start.line] ?? '';
  const prev = sourceLines[line.range.start.line - 1];
  if (!BOLD_LINE.test(raw) || (prev !== undefined && prev.trim() !== '')) return false;
  const cls = classifyHeading(line.text.replace(/:\s*$/, ''));
  return cls.step !== undefined || cls.role !== undefined;
}
