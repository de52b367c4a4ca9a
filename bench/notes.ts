// Notes for the benchmarks, generated from the examples so they read like real ones: sessions and
// meetings in French and English at any size, and the pathological shapes hostile text takes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Language = 'fr' | 'en';

const example = (name: string) => readFileSync(join(__dirname, '..', 'examples', name), 'utf8');
const SESSIONS: Record<Language, string> = {
  fr: example('seance-richard-posture-commerciale.md'),
  en: example('good-session-support-onboarding.md'),
};

/**
 * A session of about `size` characters: the example's steps repeated. With a `seed`, the note is one
 * of many written by different people: each repetition has its own client and figures (see `vary`).
 */
export function sessionNote(language: Language, size: number, seed?: number): string {
  const reference = SESSIONS[language];
  const body = reference.slice(reference.indexOf('\n## '));
  let text = seed === undefined ? reference : vary(reference, seed * 16, true);
  for (let round = 1; text.length < size; round++) text += seed === undefined ? body : vary(body, seed * 16 + round, true);
  return text.slice(0, size);
}

/** The people the examples name, replaced by others in a varied note. */
const EXAMPLE_NAMES = /\b(?:Richard|Marcus|Ana)\b/g;
const BUYERS = ['Acme', 'Lumen', 'Orbital', 'Nexa', 'Caldera', 'Boréal', 'Quartz', 'Helio', 'Sirius', 'Atlas', 'Verdier'];

/**
 * The text as another note would say it: other people and other figures on every line that has
 * either, so that no two notes of a generated folder share their lines, as no two real notes do (a
 * folder of copies would measure caches, not analysis). Years stay, days stay days.
 */
export function vary(text: string, seed: number, namedHeadings = false): string {
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
  let k = 0;
  // Headings keep their numbers (the steps), and a session's name its client, so that no part of
  // the note is another's (a meeting's parts differ by their people and figures); times and ratios
  // keep their figures.
  const client = attendee(seed);
  const figures = (line: string) =>
    line.startsWith('#')
      ? (namedHeadings && line.startsWith('## ') ? `${line} (${client})` : line)
      : line.replace(/(?<![\d:/.,])\d+(?![\d:/.,])/g, (digits) => {
          const n = Number(digits);
          k++;
          if (n >= 1900 && n <= 2100) return digits;
          return String(n <= 28 ? 1 + ((n + seed + k) % 28) : n + ((seed * 7 + k) % 500));
        });
  const named = text
    .replace(EXAMPLE_NAMES, (name) => FIRST[(seed * 5 + name.length) % FIRST.length])
    .replace(/\bAcme\b/g, `${BUYERS[seed % BUYERS.length]} ${LAST[seed % LAST.length]}`);
  return named.slice(0, end) + named.slice(end).split('\n').map(figures).join('\n');
}

const FIRST = ['Jean', 'Marie', 'Karim', 'Léa', 'Rachel', 'Omar', 'Sophie', 'Thomas', 'Nadia', 'Paul', 'Chloé', 'Hugo',
  'Inès', 'Lucas', 'Emma', 'Yann', 'Aïcha', 'Marc', 'Julie', 'Samir', 'Anne', 'David', 'Laura', 'Pierre'];
const LAST = ['Dupont', 'Martin', 'Bernard', 'Haddad', 'Kim', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Michel', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Mercier', 'Blanc', 'Guerin', 'Faure', 'Andre', 'Chevalier'];
const ROLES: Record<Language, string[]> = {
  fr: ['DAF', 'responsable des achats', 'cheffe de projet', 'directeur des opérations', 'responsable logistique', 'DSI', 'acheteuse'],
  en: ['CFO', 'procurement lead', 'project manager', 'operations director', 'logistics manager', 'CIO', 'buyer'],
};

export function attendee(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`;
}

const WORDS: Record<Language, {
  type: string; attendees: string; me: string; decider: string; section: string; steps: string; decision: string;
  said: (a: string, b: string, n: number) => string; step: (a: string, n: number) => string; decides: (a: string) => string;
}> = {
  fr: {
    type: 'rendez-vous', attendees: 'Participants', me: 'Moi (commercial)', decider: 'décideur', section: 'Échanges', steps: 'Prochaines étapes',
    decision: 'Processus de décision',
    said: (a, b, n) => `- ${a} explique que les erreurs de préparation coûtent ${n} k€ par an ; ${b} veut un pilote sur deux sites avant l'été.`,
    step: (a, n) => `- ${a} envoie le rapport d'erreurs du trimestre d'ici le ${1 + (n % 27)} mars`,
    decides: (a) => `La décision finale revient à ${a}, avec le comité d'investissement de janvier.`,
  },
  en: {
    type: 'meeting', attendees: 'Attendees', me: 'Me (account executive)', decider: 'decider', section: 'Discussion', steps: 'Next steps',
    decision: 'Decision process',
    said: (a, b, n) => `- ${a} explains that picking errors cost ${n}k a year; ${b} wants a pilot on two sites before the summer.`,
    step: (a, n) => `- ${a} sends last quarter's error report by ${1 + (n % 27)} March`,
    decides: (a) => `${a} makes the final decision, with the investment committee in January.`,
  },
};

/**
 * A meeting of about `size` characters with `people` buyers listed, discussed and given next steps.
 * With a `seed`, the buyers are others and the figures differ (see `vary`).
 */
export function meetingNote(language: Language, size: number, people = 12, lineEnding = '\n', seed?: number): string {
  const w = WORDS[language];
  const names = Array.from({ length: people }, (_, i) => attendee(seed === undefined ? i : seed * people + i));
  const head = [
    '---', `type: ${w.type}`, `lang: ${language}`, 'date: 2026-10-15', '---', '', `# ${language === 'fr' ? 'Rendez-vous' : 'Meeting'} Acme`, '',
    `## ${w.attendees}`, '',
    ...names.map((name, i) => `- ${name} – ${ROLES[language][i % ROLES[language].length]}${i === 0 ? ` (${w.decider})` : ''}`),
    `- ${w.me}`, '', `## ${w.decision}`, '', w.decides(names[0]), '',
  ];
  const tail = ['', `## ${w.steps}`, '', ...names.slice(0, 6).map((name, n) => w.step(name, n)), ''];
  const lines = [...head];
  let length = lines.join('\n').length + tail.join('\n').length;
  for (let n = 0; length < size; n++) {
    const section = n % 8 === 0 ? ['', `## ${w.section} ${n / 8 + 1}`, ''] : [];
    const line = w.said(names[n % people], names[(n * 3 + 1) % people], 10 + n);
    lines.push(...section, line);
    length += [...section, line].join('\n').length + 1;
  }
  const text = [...lines, ...tail].join(lineEnding).slice(0, Math.max(size, 0));
  return seed === undefined ? text : vary(text, seed);
}

/** Hostile or unusual shapes, each about `size` characters. */
export const SHAPES: Record<string, (size: number) => string> = {
  'setext headings': (size) => repeat(size, (n) => `Partie ${n}\n${n % 2 ? '=' : '-'.repeat(12)}\n\nUne ligne de notes sur la partie ${n}.\n\n`),
  'nested emphasis': (size) => repeat(size, (n) => `${'*a **b _c __d '.repeat(4)}fin ${n}${' d__ c_ b** a*'.repeat(3)}\n`),
  'long decision line': (size) => meetingNote('fr', 2_000).replace(/\n## Processus de décision\n\n[^\n]*/,
    `\n## Processus de décision\n\nDécideur : ${repeat(size, (n) => `${attendee(n)} (N+${1 + (n % 3)} de ${attendee(n + 1)}), `)}`),
  CRLF: (size) => sessionNote('fr', size).replace(/\n/g, '\r\n'),
  'many attendees': (size) => meetingNote('en', size, Math.max(4, Math.floor(size / 200))),
  'many comments': (size) => meetingNote('fr', 2_000).replace(/\n## Prochaines étapes\n\n/,
    `\n## Prochaines étapes\n\n${repeat(size, (n) => `- Rappeler ${attendee(n)}${' <!-- relance -->'.repeat(30)}\n`)}`),
};

function repeat(size: number, piece: (n: number) => string): string {
  let text = '';
  for (let n = 0; text.length < size; n++) text += piece(n);
  return text.slice(0, size);
}
