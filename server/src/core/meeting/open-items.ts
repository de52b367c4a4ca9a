// Unticked checklist items ("- [ ] …") outside the next steps: in a follow-up, the steps carried over
// from the note it follows, still to happen. The rules that ask whether anything is pending read them
// as well as the note's own next steps; the steps' judgement (purpose, decider) stays with the note
// that agreed them.
import type { Note, TextLine } from '../types';

const UNTICKED = /^\[ \](?:\s|$)/;

export function openChecklistLines(note: Note): TextLine[] {
  return note.lines.filter((line) => line.block === 'list-item' && line.itemStart && UNTICKED.test(line.text));
}
