// The shape every family of evidence shares: the lines that counted, each with its weight.
import type { Heading, KindFamily, KindSignal, Participant, Section, TextLine } from '../../types';

export interface EvidenceInput {
  title?: Heading;
  sections: readonly Section[];
  /** Lines written for this note: placeholders and empty fields are left out. */
  lines: readonly TextLine[];
  participants: readonly Participant[];
}

export type Towards = KindSignal['towards'];

export function signal(family: KindFamily, towards: Towards, weight: number, text: string, line: number): KindSignal {
  return { family, towards, weight, text: text.length > 120 ? `${text.slice(0, 117)}…` : text, line };
}

/** Headings that are not the note's title. */
export function headingsOf(input: EvidenceInput): Heading[] {
  return input.sections.map((section) => section.heading).filter((heading) => heading !== input.title);
}
