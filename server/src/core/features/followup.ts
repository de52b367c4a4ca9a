// A follow-up note from the note it follows: front matter linking back (`follows:`), the open
// actions (session step 5) or next steps (meeting) as a checklist to review, and for a meeting its
// participants. Text in, text out: the editor only supplies the file name and today's date.
import { pattern } from '../patterns';
import { trimChars } from '../reading/scan';
import { stringify } from 'yaml';
import { FOLLOW_UP_CARRIED_KEYS, FOLLOW_UP_FILE_WORDS, FOLLOW_UP_TEXT } from '../../lexicon/follow-up';
import { withoutTrailingComments } from '../markdown/blocks';
import { quickNormalize } from '../reading/evidence/signals';
import { kindFromValue } from '../reading/kind';
import { hasAnyPhrase, isQuestion } from '../reading/text';
import { nextStepInProse } from '../meeting/meeting';
import { NEXT_STEP_PHRASES } from '../../lexicon/meeting';
import { type ActionScope, type NoteAction, noteActions } from '../reading/actions';
import { buildNote, splitLines } from '../model';
import { describe, whoDecides } from '../meeting/decider';
import type { Language, Note, Participant, TextLine } from '../types';

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
  if (!open.length && note.kind === 'meeting') open.push(...agreedElsewhere(note));
  const decider = note.kind === 'meeting' ? whoDecides(note) : undefined;

  const out = ['---', stringify(frontMatterOf(note, request, language)).trimEnd(), '---', '', `# ${words.title} – ${subject}`, '', `## ${words.since}`, ''];
  if (open.length) {
    // "--" would end the comment early.
    out.push(`<!-- ${words.review(subject).replace(/--+/g, '–')} -->`, '', ...open.map((item) => `- [ ] ${item}`));
  } else {
    out.push(words.nothingOpen);
  }
  if (note.kind === 'meeting' && note.participants.length) {
    out.push('', `## ${words.participants}`, '', ...note.participants.map((p) => `- ${asWritten(p, sourceLines)}`));
  }
  // A decider named but not met is carried in the note's own words, so the follow-up reads it the same way.
  const absent = decider && !decider.decider ? note.decision.absentDecider : undefined;
  if (absent) out.push('', `## ${words.decider}`, '', absent.text);
  out.push('', `## ${words.nextSteps}`, '', '- ', '');
  return { fileName, text: out.join('\n') };
}

/**
 * What the follow-up knows from its first line: the kind (a meeting's follow-up is a meeting; a
 * session's is a review of its plan, not a new six-step session), the account or client and who
 * runs the session as the followed note wrote them, the link back, and who decides.
 */
function frontMatterOf(note: Note, request: FollowUpRequest, language: Language): Record<string, string> {
  const data = note.frontMatter.data;
  const frontMatter: Record<string, string> = {};
  if (note.kind === 'meeting') {
    const declared = typeof data.type === 'string' && kindFromValue(data.type) === 'meeting' ? data.type : undefined;
    frontMatter.type = declared ?? FOLLOW_UP_TEXT[language].meetingType;
  }
  frontMatter.lang = language;
  frontMatter.date = request.date;
  for (const [key, value] of Object.entries(data)) {
    if ((typeof value === 'string' || typeof value === 'number') && CARRIED.has(quickNormalize(key))) frontMatter[key] = String(value);
  }
  frontMatter.follows = `./${request.fileName}`;
  const decider = note.kind === 'meeting' ? whoDecides(note).decider : undefined;
  if (decider) frontMatter.decider = decider.name;
  return frontMatter;
}

const CARRIED = new Set(FOLLOW_UP_CARRIED_KEYS);

/**
 * What the followed note left open, as written: the action plan and next steps of a session, the
 * next steps of a meeting, and in a follow-up of a follow-up its unticked checklist items and next steps.
 * The facilitator's questions and the answers quoted under them are the session's talk, not items;
 * comments that end an item (a disable comment, say) stay with the note they belong to.
 */
export function openItems(note: Note, sourceLines: readonly string[]): string[] {
  const open = noteActions(note, sourceLines, LEFT_TO_DO)
    .filter((action) => !action.done && !isTalk(action.line))
    .map((action) => withoutTrailingComments(withoutClientLabel(action)));
  return [...new Set(open)].filter((item) => item && !item.endsWith(':'));
}

/** The facilitator's and the group's questions, and the answers quoted under them: the session's talk. */
function isTalk(line: TextLine): boolean {
  return (line.role !== undefined && line.role !== 'client') || line.block === 'quote' || isQuestion(line.text);
}

/** "Porteur : Je relance Marc" -> "Je relance Marc": the item is the client's, the label was the session's. */
function withoutClientLabel(action: NoteAction): string {
  if (action.line.role !== 'client' || action.line.body === action.line.text) return action.written;
  const at = action.written.indexOf(action.line.body.slice(0, 12));
  return at > 0 ? action.written.slice(at) : action.written;
}

/**
 * A meeting note without a next-steps list may agree its steps in fields ("Prochaine action : …"),
 * arrows, or its summary ("On se revoit le 12 mai avec…"): those, as the note's reading found them.
 */
function agreedElsewhere(note: Note): string[] {
  if (note.nextSteps.length) return [...new Set(note.nextSteps.map((step) => withoutTrailingComments(step.text)))];
  const line = note.sections.some((section) => section.role === 'next-steps') ? undefined : nextStepInProse(note);
  if (!line) return [];
  const agreed = note.sentences.filter((s) => s.range.start.line === line.range.start.line && hasAnyPhrase(s.normalized, NEXT_STEP_PHRASES));
  return agreed.length ? agreed.map((s) => s.text) : [line.text];
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
