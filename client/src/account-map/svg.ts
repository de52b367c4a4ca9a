// The account map as an SVG picture: one card per stakeholder (who decides, the champion, who
// validates or influences, who does not decide), ordered by weight in the decision, and beside it a
// row of the account's notes, a full dot where the person was met. Never met: a dashed card.
// Every piece of note text is escaped; colours come from the page's style sheet (theme colours).
import type { AccountMapResult, Stakeholder } from '../../../server/src/lsp/protocol';
import type { Localiser } from '../localiser';
import { escapeXml as esc, fit } from './escape';

/** The ids a click on the page sends back (`links.ts` says where each goes). */
export const personLink = (row: number) => `p${row}`;
export const noteLink = (column: number) => `n${column}`;

export type MapAccount = NonNullable<AccountMapResult['account']>;

/** The part a card shows; its colour class in the page's style sheet. */
export type Part = 'decides' | 'champion' | 'validates' | 'influences' | 'not-decider' | 'unknown';

const PART_ORDER: readonly Part[] = ['decides', 'champion', 'validates', 'influences', 'unknown', 'not-decider'];

/** The latest notes get a column each; older ones are counted. */
export const MAX_COLUMNS = 10;
const MARGIN = 24;
const CARD_WIDTH = 320;
const CARD_HEIGHT = 64;
const ROW_HEIGHT = 78;
const COLUMN_WIDTH = 64;
const HEADER_HEIGHT = 96;
const DATES_HEIGHT = 44;
const LEGEND_HEIGHT = 56;

export function partOf(person: Stakeholder): Part {
  if (person.stance === 'champion') return 'champion';
  if (person.decision === 'decider' || person.stance === 'decides') return 'decides';
  if (person.stance === 'validates') return 'validates';
  if (person.stance === 'influences') return 'influences';
  return person.decision === 'not-decider' ? 'not-decider' : 'unknown';
}

/** Deciders first, then the champion, who validates, who influences; within a part, the most met first. */
export function orderStakeholders(people: readonly Stakeholder[]): Stakeholder[] {
  return [...people].sort((a, b) => PART_ORDER.indexOf(partOf(a)) - PART_ORDER.indexOf(partOf(b))
    || b.met.length - a.met.length || a.name.localeCompare(b.name));
}

export function accountMapSvg(account: MapAccount, l10n: Localiser, locale = 'en'): string {
  const people = orderStakeholders(account.stakeholders);
  const columns = account.notes.slice(-MAX_COLUMNS);
  const hidden = account.notes.length - columns.length;
  const timelineX = MARGIN + CARD_WIDTH + MARGIN;
  const width = Math.max(640, timelineX + Math.max(columns.length, 1) * COLUMN_WIDTH + MARGIN);
  const rowsTop = HEADER_HEIGHT + DATES_HEIGHT;
  const height = rowsTop + Math.max(people.length, 1) * ROW_HEIGHT + LEGEND_HEIGHT;
  const day = dayFormat(locale);
  const title = l10n.t('Account map: {0}', account.name);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="account-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title">`,
    `<title id="map-title">${esc(title)}</title>`,
    ...header(account, people, l10n, width),
  ];

  // The notes, oldest to latest, as columns.
  columns.forEach((note, i) => {
    const x = timelineX + i * COLUMN_WIDTH + COLUMN_WIDTH / 2;
    const [top, bottom] = note.date ? day(note.date) : ['—', ''];
    out.push(`<g class="note-column" data-link="${noteLink(i)}" role="link" tabindex="0"><title>${esc(fit(note.title, 120))}${note.date ? ` · ${esc(note.date)}` : ''}</title>`,
      `<text class="date" x="${x}" y="${HEADER_HEIGHT + 16}" text-anchor="middle">${esc(top)}</text>`,
      `<text class="year" x="${x}" y="${HEADER_HEIGHT + 32}" text-anchor="middle">${esc(bottom)}</text></g>`);
  });
  if (hidden > 0) {
    out.push(`<text class="muted" x="${timelineX}" y="${HEADER_HEIGHT - 6}">${esc(l10n.t('+{0} earlier notes', hidden))}</text>`);
  }

  if (!people.length) {
    out.push(`<text class="muted" x="${MARGIN}" y="${rowsTop + 40}">${esc(l10n.t('The account’s notes name nobody on the buyer’s side yet.'))}</text>`);
  }
  people.forEach((person, row) => out.push(...personRow(person, row, rowsTop + row * ROW_HEIGHT, columns, timelineX, l10n)));
  out.push(...legend(height - LEGEND_HEIGHT + 28, l10n), '</svg>');
  return out.join('\n');
}

function header(account: MapAccount, people: readonly Stakeholder[], l10n: Localiser, width: number): string[] {
  const dates = account.notes.map((note) => note.date).filter((date): date is string => Boolean(date));
  const span = dates.length ? (dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} → ${dates.at(-1)}`) : undefined;
  const facts = [
    account.notes.length === 1 ? l10n.t('1 note written') : l10n.t('{0} notes written', account.notes.length),
    span,
    people.length === 1 ? l10n.t('1 person') : l10n.t('{0} people', people.length),
  ].filter(Boolean).join(' · ');
  const deciders = people.filter((person) => partOf(person) === 'decides');
  const verdict = !deciders.length
    ? { text: l10n.t('No decider named'), tone: 'warn' }
    : deciders.some((person) => person.met.length)
      ? { text: l10n.t('Decider met'), tone: 'good' }
      : { text: l10n.t('Decider never met'), tone: 'bad' };
  const pillWidth = Math.round(verdict.text.length * 7.4 + 28);
  return [
    `<text class="account" x="${MARGIN}" y="40">${esc(fit(account.name, 60))}</text>`,
    `<text class="muted" x="${MARGIN}" y="66">${esc(facts)}</text>`,
    `<g class="verdict ${verdict.tone}"><rect x="${width - MARGIN - pillWidth}" y="22" width="${pillWidth}" height="28" rx="14"/>`,
    `<text x="${width - MARGIN - pillWidth / 2}" y="41" text-anchor="middle">${esc(verdict.text)}</text></g>`,
  ];
}

function personRow(person: Stakeholder, row: number, top: number, columns: MapAccount['notes'], timelineX: number, l10n: Localiser): string[] {
  const part = partOf(person);
  const never = person.met.length === 0;
  const x = MARGIN;
  const detail = [person.role, person.organisation].filter(Boolean).join(' · ');
  const last = person.met.at(-1);
  const metLine = never
    ? l10n.t('Never met')
    : [person.met.length === 1 ? l10n.t('Met once') : l10n.t('Met {0} times', person.met.length), last?.date ? l10n.t('last {0}', last.date) : undefined]
      .filter(Boolean).join(' · ');
  const tooltip = [
    person.name, detail,
    ...person.met.map((meeting) => `${meeting.date ?? '—'} · ${meeting.note}`),
  ].filter(Boolean).join('\n');
  const badge = partLabel(part, l10n);
  const badgeWidth = Math.round(badge.length * 6.6 + 20);
  const metAt = new Set(person.met.map((meeting) => meeting.location.uri));
  const cy = top + CARD_HEIGHT / 2;
  const out = [
    `<g class="person ${part}${never ? ' never-met' : ''}"${person.met.length || person.namedAt ? ` data-link="${personLink(row)}" role="link" tabindex="0"` : ''}><title>${esc(tooltip)}</title>`,
    `<rect class="card" x="${x}" y="${top}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" rx="10"/>`,
    `<rect class="accent" x="${x}" y="${top}" width="6" height="${CARD_HEIGHT}" rx="3"/>`,
    `<text class="name" x="${x + 20}" y="${top + 22}">${esc(fit(person.name, 26))}</text>`,
    `<text class="detail" x="${x + 20}" y="${top + 40}">${esc(fit(detail, 42))}</text>`,
    `<text class="met-line${never ? ' warn-text' : ''}" x="${x + 20}" y="${top + 56}">${esc(metLine)}</text>`,
    `<g class="badge"><rect x="${x + CARD_WIDTH - badgeWidth - 10}" y="${top + 9}" width="${badgeWidth}" height="20" rx="10"/>`,
    `<text x="${x + CARD_WIDTH - badgeWidth / 2 - 10}" y="${top + 23}" text-anchor="middle">${esc(badge)}</text></g>`,
  ];
  if (columns.length) {
    const from = timelineX + COLUMN_WIDTH / 2;
    out.push(`<line class="lane" x1="${from}" y1="${cy}" x2="${from + (columns.length - 1) * COLUMN_WIDTH}" y2="${cy}"/>`);
  }
  columns.forEach((note, i) => {
    const cx = timelineX + i * COLUMN_WIDTH + COLUMN_WIDTH / 2;
    out.push(metAt.has(note.location.uri)
      ? `<circle class="met" cx="${cx}" cy="${cy}" r="9"/>`
      : `<circle class="absent" cx="${cx}" cy="${cy}" r="3.5"/>`);
  });
  out.push('</g>');
  return out;
}

function partLabel(part: Part, l10n: Localiser): string {
  switch (part) {
    case 'decides':
      return l10n.t('Decides');
    case 'champion':
      return l10n.t('Champion');
    case 'validates':
      return l10n.t('Validates');
    case 'influences':
      return l10n.t('Influences');
    case 'not-decider':
      return l10n.t('Does not decide');
    case 'unknown':
      return l10n.t('Part not known');
  }
}

function legend(y: number, l10n: Localiser): string[] {
  const x = MARGIN;
  return [
    '<g class="legend">',
    `<circle class="met" cx="${x + 8}" cy="${y - 4}" r="7"/><text x="${x + 22}" y="${y}">${esc(l10n.t('met in this note'))}</text>`,
    `<circle class="absent" cx="${x + 208}" cy="${y - 4}" r="3.5"/><text x="${x + 220}" y="${y}">${esc(l10n.t('not in this note'))}</text>`,
    `<rect class="card legend-never" x="${x + 400}" y="${y - 14}" width="28" height="18" rx="4"/><text x="${x + 436}" y="${y}">${esc(l10n.t('never met'))}</text>`,
    '</g>',
  ];
}

/** "2026-03-02" -> ["2 Mar", "2026"] in the display language. */
function dayFormat(locale: string): (date: string) => [string, string] {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }
  return (date) => {
    const time = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(time) ? [date, ''] : [format.format(time), date.slice(0, 4)];
  };
}
