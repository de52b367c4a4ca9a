// A follow-up note from the note it follows: front matter linking back (`follows:`), the open
// actions (session step 5) or next steps (meeting) as a checklist to review, and for a meeting its
// participants. Text in, text out: the editor only supplies the file name and today's date.
import { stringify } from 'yaml';
import { FOLLOW_UP_FILE_WORDS, FOLLOW_UP_TEXT } from '../lexicon/follow-up';
import { buildNote, splitLines } from './model';
import type { Language, Note, Section, TextLine } from './types';

export interface FollowUpRequest {
  /** The text of the note being followed up. */
  text: string;
  /** Its file name, without folder: the follow-up sits next to it. */
  fileName: string;
  /** Today, as YYYY-MM-DD. */
  date: string;
  /** The follow-up's language; the followed note's own language otherwise. */
  language?: Language;
  /** Whether a file name is already used in the folder. */
  isTaken?: (fileName: string) => boolean;
}

export interface FollowUp {
  fileName: string;
  text: string;
}

const CHECKBOX = /^\[([ xX])\]\s*/;

export function buildFollowUp(request: FollowUpRequest): FollowUp {
  const note = buildNote(request.text);
  const language = request.language ?? note.language;
  const words = FOLLOW_UP_TEXT[language];
  const fileName = followUpFileName(request.fileName, request.date, language, request.isTaken);
  const subject = note.title?.text ?? stem(request.fileName);
  const sourceLines = splitLines(request.text);
  const open = openItems(note, sourceLines);

  const frontMatter: Record<string, string> = {};
  if (note.kind === 'meeting') frontMatter.type = words.meetingType;
  frontMatter.lang = language;
  frontMatter.date = request.date;
  frontMatter.follows = `./${request.fileName}`;

  const out = ['---', stringify(frontMatter).trimEnd(), '---', '', `# ${words.title} – ${subject}`, '', `## ${words.since}`, ''];
  if (open.length) {
    // "--" would end the comment early.
    out.push(`<!-- ${words.review(subject).replace(/--+/g, '–')} -->`, '', ...open.map((item) => `- [ ] ${item}`));
  } else {
    out.push(words.nothingOpen);
  }
  if (note.kind === 'meeting' && note.participants.length) {
    out.push('', `## ${words.participants}`, '', ...note.participants.map((p) => `- ${sourceLines[p.range.start.line].slice(p.range.start.character).trim()}`));
  }
  out.push('', `## ${words.nextSteps}`, '', '- ', '');
  return { fileName, text: out.join('\n') };
}

/**
 * What the followed note left open: the action plan of a session, the next steps of a meeting, and
 * in any note (a follow-up of a follow-up) its unticked checklist items and next steps.
 */
export function openItems(note: Note, sourceLines: readonly string[]): string[] {
  const sections: Section[] = [];
  if (note.kind === 'session' && note.steps[5]) sections.push(note.steps[5]);
  sections.push(...note.sections.filter((s) => s.role === 'next-steps' && !sections.some((kept) => contains(kept, s))));
  const items = sections.flatMap((section) => entries(section.lines, sourceLines));
  if (note.kind !== 'session' && note.kind !== 'meeting') {
    const inSections = new Set(sections.flatMap((s) => s.lines));
    let checkbox = false;
    const checklistLines = note.lines.filter((line) => {
      if (line.block !== 'list-item') return (checkbox = false);
      if (line.itemStart) checkbox = CHECKBOX.test(line.text);
      return checkbox && !inSections.has(line);
    });
    items.unshift(...entries(checklistLines, sourceLines));
  }
  const open = items.filter((item) => !/^\[[xX]\]/.test(item)).map((item) => item.replace(CHECKBOX, '').trim());
  return [...new Set(open)].filter((item) => item && !item.endsWith(':'));
}

/** List items joined across their continuation lines, free lines one by one, as written (links and emphasis kept). */
function entries(lines: readonly TextLine[], sourceLines: readonly string[]): string[] {
  const items: string[] = [];
  let last: TextLine | undefined;
  for (const line of lines) {
    if (line.block === 'list-item' && !line.itemStart && last?.block === 'list-item' && items.length) {
      items[items.length - 1] += ` ${written(line, sourceLines)}`;
    } else {
      items.push(written(line, sourceLines));
    }
    last = line;
  }
  return items;
}

function written(line: TextLine, sourceLines: readonly string[]): string {
  const { start, end } = line.range;
  const source = sourceLines[start.line] ?? '';
  return source.slice(start.character, end.line === start.line ? end.character : undefined).trim();
}

function contains(outer: Section, inner: Section): boolean {
  return inner !== outer && inner.range.start.line >= outer.range.start.line && inner.range.end.line <= outer.range.end.line;
}

/** "2026-05-06-transports-girard.md" -> "2026-06-04-transports-girard-suivi.md", never a name in use. */
export function followUpFileName(source: string, date: string, language: Language, isTaken: (name: string) => boolean = () => false): string {
  const words = FOLLOW_UP_FILE_WORDS.join('|');
  const base = stem(source)
    .replace(/(?:^|[-_ ])\d{4}-\d{2}-\d{2}(?=$|[-_ ])/g, '')
    .replace(new RegExp(`(?:^|[-_ ])(?:${words})(?=$|[-_ ])`, 'gi'), '')
    .replace(/^[-_ ]+|[-_ ]+$/g, '');
  const name = [date, base, FOLLOW_UP_TEXT[language].fileWord].filter(Boolean).join('-');
  let candidate = `${name}.md`;
  for (let n = 2; isTaken(candidate); n++) candidate = `${name}-${n}.md`;
  return candidate;
}

function stem(fileName: string): string {
  return fileName.replace(/\.(?:md|markdown)$/i, '');
}
