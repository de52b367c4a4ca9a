// A follow-up note from the note it follows: front matter linking back (`follows:`), the open
// actions (session step 5) or next steps (meeting) as a checklist to review, and for a meeting its
// participants. Text in, text out: the editor only supplies the file name and today's date.
import { pattern } from '../patterns';
import { trimChars } from '../reading/scan';
import { stringify } from 'yaml';
import { FOLLOW_UP_FILE_WORDS, FOLLOW_UP_TEXT } from '../../lexicon/follow-up';
import { type ActionScope, noteActions } from '../reading/actions';
import { buildNote, splitLines } from '../model';
import { describe, whoDecides } from '../meeting/decider';
import type { Language, Note, Participant } from '../types';

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

/**
 * A session's next steps are left to do as much as its plan; every line of those sections counts
 * (an introduction ending in ":" is left out below); checklists elsewhere count in a note neither
 * session nor meeting: a follow-up being followed up.
 */
const LEFT_TO_DO: ActionScope = { sessionNextSteps: true, checklists: 'unknown-kind', prose: 'always' };

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
  // Who decides carries over, so the follow-up knows it from its first line.
  const decider = note.kind === 'meeting' ? whoDecides(note).decider : undefined;
  if (decider) frontMatter.decider = decider.name;

  const out = ['---', stringify(frontMatter).trimEnd(), '---', '', `# ${words.title} – ${subject}`, '', `## ${words.since}`, ''];
  if (open.length) {
    // "--" would end the comment early.
    out.push(`<!-- ${words.review(subject).replace(/--+/g, '–')} -->`, '', ...open.map((item) => `- [ ] ${item}`));
  } else {
    out.push(words.nothingOpen);
  }
  if (note.kind === 'meeting' && note.participants.length) {
    out.push('', `## ${words.participants}`, '', ...note.participants.map((p) => `- ${asWritten(p, sourceLines)}`));
  }
  out.push('', `## ${words.nextSteps}`, '', '- ', '');
  return { fileName, text: out.join('\n') };
}

/**
 * What the followed note left open, as written: the action plan and next steps of a session, the
 * next steps of a meeting, and in a follow-up of a follow-up its unticked checklist items and next steps.
 */
export function openItems(note: Note, sourceLines: readonly string[]): string[] {
  const open = noteActions(note, sourceLines, LEFT_TO_DO).filter((action) => !action.done).map((action) => action.written);
  return [...new Set(open)].filter((item) => item && !item.endsWith(':'));
}

const FOLLOW_UP_WORD = pattern(`(?:^|[-_ ])(?:${FOLLOW_UP_FILE_WORDS.join('|')})(?=$|[-_ ])`, 'gi');

/** "2026-05-06-transports-girard.md" -> "2026-06-04-transports-girard-suivi.md", never a name in use. */
export function followUpFileName(source: string, date: string, language: Language, isTaken: (name: string) => boolean = () => false): string {
  const base = trimChars(stem(source)
    .replace(/(?:^|[-_ ])\d{4}-\d{2}-\d{2}(?=$|[-_ ])/g, '')
    .replace(FOLLOW_UP_WORD, ''), '-_ ');
  const name = [date, base, FOLLOW_UP_TEXT[language].fileWord].filter(Boolean).join('-');
  let candidate = `${name}.md`;
  for (let n = 2; isTaken(candidate); n++) candidate = `${name}-${n}.md`;
  return candidate;
}

/** A participant's entry as the note wrote it, or their name and title when the entry holds others too. */
function asWritten(person: Participant, sourceLines: readonly string[]): string {
  const written = (sourceLines[person.range.start.line] ?? '').slice(person.range.start.character).trim();
  return written.startsWith(person.name) ? written : describe(person);
}

function stem(fileName: string): string {
  return fileName.replace(/\.(?:md|markdown)$/i, '');
}
