// A note's state at a glance, for the line shown above its title.
import { DECIDER_MEETING } from '../../lexicon/fixes';
import { whoDecides } from '../meeting/decider';
import { answers } from '../session/dialogue';
import { factsSectionSentences, isFactual } from '../session/facts';
import { utterances } from '../reading/sentences';
import { reformulatedRequest } from '../session/request';
import type { Finding, Note, Sentence } from '../types';

export type NoteStatus =
  | { kind: 'session'; steps: number; facts: number; reformulated: boolean; findings: number }
  | { kind: 'meeting'; participants: number; decider?: string; nextSteps: number; findings: number };

export function noteStatus(note: Note, findings: readonly Finding[]): NoteStatus | undefined {
  if (note.kind === 'session') {
    const reformulated = reformulatedRequest(note) !== undefined && !findings.some((f) => f.rule === 'request-not-reformulated');
    return { kind: 'session', steps: Object.keys(note.steps).length, facts: countFacts(note), reformulated, findings: findings.length };
  }
  if (note.kind === 'meeting') {
    const answer = whoDecides(note);
    return {
      kind: 'meeting',
      participants: note.participants.filter((p) => p.side === 'buyer').length,
      decider: answer.decider?.name ?? (answer.superiorOf ? DECIDER_MEETING.superiorOf[note.language](answer.superiorOf) : undefined),
      nextSteps: note.nextSteps.length,
      findings: findings.length,
    };
  }
  return undefined;
}

/** Entries of the Facts sections plus the factual answers of step 2, each sentence counted once. */
function countFacts(note: Note): number {
  const facts = new Set<Sentence>(utterances(factsSectionSentences(note)).map((entry) => entry.sentences[0]));
  for (const sentence of answers(note.steps[2]).filter(isFactual)) facts.add(sentence);
  return facts.size;
}
