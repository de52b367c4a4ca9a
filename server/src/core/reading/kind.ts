// Decides whether a note is a co-development session, a meeting, or neither.
import { KIND_TITLE_WORDS, KIND_VALUES } from '../../lexicon/sections';
import type { Heading, NoteKind, Section } from '../types';
import { hasAnyPhrase, normalize } from './text';
import { classifyHeading } from './vocabulary';

export function kindFromValue(value: string | undefined): NoteKind | undefined {
  if (!value) return undefined;
  const normalized = normalize(value);
  if (KIND_VALUES.session.includes(normalized)) return 'session';
  if (KIND_VALUES.meeting.includes(normalized)) return 'meeting';
  return undefined;
}

const MEETING_ROLES = new Set(['participants', 'next-steps', 'decision', 'situation']);

/**
 * Ordinary Markdown must stay `unknown`: a session needs two distinct steps (one of them named by
 * its number, or three by name); a meeting needs next steps plus participants, a decision or a
 * situation section, and a title that does not name a meeting among colleagues.
 */
export function kindFromSections(sections: readonly Section[], title: Heading | undefined): NoteKind {
  const steps = new Set<number>();
  let numbered = 0;
  const roles = new Set<string>();
  for (const section of sections) {
    if (section.step) {
      steps.add(section.step);
      if (classifyHeading(section.heading.text).numbered) numbered++;
    }
    if (section.role && MEETING_ROLES.has(section.role)) roles.add(section.role);
  }
  const titleText = title ? normalize(title.text) : '';
  const sessionTitle = hasAnyPhrase(titleText, KIND_TITLE_WORDS.session);
  const meetingTitle = hasAnyPhrase(titleText, KIND_TITLE_WORDS.meeting);
  const session = (steps.size >= 2 && numbered >= 1) || steps.size >= 3 || (sessionTitle && steps.size >= 1);
  // A team meeting has participants and next steps too, but no buyer: no meeting rule applies to it.
  const internal = hasAnyPhrase(titleText, KIND_TITLE_WORDS.internal);
  const meeting = !internal && ((roles.has('next-steps') && roles.size >= 2) || (meetingTitle && roles.size >= 1));
  if (session && meeting) return numbered >= 2 || steps.size > roles.size ? 'session' : 'meeting';
  if (session) return 'session';
  if (meeting) return 'meeting';
  return 'unknown';
}
