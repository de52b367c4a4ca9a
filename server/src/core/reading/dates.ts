// When something is due. Days and delays that chrono-node reads ("d'ici le 14 avril", "by Friday,
// March 6", "in six weeks") become real dates, resolved against the note's own date; the vaguer
// delays it does not read ("sous huit jours", "après les vacances", "next quarter", "en septembre")
// are kept as written.
import * as chrono from 'chrono-node';
import { BACKWARD_WORDS, DATE_LABELS, MONTHS_THAT_ARE_WORDS, SHORT_WEEKDAYS, SPAN_COUNTS, SPAN_UNITS, TIME_PATTERNS } from '../../lexicon/meeting';
import { pattern } from '../patterns';
import type { Language, StepDate, TextLine } from '../types';
import { TextMemo } from './memo';
import { normalize } from './text';

const VAGUE = TIME_PATTERNS.map((source) => pattern(source));
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/;

/** How many lines from the top a "Date :" line may stand: below that, a date belongs to the notes, not to the meeting. */
const DATE_LINE_WITHIN = 5;

/**
 * The note's date: its front matter `date:`, else a date in its title, else a "**Date :** 9 avril 2026"
 * line at its top.
 */
export function noteDateOf(frontMatterDate: unknown, title: string | undefined, lines: readonly TextLine[]): Date | undefined {
  const found = noteDate(frontMatterDate, title ?? lines[0]?.text);
  if (found) return found;
  const line = lines.slice(0, DATE_LINE_WITHIN).find((l) => l.speaker && DATE_LABELS.includes(normalize(l.speaker)));
  return line ? noteDate(undefined, line.body) : undefined;
}

/** The note's date: its front matter `date:`, else a date in its title. */
export function noteDate(frontMatterDate: unknown, title?: string): Date | undefined {
  const value = frontMatterDate instanceof Date ? frontMatterDate.toISOString() : typeof frontMatterDate === 'string' ? frontMatterDate : '';
  const iso = ISO.exec(value.trim());
  if (iso) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), 12);
  if (!title) return undefined;
  // "**Ryan Okafor**  4:12 PM": a time of day alone dates nothing.
  const names = (result: chrono.ParsedResult) => result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month');
  const found = chrono.fr.parse(title, new Date(), { forwardDate: false }).find(names) ?? chrono.en.parse(title).find(names);
  return found?.start.date();
}

/** Dates already read, by language, reference day and text: chrono-node is the dearest reader of a keystroke. */
const read = new TextMemo<StepDate | undefined>(200_000);

/** The first date or delay a text gives, a real date when chrono-node can read a day in it. */
export function readDate(text: string, language: Language, reference?: Date): StepDate | undefined {
  // Without a reference, "Friday" is read against today: the key holds the day it was read on.
  const day = reference ? String(reference.getTime()) : new Date().toDateString();
  const found = read.get(`${language} ${day} ${text}`, () => readDateNow(text, language, reference));
  return found && { ...found };
}

function readDateNow(text: string, language: Language, noteDay?: Date): StepDate | undefined {
  // Read from the start of the day: in the evening, chrono would put "Friday Dec 4" written that day a year on.
  const day = noteDay ?? new Date();
  const reference = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  const parsers = language === 'fr' ? [chrono.fr, chrono.en] : [chrono.en, chrono.fr];
  let best: chrono.ParsedResult | undefined;
  for (const parser of parsers) {
    const results = parser.parse(text, reference, { forwardDate: true }).filter((result) =>
      // "mon choix" in a French note is no Monday: the other language's weekday abbreviations do not count.
      isDate(result) && !(parser !== parsers[0] && SHORT_WEEKDAYS.includes(normalize(result.text)))
      && !MONTHS_THAT_ARE_WORDS[language].includes(normalize(result.text)) && !isSpanOrPast(result));
    // "ven. 20/03": a weekday written next to its calendar day; the day says which Friday.
    const result = results[0] && isBareWeekday(results[0]) ? results.find((r) => !isBareWeekday(r) && r.start.isCertain('day') && r.start.isCertain('month')) ?? results[0] : results[0];
    if (result && (!best || result.index < best.index)) best = result;
  }
  if (best) {
    // "06/10" is the 6th of October in the notes Boussole reads, whatever the language.
    const numeric = NUMERIC_DATE.exec(best.text);
    const date = numeric ? dayMonthOrWeekday(numeric, best, reference) : best.start.date();
    return { text: best.text, date: isoDay(date) };
  }
  const normalized = normalize(text);
  for (const pattern of VAGUE) {
    const match = pattern.exec(normalized);
    if (match) return { text: match[0] };
  }
  return undefined;
}

/**
 * How long something lasts or what is past, not when it is due: "30 min with us", "3 months of
 * job data", "last month's list", "the last 30 days".
 */
function isSpanOrPast(result: chrono.ParsedResult): boolean {
  const all = normalize(result.text).split(' ');
  if (all.some((word) => BACKWARD_WORDS.includes(word))) return true;
  // "un export de 3 mois", "3 months of data": how much, not when.
  const words = all[0] === 'de' || all[0] === 'of' ? all.slice(1) : all;
  return words.length === 2 && (/^\d+$/.test(words[0]) || SPAN_COUNTS.includes(words[0])) && SPAN_UNITS.includes(words[1]);
}

function isBareWeekday(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('weekday') && !result.start.isCertain('day');
}

/**
 * Whether a text names a calendar day ("07/04", "28 April", "le 2 juillet 2026", "2026-05-06"), not a
 * delay or a weekday: what dates a note, as opposed to "three weeks later" in a guide.
 */
export function namesADay(text: string): boolean {
  if (ISO.test(text.trim()) || /\d{4}-\d{2}-\d{2}/.test(text)) return true;
  return [chrono.fr, chrono.en].some((parser) => parser.parse(text, new Date(), { forwardDate: false })
    .some((result) => result.start.isCertain('day') && result.start.isCertain('month') && !result.tags().has('result/relativeDate')));
}

/** A weekday, a day or a delay; "2 presses" or a lone number is not a date. */
function isDate(result: chrono.ParsedResult): boolean {
  // "2025 d'ici…" read as a time: a date names a month, a weekday or a day and month.
  if (!/\p{L}{3,}/u.test(result.text) && !NUMERIC_DATE.test(result.text)) return false;
  const known = result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month');
  return known || /\b(?:dans|in|within|sous|next|prochain|prochaine|today|tomorrow|demain|aujourd)/i.test(result.text);
}

/**
 * "Friday 12/4" in a note written on a Tuesday 1 December: the weekday written with it says which
 * reading is meant, the month first when only that one falls on it.
 */
function dayMonthOrWeekday(match: RegExpExecArray, result: chrono.ParsedResult, reference: Date): Date {
  const parsed = result.start.date();
  const date = dayMonth(match, parsed, reference);
  if (!result.start.isCertain('weekday')) return date;
  const weekday = result.start.get('weekday');
  return date.getDay() !== weekday && parsed.getDay() === weekday ? parsed : date;
}

function dayMonth(match: RegExpExecArray, parsed: Date, reference: Date): Date {
  const day = Number(match[1]);
  const month = Number(match[2]) - 1;
  if (day > 31 || month > 11) return parsed;
  if (match[3]) return new Date(Number(match[3].length === 2 ? `20${match[3]}` : match[3]), month, day, 12);
  // A due day without its year is the next one from the note's day, as chrono reads the others.
  const date = new Date(reference.getFullYear(), month, day, 12);
  if (date.getTime() < new Date(reference.getFullYear(), reference.getMonth(), reference.getDate()).getTime()) date.setFullYear(date.getFullYear() + 1);
  return date;
}

/** A local day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
