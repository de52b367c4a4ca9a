// Where a meeting note names its participants: by full name, by a first or last name nobody else
// shares, or by role. Positions are in the source text, so an editor can point at them.
import { SELLER_MARKERS } from '../../lexicon/people';
import type { Note, Participant, Position, Range } from '../types';
import { normalize } from './text';

export interface Mention {
  participant: Participant;
  range: Range;
}

/** Lower case without accents, one character for one character, so offsets stay those of the source. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** The ways a note names a participant, longest first: "jean dupont", "dupont", "responsable du machin". */
export function mentionForms(participant: Participant, all: readonly Participant[]): string[] {
  const name = fold(participant.name.trim());
  const forms = new Set([name]);
  const sellerWords = new Set(SELLER_MARKERS);
  for (const word of name.split(/\s+/)) {
    const shared = all.some((other) => other !== participant && fold(other.name).split(/\s+/).includes(word));
    if (word.length >= 3 && !shared && !sellerWords.has(normalize(word))) forms.add(word);
  }
  const role = participant.role ? fold(participant.role.trim()) : '';
  if (role.length >= 3) forms.add(role);
  return [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The participant named at `position` on its line, with the range of the name or role. */
export function mentionAt(note: Note, lines: readonly string[], position: Position): Mention | undefined {
  if (note.kind !== 'meeting' || !note.stakeholders.length) return undefined;
  const raw = lines[position.line];
  if (!raw) return undefined;
  const line = fold(raw);
  let best: { mention: Mention; length: number } | undefined;
  for (const participant of note.stakeholders) {
    for (const form of mentionForms(participant, note.stakeholders)) {
      for (let at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (position.character < at || position.character > end) continue;
        if (WORD.test(line[at - 1] ?? '') || WORD.test(line[end] ?? '')) continue;
        if (!best || form.length > best.length) {
          const range = { start: { line: position.line, character: at }, end: { line: position.line, character: end } };
          best = { mention: { participant, range }, length: form.length };
        }
      }
    }
  }
  return best?.mention;
}
