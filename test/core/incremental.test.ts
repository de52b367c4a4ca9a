// A keystroke re-reads only the chunk it changed, and what the meeting readers keep with each
// chunk's sentences is used again: the findings and people after any series of edits must be those
// of the same text analysed from nothing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { ParseCache } from '../../server/src/core/markdown/cache';
import { meetingNote } from '../../bench/notes';

const ROOT = join(__dirname, '..', '..');

function notes(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return notes(path);
    return entry.name.endsWith('.md') ? [{ name: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** What a meeting's rules and features read: the findings and the people, decision and steps behind them. */
function reading(text: string, cache: ParseCache) {
  const { model, findings } = analyze(text, { cache });
  return {
    findings, kind: model.kind, stakeholders: model.stakeholders, participants: model.participants, decision: model.decision,
    addressee: model.addressee, attendeesAt: model.attendeesAt, nextSteps: model.nextSteps,
  };
}

/** Edits a consultant makes while typing: a letter, a deleted word, a new attendee, a decision, a step, a title. */
const EDITS: ((text: string, at: number) => string)[] = [
  (text, at) => `${text.slice(0, at)}e${text.slice(at)}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at + 6)}`,
  (text, at) => `${text.slice(0, lineStart(text, at))}- Claire Vidal (directrice financière, décideuse)\n${text.slice(lineStart(text, at))}`,
  (text, at) => `${text.slice(0, lineStart(text, at))}Rencontré Hugo Ferrand, DSI, qui arbitre le budget.\n\n${text.slice(lineStart(text, at))}`,
  (text, at) => `${text.slice(0, lineStart(text, at))}- Marc Olivier sends the revised quote by Friday\n${text.slice(lineStart(text, at))}`,
  (text, at) => `${text.slice(0, lineStart(text, at))}The CFO, Dana Wright, signs off; Jean is not the decider.\n\n${text.slice(lineStart(text, at))}`,
  (text, at) => `${text.slice(0, lineStart(text, at))}## Participants\n\n- Nadia Benali – DAF\n\n${text.slice(lineStart(text, at))}`,
  (text, at) => `${text.slice(0, at)}\n${text.slice(at)}`,
];

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
}

describe('incremental analysis', function () {
  // Walks every fixture and example: its time grows with them, and doubles on a loaded machine.
  this.timeout(120_000);
  const meetings = [...notes(join(ROOT, 'test', 'fixtures', 'meeting')), ...notes(join(ROOT, 'examples'))]
    .filter(({ text }) => analyze(text, { cache: new ParseCache() }).model.kind === 'meeting');
  meetings.push({ name: 'meeting fr 20 KB', text: meetingNote('fr', 20_000) }, { name: 'meeting en 20 KB', text: meetingNote('en', 20_000, 30) });

  it('reads the meeting notes of the fixtures and examples', () => {
    assert.ok(meetings.length >= 20, `${meetings.length} meeting notes`);
  });

  it('gives after each edit the findings and people of a cold analysis', () => {
    let seed = 17;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    let compared = 0;
    for (const note of meetings) {
      const cache = new ParseCache();
      let text = note.text;
      reading(text, cache);
      for (let i = 0; i < 4; i++) {
        text = EDITS[random(EDITS.length)](text, random(text.length + 1));
        assert.deepStrictEqual(reading(text, cache), reading(text, new ParseCache()), `${note.name}, edit ${i + 1}`);
        compared++;
      }
      // Back to the text it started from: what is read again from the cache is what was read first.
      assert.deepStrictEqual(reading(note.text, cache), reading(note.text, new ParseCache()), `${note.name}, undone`);
    }
    assert.ok(compared >= 80);
  });
});
