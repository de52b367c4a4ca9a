// A generated workspace for the index benchmark: 2,000 notes (about 12 MB), French and English,
// meetings and co-development sessions, 200 accounts of ten notes each, every meeting with the
// account's own attendees (a few of them each time), dates in order and `follows:` links; each note
// its own text (`vary`), so that the parse cache is no help across notes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attendee, type Language, meetingNote, sessionNote, vary } from './notes';

const COMPANIES = ['Girard', 'Machin', 'Lumen', 'Rivière', 'Orbital', 'Nexa', 'Caldera', 'Boréal', 'Quartz', 'Helio', 'Sirius',
  'Atlas', 'Verdier', 'Pioneer', 'Marlin', 'Cobalt', 'Hexagone', 'Delta', 'Azur', 'Kestrel'];
const KINDS = ['Industries', 'Logistique', 'Transports', 'Services', 'Systems', 'Foods', 'Santé', 'Energy', 'Retail', 'Conseil'];

export interface GeneratedWorkspace {
  folder: string;
  files: string[];
  texts: string[];
  bytes: number;
}

export function accountName(account: number): string {
  return `${COMPANIES[account % COMPANIES.length]} ${KINDS[Math.floor(account / COMPANIES.length) % KINDS.length]}`;
}

/** Note `n` of an account: a meeting (or, one in five, a session), dated a fortnight after the previous one. */
export function workspaceNote(account: number, n: number): { name: string; text: string } {
  const language: Language = account % 2 ? 'en' : 'fr';
  const name = accountName(account);
  const day = new Date(Date.UTC(2026, 0, 5 + n * 14 + (account % 9)));
  const date = day.toISOString().slice(0, 10);
  const file = `${date}-${n}.md`;
  const follows = n ? `follows: ./${new Date(Date.UTC(2026, 0, 5 + (n - 1) * 14 + (account % 9))).toISOString().slice(0, 10)}-${n - 1}.md\n` : '';
  if (n % 5 === 4) {
    const session = sessionNote(language, 3_600 + (account % 7) * 500, account * 10 + n);
    return { name: file, text: session.replace(/^---\n/, `---\n${follows}`).replace(/^date: .*$/m, `date: ${date}`) };
  }
  // The account's people, a different few at each meeting.
  const people = 3 + ((account + n) % 5);
  const offset = account * 11 + n;
  let text = meetingNote(language, 3_600 + ((account + n) % 5) * 1_000, people);
  for (let i = people - 1; i >= 0; i--) text = text.split(attendee(i)).join(attendee(offset + i));
  text = text
    .replace('date: 2026-10-15', `date: ${date}\n${language === 'fr' ? 'compte' : 'account'}: ${name}\n${follows}`.trimEnd())
    .replace(/^# (Rendez-vous|Meeting) Acme$/m, `# ${language === 'fr' ? 'Rendez-vous' : 'Meeting'} ${n + 1} – ${name}`);
  // Its own figures too: no two notes share their lines, as no two real notes do.
  return { name: file, text: vary(text, account * 10 + n) };
}

export function writeWorkspace(folder: string, accounts = 200, notesPerAccount = 10): GeneratedWorkspace {
  rmSync(folder, { recursive: true, force: true });
  const files: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (let account = 0; account < accounts; account++) {
    const dir = join(folder, accountName(account).toLowerCase().replace(/ /g, '-') + `-${account}`);
    mkdirSync(dir, { recursive: true });
    for (let n = 0; n < notesPerAccount; n++) {
      const { name, text } = workspaceNote(account, n);
      const file = join(dir, name);
      writeFileSync(file, text);
      files.push(file);
      texts.push(text);
      bytes += Buffer.byteLength(text);
    }
  }
  return { folder, files, texts, bytes };
}
