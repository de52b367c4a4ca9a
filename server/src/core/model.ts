// Builds the note model from text: chunks -> cached trees -> blocks -> sections -> note.
import { type Block, shiftBlock, shiftRange } from './markdown/blocks';
import { type ParseCache, sharedParseCache } from './markdown/cache';
import { splitChunks } from './markdown/chunks';
import { frontMatterString, readFrontMatter } from './markdown/frontmatter';
import { kindFromSections, kindFromValue } from './reading/kind';
import { detectLanguage, languageFromValue } from './reading/language';
import { collectDecision, collectNextSteps, collectParticipants, resolveDeciders } from './meeting/people';
import { buildSections } from './markdown/sections';
import type { Language, Note, NoteKind, Section, Sentence, StepNumber } from './types';

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
  const chunkSentences: Sentence[] = [];
  for (const chunk of splitChunks(sourceLines)) {
    const reading = cache.read(chunk.text);
    for (const block of reading.blocks) blocks.push(shiftBlock(block, chunk.startLine));
    for (const sentence of reading.sentences) {
      chunkSentences.push(chunk.startLine ? { ...sentence, range: shiftRange(sentence.range, chunk.startLine) } : sentence);
    }
  }

  const yaml = blocks.find((block) => block.type === 'yaml');
  const frontMatter = yaml?.type === 'yaml'
    ? readFrontMatter(yaml.value, yaml.startLine, yaml.endLine, sourceLines)
    : readFrontMatter(undefined, 0, 0, sourceLines);
  const { sections, lines, sentences } = buildSections(blocks, sourceLines, chunkSentences);
  const title = sections.find((s) => s.heading.level === 1 && !s.heading.pseudo)?.heading;

  const kind: NoteKind = kindFromValue(frontMatterString(frontMatter.data, 'type', 'kind'))
    ?? kindFromSections(sections, title);
  const language = languageFromValue(frontMatterString(frontMatter.data, 'lang', 'language', 'langue'))
    ?? detectLanguage(text, options.defaultLanguage);

  const steps: Partial<Record<StepNumber, Section>> = {};
  if (kind === 'session') {
    for (const section of sections) if (section.step && !steps[section.step]) steps[section.step] = section;
  }

  const participants = kind === 'meeting' ? collectParticipants(sections) : [];
  const decision = collectDecision(kind === 'meeting' ? sections : [], kind === 'meeting' ? lines : []);
  if (kind === 'meeting') resolveDeciders(participants, decision, frontMatter.data);
  const nextSteps = kind === 'meeting' ? collectNextSteps(sections, participants, decision) : [];

  return {
    kind, language, frontMatter, title, sections, steps, participants, nextSteps, decision, lines, sentences,
    lineCount: sourceLines.length,
  };
}
