// Builds the note model from text: chunks -> cached trees -> blocks -> sections -> note.
import { type Block, shiftBlock, shiftRange } from './markdown/blocks';
import { type ParseCache, sharedParseCache } from './markdown/cache';
import { splitChunks } from './markdown/chunks';
import { frontMatterString, readFrontMatter } from './markdown/frontmatter';
import { anchoredNote, datedNote } from './reading/evidence/anchor';
import { kindFromEvidence, kindFromFrontMatter, kindFromValue } from './reading/kind';
import { isDraft, isPlaceholderLine, readPlaceholders } from './reading/placeholders';
import { detectLanguage, languageFromValue } from './reading/language';
import { collectCommitments } from './meeting/commitments';
import { collectDecision, collectParticipants, inlineParticipants, readMeetingPeople } from './meeting/people';
import { peopleTableRows } from './meeting/stakeholders';
import { noteDateOf } from './reading/dates';
import { meetingSentences } from './meeting/sentences';
import { buildSections } from './markdown/sections';
import { stepParagraphs } from './markdown/step-paragraphs';
import { splitLines } from './lines';

export { splitLines };
import type { FrontMatter, Heading, KindEvidence, Language, Note, Participant, Section, Sentence, StepNumber, TextLine } from './types';

export interface ModelOptions {
  cache?: ParseCache;
  /** Language used when the note gives no clue (an empty note). */
  defaultLanguage?: Language;
}


export function buildNote(text: string, options: ModelOptions = {}): Note {
  const cache = options.cache ?? sharedParseCache;
  cache.noteRead(text.length);
  const sourceLines = splitLines(text);
  const blocks: Block[] = [];
  const chunkSentences: Sentence[] = [];
  // Each note sentence's original in the chunk cache, where the meeting readers keep what they read.
  const origin = new Map<Sentence, Sentence>();
  let deepLine: number | undefined;
  for (const chunk of splitChunks(sourceLines)) {
    const reading = cache.read(chunk.text);
    if (reading.deepLine !== undefined) deepLine ??= chunk.startLine + reading.deepLine;
    for (const block of reading.blocks) blocks.push(shiftBlock(block, chunk.startLine));
    for (const sentence of reading.sentences) {
      const shifted = chunk.startLine ? { ...sentence, range: shiftRange(sentence.range, chunk.startLine) } : sentence;
      chunkSentences.push(shifted);
      origin.set(shifted, sentence);
    }
  }

  const yaml = blocks.find((block) => block.type === 'yaml');
  const frontMatter = yaml?.type === 'yaml'
    ? readFrontMatter(yaml.value, yaml.startLine, yaml.endLine, sourceLines)
    : readFrontMatter(undefined, 0, 0, sourceLines);
  let { sections, lines, sentences } = buildSections(blocks, sourceLines, chunkSentences);
  const title = sections.find((s) => s.heading.level === 1 && !s.heading.pseudo)?.heading;

  // Participants are read before the kind: who sits on which side is part of the evidence.
  const listed = collectParticipants(sections, lines).filter((p) => !isPlaceholderLine(p.name));
  // "| Who | Role | Decides |" under no participants heading is a roster too.
  const rosterLines = new Set(listed.map((p) => p.range.start.line));
  listed.push(...peopleTableRows(lines, sourceLines, undefined, true).filter((p) => !rosterLines.has(p.range.start.line) && !isPlaceholderLine(p.name)));
  const inline = inlineParticipants(sentences).filter((p) => !isPlaceholderLine(p.name));
  const kindEvidence = readKind(frontMatter, sections, lines, sentences, title, listed, inline);
  const { kind } = kindEvidence;
  // Outside a session, a heading named like a step ("Présentation du sprint") is no step.
  if (kind !== 'session') for (const section of sections) delete section.step;
  else {
    // A session whose layout shows no step may tell them in prose, one paragraph opening each; one
    // whose layout names some may name the others by a label ("- Questions :" over its items, "- Contrat : « … »").
    const named = new Set(sections.flatMap((section) => (section.step ? [section.step] : [])));
    const namedAt = new Map(sections.flatMap((section) => (section.step ? [[section.heading.range.start.line, section.step] as const] : [])));
    const stepAt = named.size < 6 ? stepParagraphs(blocks, sourceLines, named.size > 0, namedAt) : new Map<number, StepNumber>();
    if ([...stepAt.values()].some((step) => !named.has(step))) ({ sections, lines, sentences } = buildSections(blocks, sourceLines, chunkSentences, stepAt));
  }
  const language = languageFromValue(frontMatterString(frontMatter.data, 'lang', 'language', 'langue'))
    ?? detectLanguage(text, options.defaultLanguage);

  const steps: Partial<Record<StepNumber, Section>> = {};
  if (kind === 'session') {
    for (const section of sections) if (section.step && !steps[section.step]) steps[section.step] = section;
  }

  const people = kind === 'meeting'
    ? readMeetingPeople({ sections, lines, sentences: meetingSentences(sentences, lines, origin), frontMatter: frontMatter.data, sourceLines, title })
    : { stakeholders: [], participants: [], decision: collectDecision([], []) };
  people.stakeholders = people.stakeholders.filter((p) => !isPlaceholderLine(p.name));
  people.participants = people.participants.filter((p) => !isPlaceholderLine(p.name));
  const commitments = kind === 'meeting'
    ? collectCommitments({
      sections, lines, sentences, sourceLines, ...people, language, date: noteDateOf(frontMatter.data.date, title?.text, lines),
    })
    : { steps: [] };

  return {
    kind, kindEvidence, language, frontMatter, title, sections, steps, ...people, nextSteps: commitments.steps,
    nextStepsAt: commitments.at, lines, sentences,
    lineCount: sourceLines.length,
    ...(deepLine === undefined ? {} : { deepLine }),
  };
}

function readKind(
  frontMatter: FrontMatter, sections: Section[], lines: TextLine[], sentences: Sentence[], title: Heading | undefined,
  participants: Participant[], listed: Participant[],
): KindEvidence {
  // A template is a draft whatever its type says: nothing is checked until it is filled in.
  const reading = readPlaceholders(lines);
  const draft = isDraft(reading);
  const type = frontMatterString(frontMatter.data, 'type', 'kind');
  const declared = kindFromValue(type);
  if (declared) {
    const key = Object.keys(frontMatter.data).find((k) => ['type', 'kind'].includes(k.toLowerCase()));
    return kindFromFrontMatter(declared, `${key}: ${type}`, (key && frontMatter.keyRanges?.[key]) || frontMatter.range, draft);
  }
  const anchored = anchoredNote(frontMatter.data.date, title, sentences, [...participants, ...listed]);
  const dated = datedNote(frontMatter.data.date, title, sentences);
  return kindFromEvidence({ title, sections, lines: reading.filled, sentences, participants, listed, anchored, dated }, draft);
}
