// A mutation fuzzer over the fixtures and examples: each case mutates a real note or a few of its
// lines (spans inserted, deleted, duplicated; hostile characters and shapes) and checks that the
// analysis never throws, costs about what a bare remark parse of the same text costs, and that every
// quick fix offered edits only its ranges and makes its finding go away (so it is never offered
// twice). Seeded: a failure prints the seed and case that reproduce it (`FUZZ_SEED=… npm run fuzz`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { workspaceFindings } from '../../server/src/core/workspace/findings';
import { WorkspaceIndex } from '../../server/src/core/workspace/index';
import { recordOf } from '../../server/src/core/workspace/record';
import { accountMap, followUps } from '../../server/src/core/workspace/views';
import { fixesFor } from '../../server/src/core/fixes';
import { splitLines } from '../../server/src/core/model';
import type { Finding, Note } from '../../server/src/core/types';
import { listFixtures } from '../helpers/fixtures';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

export function corpus(): string[] {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).map((f) => join(EXAMPLES, f));
  return [...listFixtures(), ...examples].map((path) => readFileSync(path, 'utf8'));
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (random: Random, max: number) => Math.floor(random() * max);

const SMALL: readonly ((random: Random) => string)[] = [
  () => '\0', () => '\ud800', () => '\udc00', () => '\u202e', () => '\u200f', () => '\ufeff', () => '\r', () => '\r\n',
  () => '<!-- boussole-disable-next-line -->\n', () => '<!-- ', () => ' -->', () => '**', () => '_', () => '[', () => '](',
  () => '\n---\n', () => '\n## Prochaines étapes\n\n- ', () => '\n## Participants\n\n- Jean Dupont – DAF (décideur)\n',
  () => '\n## Étape 2\n\nQ : Combien ?\n> Douze.\n', (random) => ' — '.repeat(1 + int(random, 20)), (random) => '('.repeat(1 + int(random, 50)),
  (random) => `${'*a '.repeat(int(random, 30))}x`, (random) => '?'.repeat(int(random, 30)), () => '\t', () => '|',
];

/** Shapes that used to cost far more than their size, kept rare: each is a few tens of kilobytes. */
const LARGE: readonly ((random: Random) => string)[] = [
  // A 50,000-character line.
  (random) => `\n${pick(random, ['Décideur : ', '- ', '> ', ''])}${pick(random, ['a', 'x ', '*a ', '[', '<!-- x --> ', 'Jean (N+2 de Marc), ', '? — ']).repeat(4_000)}`.slice(0, 50_000),
  (random) => `\n${'> '.repeat(200 + int(random, 800))}deep\n`,
  (random) => `\n${'- '.repeat(150 + int(random, 300))}deep\n`,
  (random) => `\n${Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n')}\n`.slice(0, 20_000 + int(random, 5_000)),
  (random) => `\n| a | b | c |\n| --- | --- | --- |\n${'| Jean | Combien ? | Douze |\n'.repeat(500 + int(random, 1_000))}`,
  () => '---\ntype: [unclosed\nlang: "fr\n---\n',
  () => `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n`,
  (random) => `\n${'Partie\n------\n\n'.repeat(1_000 + int(random, 1_000))}`,
];

export interface MutateOptions {
  /** How often a case grows into one of the large hostile shapes. */
  largeRate: number;
  /** How often a case starts from a few lines of a note rather than the whole of it. */
  windowRate: number;
}

/** A few lines of a note (up to about 1,000 characters), cut at line breaks: a cheap case that still reads like a note. */
function window(random: Random, note: string): string {
  const from = note.lastIndexOf('\n', int(random, note.length)) + 1;
  const to = note.indexOf('\n', from + 100 + int(random, 900));
  return note.slice(from, to < 0 ? note.length : to + 1);
}

export function mutate(random: Random, notes: readonly string[], options: MutateOptions = { largeRate: 0.01, windowRate: 0 }): string {
  const note = pick(random, notes);
  let text = random() < options.windowRate ? window(random, note) : note;
  const rounds = 1 + int(random, 4);
  for (let r = 0; r < rounds; r++) {
    const at = int(random, text.length + 1);
    const end = Math.min(text.length, at + int(random, 200));
    switch (int(random, 8)) {
      case 0: text = text.slice(0, at) + text.slice(end); break;
      case 1: text = text.slice(0, at) + text.slice(at, end) + text.slice(at); break;
      case 2: {
        const other = pick(random, notes);
        const from = int(random, other.length);
        text = text.slice(0, at) + other.slice(from, from + int(random, 400)) + text.slice(at);
        break;
      }
      case 3: text = text.replace(/\n/g, pick(random, ['\r\n', '\r', '\n'])); break;
      case 4: text = (random() < 0.5 ? '\ufeff' : '') + text; break;
      default: text = text.slice(0, at) + pick(random, SMALL)(random) + text.slice(at);
    }
  }
  if (random() < options.largeRate) {
    const at = int(random, text.length + 1);
    text = text.slice(0, at) + pick(random, LARGE)(random) + text.slice(at);
  }
  return text;
}

const remark = unified().use(remarkParse);

export interface CaseReport {
  /** Analysis plus the fixes of every finding, as an editor asks for them. */
  ms: number;
  remarkMs: number;
  fixes: number;
}

/**
 * Runs one case; throws with a message that says what went wrong. Every fix is checked to edit
 * only its ranges; `verify` of them (picked at random) are applied and the note analysed again, to
 * check that the finding is gone, so the fix is not offered a second time.
 */
export function check(text: string, verify = Infinity, random: Random = Math.random): CaseReport {
  const t0 = performance.now();
  const { model, findings } = analyze(text);
  const offered = findings.map((finding) => ({ finding, fixes: fixesFor(finding, model, text) }));
  const ms = performance.now() - t0;
  const t1 = performance.now();
  remark.parse(text);
  const remarkMs = performance.now() - t1;

  const lines = splitLines(text);
  const all = offered.flatMap(({ finding, fixes }) => fixes.map((fix) => ({ finding, fix })));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(verify, all.length)) chosen.add(int(random, all.length));
  const count = (list: readonly Finding[], finding: Finding) => {
    const data = JSON.stringify(finding.data ?? null);
    return list.filter((f) => f.rule === finding.rule && JSON.stringify(f.data ?? null) === data).length;
  };
  all.forEach(({ finding, fix }, index) => {
    const what = `${finding.rule}: ${fix.title}`;
    const out = applyChecked(text, lines, fix.edits, what);
    if (!chosen.has(index)) return;
    const again = analyze(out).findings;
    if (count(again, finding) >= count(findings, finding)) throw new Error(`${what}: the finding is still there once the fix is applied`);
  });
  checkRecord(model, text);
  return { ms, remarkMs, fixes: all.length };
}

/** The note's workspace record is plain JSON, and the cross-note rules read it and a follow-up of it without throwing. */
function checkRecord(model: Note, text: string): void {
  const record = recordOf(model, 'file:///fuzz/2026-01-05-case.md', text);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(record)), record, 'the record is not plain JSON');
  const index = new WorkspaceIndex();
  index.set(record);
  const follow = { uri: 'file:///fuzz/2026-02-05-next.md', range: record.titleRange };
  index.set({ ...record, uri: follow.uri, date: '2026-02-05', follows: { target: './2026-01-05-case.md', uri: record.uri, range: follow.range } });
  for (const uri of [record.uri, follow.uri]) workspaceFindings(index, uri, '2026-12-31');
  followUps(index, '2026-12-31');
  accountMap(index, { uri: record.uri });
}

/** Applies a fix's edits after checking each range lies in the text and none overlaps another. */
function applyChecked(text: string, lines: readonly string[], edits: readonly { range: { start: Pos; end: Pos }; newText: string }[], what: string): string {
  const offsets = lineOffsets(text);
  const offset = (p: Pos) => {
    if (p.line < 0 || p.line >= lines.length || p.character < 0 || p.character > lines[p.line].length) {
      throw new Error(`${what}: position ${p.line}:${p.character} outside the note`);
    }
    return offsets[p.line] + p.character;
  };
  const spans = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const span of spans) {
    if (span.end < span.start || span.start < last) throw new Error(`${what}: edits overlap or run backwards`);
    out += text.slice(last, span.start) + span.text;
    last = span.end;
  }
  out += text.slice(last);
  // Outside its ranges the note is unchanged.
  if (!out.startsWith(text.slice(0, spans[0]?.start ?? text.length)) || !out.endsWith(text.slice(spans.at(-1)?.end ?? text.length))) {
    throw new Error(`${what}: text outside the edited ranges changed`);
  }
  return out;
}

interface Pos {
  line: number;
  character: number;
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) offsets.push(match.index + match[0].length);
  return offsets;
}

export interface FuzzOptions extends Partial<MutateOptions> {
  cases: number;
  seed: number;
  /** Fixes applied and checked in full per case (every fix's ranges are checked). */
  verify?: number;
  /** Check only this case (the ones before it are still generated, so it is the same text). */
  only?: number;
  /** Check only the cases from this one on (the ones before it are still generated). */
  from?: number;
  /** Stop after this many failures (5 unless told). */
  maxFailures?: number;
  /** Called with the text of the case `only` names, before it is checked (to write it to a file). */
  dump?: (text: string) => void;
  progress?: (done: number) => void;
  /** Told of each failure as it happens (a long run shows them before it ends). */
  failed?: (failure: string) => void;
}

/** A case this long is timed against remark: shorter ones take too little time to compare. */
const TIMED_LENGTH = 10_000;
/** Analysis plus fixes within this many remark parses of the same text (and 200 ms of slack). */
const MAX_RATIO = 30;

/**
 * Runs the cases; returns what failed. Time is judged against a bare remark parse of the same text,
 * on the larger cases only, with a generous bound: a cost that grows faster than the text shows.
 */
export function runFuzz(options: FuzzOptions): string[] {
  const random = prng(options.seed);
  const notes = corpus();
  const mutation = { largeRate: options.largeRate ?? 0.01, windowRate: options.windowRate ?? 0 };
  const failures: string[] = [];
  let reported = 0;
  for (let i = 0; i < options.cases; i++) {
    const text = mutate(random, notes, mutation);
    const verifyRandom = prng(options.seed + i);
    if ((options.only !== undefined && i !== options.only) || i < (options.from ?? 0)) continue;
    if (options.only !== undefined) options.dump?.(text);
    const where = `case ${i} of FUZZ_SEED=${options.seed} (FUZZ_ONLY=${i} to run it alone)`;
    try {
      const report = check(text, options.verify, verifyRandom);
      if (text.length > TIMED_LENGTH && report.ms > MAX_RATIO * report.remarkMs + 200) {
        failures.push(`${where}: ${report.ms.toFixed(0)} ms against ${report.remarkMs.toFixed(0)} ms for remark on ${text.length} characters`);
      }
    } catch (error) {
      failures.push(`${where}: ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
    }
    if (failures.length > reported) options.failed?.(failures[reported++]);
    if (failures.length >= (options.maxFailures ?? 5)) break;
    if (i % 1_000 === 999) options.progress?.(i + 1);
  }
  return failures;
}
