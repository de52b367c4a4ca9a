// Builds the note model from text: chunks -> cached trees -> blocks -> sections -> note.
import { type Block, shiftBlock } from './markdown/blocks';
import { type ParseCache, sharedParseCache } from './markdown/cache';
import { splitChunks } from './markdown/chunks';
import { frontMatterString, readFrontMatter } from './markdown/frontmatter';
import { kindFromSections, kindFromValue } from './reading/kind';
import { detectLanguage, languageFromValue } from './reading/language';
import { collectCommitments } from './meeting/commitments';
import { collectDecision, readMeetingPeople } from './meeting/people';
import { noteDate } from './reading/dates';
import { proseSentences } from './meeting/prose';
import { buildSections } from './markdown/sections';
import type { Language, Note, NoteKind, Section, StepNumber } from './types';

export interface ModelOptions {
  cache?: ParseCache;
  /** Language used when the note gives no clue (an empty note). */
  defaultLanguage?: Language;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function buildNote(text: string, options: ModelOptions = {}): Note {
  const cache = options.cache ?? sharedParseCache;
  const sourceLines = splitLines(text);
  const blocks: Block[] = [];
  for (const chunk of splitChunks(sourceLines)) {
    for (const block of cache.blocks(chunk.text)) blocks.push(shiftBlock(block, chunk.startLine));
  }

  const yaml = blocks.find((block) => block.type === 'yaml');
  const frontMatter = yaml?.type === 'yaml'
    ? readFrontMatter(yaml.value, yaml.startLine, yaml.endLine, sourceLines)
    : readFrontMatter(undefined, 0, 0, sourceLines);
  const { sections, lines } = buildSections(blocks, sourceLines);
  const title = sections.find((s) => s.heading.level === 1 && !s.heading.pseudo)?.heading;

  const kind: NoteKind = kindFromValue(frontMatterString(frontMatter.data, 'type', 'kind'))
    ?? kindFromSections(sections, title);
  const language = languageFromValue(frontMatterString(frontMatter.data, 'lang', 'language', 'langue'))
    ?? detectLanguage(text, options.defaultLanguage);

  const steps: Partial<Record<StepNumber, Section>> = {};
  if (kind === 'session') {
    for (const section of sections) if (section.step && !steps[section.step]) steps[section.step] = section;
  }

  const people = kind === 'meeting'
    ? readMeetingPeople({ sections, lines, sentences: proseSentences(lines), frontMatter: frontMatter.data, sourceLines, title })
    : { stakeholders: [], participants: [], decision: collectDecision([], []) };
  const commitments = kind === 'meeting'
    ? collectCommitments({
      sections, lines, sourceLines, ...people, language, date: noteDate(frontMatter.data.date, title?.text ?? lines[0]?.text),
    })
    : { steps: [] };

  return {
    kind, language, frontMatter, title, sections, steps, ...people, nextSteps: commitments.steps, nextStepsAt: commitments.at, lines,
    lineCount: sourceLines.length,
  };
}
