// The one answer to "who decides?", read from the note's stakeholders. The rules, the hovers,
// completion, the status line, the quick fixes and the follow-up all ask here.
import { BODY_DETERMINERS, BODY_FEMININE_FR, BODY_PLURALS_FR } from '../../lexicon/stakeholders';
import { normalize } from '../reading/text';
import type { Evidence, Language, Note, Participant } from '../types';

export interface DeciderAnswer {
  /** The person (or body) the note says decides: one met first, else a named person, else a body. */
  decider?: Participant;
  /** Everybody the note says decides. */
  deciders: Participant[];
  /** A decider was in this meeting. */
  met: boolean;
  /** Named only as someone's superior ("le N+2 de Jean"): that someone's name. */
  superiorOf?: string;
  /** The note says nobody knows yet ("décideur : à identifier"). */
  unknown?: Evidence;
  /** The note says who decides, met or not, by name, title or as someone's superior. */
  known: boolean;
}

const answers = new WeakMap<Note, DeciderAnswer>();

export function whoDecides(note: Note): DeciderAnswer {
  const cached = answers.get(note);
  if (cached) return cached;
  const deciders = note.stakeholders.filter((p) => p.side === 'buyer' && p.decider === true);
  const rank = (p: Participant) => (p.met === true ? 0 : p.body ? 2 : 1);
  const decider = [...deciders].sort((a, b) => rank(a) - rank(b))[0];
  const absent = note.decision.absentDecider;
  const answer: DeciderAnswer = {
    decider,
    deciders,
    met: deciders.some((p) => p.met === true),
    superiorOf: decider ? undefined : absent?.superiorOf,
    unknown: decider ? undefined : note.decision.unknown,
    known: decider !== undefined || absent !== undefined,
  };
  answers.set(note, answer);
  return answer;
}

/**
 * "Nadia Benali (DAF)": a person as messages name them; a title alone stays as it is. Given the
 * message's language, a body that decides takes its article ("le comité de direction", "the board"),
 * since messages name it mid-sentence.
 */
export function describe(person: Pick<Participant, 'name' | 'role' | 'body'>, language?: Language): string {
  const name = language ? nameInSentence(person, language) : person.name;
  if (!person.role || person.role.toLowerCase() === person.name.toLowerCase()) return name;
  return `${name} (${person.role})`;
}

/** A person's name, or a body's with its article: "le comité de direction", "the board". */
export function nameInSentence(person: Pick<Participant, 'name' | 'body'>, language: Language): string {
  if (!person.body) return person.name;
  const body = person.name;
  const words = normalize(body).split(' ');
  if (!words[0] || BODY_DETERMINERS.includes(words[0])) return body;
  if (language === 'en') return `the ${body}`;
  if (BODY_PLURALS_FR.includes(words[0])) return `les ${body}`;
  if (/^[aeiouyh]/.test(words[0])) return `l’${body}`;
  return `${BODY_FEMININE_FR.includes(words[0]) ? 'la' : 'le'} ${body}`;
}

/** Whether a stakeholder decides, in the answer's terms: true, false, or undefined when the note does not say. */
export function decides(person: Participant): boolean | undefined {
  return person.side === 'seller' ? false : person.decider;
}
