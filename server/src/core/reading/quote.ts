// A piece of the note as findings and fix titles quote it: one line, cut at a word, without its quotes.
import { trimChars } from './scan';

/** "[ ] " or "[x] " opening a task list item. */
const TASK_BOX = /^\[[ xX]\] /;

/** Shortens a quoted sentence so a message stays readable: cut at a word boundary, with "…". */
export function quote(text: string, max = 80): string {
  // Quotes, a task's checkbox and a final full stop go: the message puts the quote inside its own sentence.
  const clean = trimChars(text.trim().replace(/\s+/g, ' ').replace(TASK_BOX, ''), '"«“', '"»”').trim().replace(/(?<!\.)\.$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than a third of the room is cut where it stands rather than dropped.
  const head = space >= (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${trimChars(head, '', ' ,;:–—(«“"\'-')}…`;
}
