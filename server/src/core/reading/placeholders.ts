// Placeholders and empty fields of templates: `{{date}}`, `[Name]`, `<company>`, `TBD`, "Decision maker:".
// They are not content: a line made of them says nothing, and a note made of them is a draft.
import { PLACEHOLDER_FIELDS, PLACEHOLDER_PHRASES } from '../../lexicon/placeholders';
import type { TextLine } from '../types';
import { quickNormalize as normalize } from './evidence/signals';
import { TextMemo } from './memo';

// Each alternative is bounded and free of nested repetition: linear on any line.
const TEMPLATE_TOKEN = /\{\{[^{}\n]{0,80}\}\}|\$\{[^{}\n]{0,80}\}|_{3,}|\.{3,}|…/g;
const BRACKETED = /\[([^[\]\n]{1,60})\]|<([^<>\n]{1,40})>/g;
const FIELDS = new Set(PLACEHOLDER_FIELDS);
const TEMPLATE_MARK = /[{[<_…]|\.\.\.|\bx{2,}\b/i;
/** Cheap hints of PLACEHOLDER_PHRASES, tested before the exact (costlier) reading. */
const PLACEHOLDER_HINT = /tb[dca]|n\/?a\b|to ?do|compl|rempl|pr[ée]ciser|d[ée]finir|renseigner|venir|to be|fill|lorem|ipsum|dolor|jj|dd|yyyy|hh|insert|here|ici/i;
/** "Decision maker:", "Date :", "Budget :": a label with nothing after it. */
const EMPTY_LABEL = /^[^:]{1,40}:\s*$/;

/** `[Name]`, `<company>`, `[CLIENT_NAME]`: brackets that name a field instead of filling it. */
function isField(content: string): boolean {
  if (/^[A-Z][A-Z0-9_]{3,}$/.test(content.trim())) return true;
  const words = normalize(content).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => FIELDS.has(word));
}

/** Placeholder phrases are three words at most, and three more may be left: beyond, a line is prose. */
function moreWordsThan(text: string, count: number): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++spaces >= count) return true;
  return false;
}

/** The line is only placeholders and labels: nothing in it was written for this note. */
const placeholderLines = new TextMemo<boolean>(300_000);

/** Lines repeat from one keystroke to the next: each text is read once, within bounds. */
export function isPlaceholderLine(text: string): boolean {
  return placeholderLines.get(text, readPlaceholderLine);
}

function readPlaceholderLine(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return true;
  if (EMPTY_LABEL.test(trimmed) && trimmed.split(/\s+/).length <= 5) return true;
  // Prose is the common case: without a template mark or a placeholder word, nothing to look for.
  if (!TEMPLATE_MARK.test(trimmed) && (moreWordsThan(trimmed, 6) || !PLACEHOLDER_HINT.test(trimmed))) return false;
  let found = false;
  const hole = () => {
    found = true;
    return ' ';
  };
  let rest = trimmed.replace(TEMPLATE_TOKEN, hole)
    .replace(BRACKETED, (whole, square?: string, angle?: string) => (isField(square ?? angle ?? '') ? hole() : whole));
  rest = ` ${normalize(rest)} `;
  for (const phrase of PLACEHOLDER_PHRASES) {
    // Repeated phrases share their spaces ("tbd tbd"): each pass removes every other one.
    while (rest.includes(` ${phrase} `)) rest = rest.replaceAll(` ${phrase} `, hole);
  }
  if (!found) return false;
  // What is left around the placeholders is a label at most: "Date : {{date}}", "Owner: [Name] – [Date]".
  return rest.split(' ').filter(Boolean).length <= 3;
}

export interface DraftReading {
  /** Lines written for this note. */
  filled: TextLine[];
  /** Lines that are only placeholders or empty fields. */
  placeholders: TextLine[];
}

export function readPlaceholders(lines: readonly TextLine[]): DraftReading {
  const filled: TextLine[] = [];
  const placeholders: TextLine[] = [];
  for (const line of lines) (isPlaceholderLine(line.text) ? placeholders : filled).push(line);
  return { filled, placeholders };
}

/** A template not filled in yet: at least as many placeholder lines as written ones. */
export function isDraft(reading: DraftReading): boolean {
  return reading.placeholders.length > 0 && reading.placeholders.length >= reading.filled.length;
}
