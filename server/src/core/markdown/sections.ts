// Groups the block stream into sections, recognising headings written as plain paragraphs.
import type { Block } from './blocks';
import type { Heading, Section, TextLine } from '../types';
import { splitSpeaker } from '../reading/text';
import { classifyHeading, isPseudoHeading, splitStepLine } from '../reading/vocabulary';

const BOLD_LINE = /^\s*(\*\*|__)[^*_]{1,60}\1\s*:?\s*$/;

export interface SectionTree {
  sections: Section[];
  lines: TextLine[];
}

export function buildSections(blocks: readonly Block[], sourceLines: readonly string[]): SectionTree {
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
      const { speaker, body } = splitSpeaker(split.rest);
      line = { ...line, text: split.rest, body, speaker };
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
      range: {
        start: start.heading.range.start,
        end: { line: lastLine, character: (sourceLines[lastLine] ?? '').length },
      },
    };
  });
  return { sections, lines };
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
