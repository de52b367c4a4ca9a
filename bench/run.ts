// `npm run bench [-- section...]`: Boussole against a baseline measured in the same run, so the
// ratios hold from one machine to another. Writes bench/results.json and the table of
// docs/performance.md. Sections: keystroke, cold, shapes, folder, heap, startup, workspace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { lint } from 'markdownlint/sync';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { analyze } from '../server/src/core/analyze';
import { fixesFor } from '../server/src/core/fixes';
import { ParseCache } from '../server/src/core/markdown/cache';
import { type Language, SHAPES, meetingNote, sessionNote } from './notes';
import { benchWorkspace } from './workspace';

const ROOT = join(__dirname, '..');
const OUT = process.env.BENCH_OUT ?? join(__dirname, 'results.json');
const DOCS = process.env.BENCH_DOCS ?? join(ROOT, 'docs', 'performance.md');
/** A case slower than this is not run at the next size: its figure reads "over budget". */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 20_000);
const wanted = new Set(process.argv.slice(2));
const runs = (section: string) => wanted.size === 0 || wanted.has(section);
const SECTIONS = ['keystroke', 'cold', 'shapes', 'folder', 'heap', 'startup', 'workspace'];

/**
 * Milliseconds of CPU the process spent (user and system): on a shared machine, wall time mostly
 * measures the neighbours. Threads of the process (the garbage collector's) count too.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(run: () => void, minRuns: number, minMs = 300): number {
  const times: number[] = [];
  const started = cpuMs();
  while (times.length < minRuns || (cpuMs() - started < minMs && times.length < 200)) {
    // A case far over budget keeps the runs it has: the figure says enough.
    if (times.length && cpuMs() - started > BUDGET_MS) break;
    const t0 = cpuMs();
    run();
    times.push(cpuMs() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * CPU milliseconds each tool runs untimed before a case is timed, on top of a few runs: the JIT
 * compiler's background threads count in the process's CPU time, and a tool whose run is short
 * would otherwise be timed while its code is still being compiled.
 */
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 2_000);

function warm(run: () => void, minRuns: number): void {
  const started = cpuMs();
  for (let i = 0; i < minRuns || (cpuMs() - started < WARM_MS && i < 2_000); i++) run();
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const markdownlint = (text: string) => lint({ strings: { note: text } });
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
/** Notes whose parts all differ, as a real note's do (a repeated part would be read from the cache). */
const NOTES: Record<string, (language: Language, size: number) => string> = {
  session: (language, size) => sessionNote(language, size, 1),
  meeting: (language, size) => meetingNote(language, size, 12, '\n', 1),
};
/** BENCH_MAX_SIZE=100000 leaves out the 1 MB notes, for a quick run. */
const MAX_SIZE = Number(process.env.BENCH_MAX_SIZE ?? Infinity);
const SIZES = ([['100 KB', 100_000], ['1 MB', 1_000_000]] as const).filter(([, size]) => size <= MAX_SIZE);

const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown> : {};
const results: Record<string, unknown> = { ...previous };

if (runs('keystroke')) {
  // One character typed in the middle of the note, the chunk cache warm, until the findings are there.
  const rows = [];
  for (const [kind, make] of Object.entries(NOTES)) {
    for (const language of ['fr', 'en'] as const) {
      for (const [label, size] of SIZES) {
        const text = make(language, size);
        analyze(text);
        const at = Math.floor(text.length / 2);
        let edits = 0;
        const edited = () => `${text.slice(0, at)}${'x'.repeat(++edits % 50)}${text.slice(at)}`;
        const minRuns = size >= 1_000_000 ? 5 : 15;
        // Both tools type untimed first, as in an editor that has been open a while: the figure is a
        // keystroke's cost, not the JIT compiler's warming up.
        const runs = size >= 1_000_000 ? 3 : 20;
        warm(() => analyze(edited()), runs);
        const boussole = median(() => analyze(edited()), minRuns);
        warm(() => markdownlint(edited()), runs);
        const baseline = median(() => markdownlint(edited()), size >= 1_000_000 ? 3 : 5);
        rows.push({ note: `${kind} ${language} ${label}`, boussoleMs: round(boussole), markdownlintMs: round(baseline), faster: round(baseline / boussole, 1) });
        console.log('keystroke', rows.at(-1));
      }
    }
  }
  results.keystroke = rows;
  results.keystrokeWarmup = 20;
  results.warmupCpuMs = WARM_MS;
  results.clock = 'cpu';
}

// Keystrokes, cold analyses and shapes are timed in CPU milliseconds (`clock: 'cpu'`).
if (runs('cold') || runs('shapes')) results.clock = 'cpu';

if (runs('cold')) {
  // A note analysed from nothing, against parsing it with remark, front matter and GFM.
  const rows = [];
  for (const [kind, make] of Object.entries(NOTES)) {
    for (const language of ['fr', 'en'] as const) {
      for (const [label, size] of [['10 KB', 10_000] as const, ...SIZES]) {
        const text = make(language, size);
        const minRuns = size >= 1_000_000 ? 3 : 10;
        // Warmed like keystrokes below 1 MB (a megabyte run warms itself): each tool's steady cost.
        const warmRuns = size >= 1_000_000 ? 0 : 1;
        warm(() => remark.parse(text), warmRuns);
        const baseline = median(() => remark.parse(text), minRuns);
        warm(() => analyze(text, { cache: new ParseCache() }), warmRuns);
        const boussole = median(() => analyze(text, { cache: new ParseCache() }), minRuns);
        rows.push({ note: `${kind} ${language} ${label}`, boussoleMs: round(boussole), remarkMs: round(baseline), ratio: round(boussole / baseline) });
        console.log('cold', rows.at(-1));
      }
    }
  }
  results.cold = rows;
  results.coldWarmupCpuMs = WARM_MS;
}

if (runs('shapes')) {
  // Each shape at 10 KB, 100 KB and 1 MB: cold analysis plus the fixes of every finding. Linear
  // means ten times the size costs about ten times the time.
  const rows = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    const times: (number | null)[] = [];
    for (const size of [10_000, 100_000, 1_000_000].filter((s) => s <= MAX_SIZE * 10)) {
      if (times.length && (times.at(-1) === null || times.at(-1)! > BUDGET_MS / 10)) {
        times.push(null);
        continue;
      }
      const text = make(size);
      times.push(round(median(() => {
        const { model, findings } = analyze(text, { cache: new ParseCache() });
        for (const finding of findings) fixesFor(finding, model, text);
      }, size >= 1_000_000 ? 1 : 3, 0)));
    }
    const growth = (a: number | null, b: number | null) => (a && b ? round(b / a, 1) : null);
    rows.push({ shape, ms10KB: times[0], ms100KB: times[1], ms1MB: times[2], x10: growth(times[0], times[1]), x100: growth(times[1], times[2]) });
    console.log('shapes', rows.at(-1));
  }
  results.shapes = rows;
}

/** Wall time and peak resident memory of a command, from /usr/bin/time when the machine has it. */
/** Wall time, and from /usr/bin/time the peak resident memory and the CPU time (user and system) of the run. */
function measure(command: string, args: string[]): { ms: number; cpuMs?: number; peakMB?: number } {
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const run = timed ? spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')?.[1];
  const seconds = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr ?? '')?.[1] ?? Number.NaN);
  const cpu = seconds('User') + seconds('System');
  return { ms: round(ms, 0), cpuMs: Number.isNaN(cpu) ? undefined : round(cpu * 1000, 0), peakMB: rss ? round(Number(rss) / 1024, 0) : undefined };
}

if (runs('folder')) {
  // 2,000 notes with realistic attendee lists: the CLI against markdownlint-cli2 on the same folder.
  const folder = join(tmpdir(), 'boussole-bench-folder');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < 2_000; i++) {
    const language = i % 2 ? 'en' : 'fr';
    // Each note its own: copies would be answered from the parse cache.
    const text = i % 3 === 0 ? sessionNote(language, 4_000 + (i % 7) * 500, i) : meetingNote(language, 5_000 + (i % 5) * 1_000, 3 + (i % 13), '\n', i);
    bytes += text.length;
    writeFileSync(join(folder, `note-${i}.md`), text);
  }
  const boussole = measure(process.execPath, [join(ROOT, 'bin', 'boussole.js'), 'check', folder, '--format', 'json']);
  const baseline = measure(process.execPath, [join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${folder}/**/*.md`]);
  results.folder = { notes: 2_000, megabytes: round(bytes / 1e6, 1), boussole, markdownlintCli2: baseline, faster: round(baseline.ms / boussole.ms, 2) };
  console.log('folder', results.folder);
  rmSync(folder, { recursive: true, force: true });
}

if (runs('heap')) {
  const edits = Number(process.env.BENCH_EDITS ?? 10_000);
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'heap.ts'), String(edits), '100000'], { encoding: 'utf8', cwd: ROOT });
  const samples = JSON.parse(child.stdout) as { edits: number; heapMB: number }[];
  const atTenth = samples.find((s) => s.edits >= edits / 10)!;
  const last = samples.at(-1)!;
  results.heap = { note: 'meeting fr 100 KB', edits, samples: samples.map((s) => ({ ...s, heapMB: round(s.heapMB, 1) })), growth: round(last.heapMB / atTenth.heapMB, 2) };
  console.log('heap', results.heap);
}

/**
 * Milliseconds from spawning a language server to the first diagnostics of a 10 KB note. `lingerMs`
 * keeps it running after that (long enough for Boussole to write its code cache).
 */
async function firstDiagnostics(args: string[], text: string, env: NodeJS.ProcessEnv = {}, lingerMs = 0): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'], cwd: ROOT, env: { ...process.env, ...env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = pathToFileURL(join(tmpdir(), 'bench-note.md')).href;
  const published = new Promise<void>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
      if (params.uri === uri) resolve();
    });
  });
  connection.onRequest((method: string, params: unknown) => (method === 'workspace/configuration' ? ((params as { items?: unknown[] }).items ?? []).map(() => null) : null));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  connection.sendNotification('initialized', {});
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await published;
  const ms = performance.now() - t0;
  if (lingerMs) await new Promise((resolve) => setTimeout(resolve, lingerMs));
  connection.dispose();
  child.kill();
  await new Promise((resolve) => (child.exitCode === null && child.signalCode === null ? child.once('exit', resolve) : resolve(undefined)));
  return ms;
}

/**
 * Boussole's server keeps V8's code cache of its bundles in the user's cache folder: its first start
 * ever (no cache: a new install or version) and its usual start (the cache of an earlier one) are
 * timed apart, each in a folder of the benchmark's own.
 */
async function startup(): Promise<void> {
  const text = meetingNote('fr', 10_000);
  const server = [join(ROOT, 'dist', 'server.js'), '--stdio'];
  const caches = join(tmpdir(), `boussole-bench-code-cache-${process.pid}`);
  const warmCache = join(caches, 'warm');
  const firstCache = join(caches, 'first');
  // One start that stays up a while writes the cache the usual starts read.
  await firstDiagnostics(server, text, { BOUSSOLE_CODE_CACHE: warmCache }, 3_000);
  const first: number[] = [];
  const usual: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 7; i++) {
    rmSync(firstCache, { recursive: true, force: true });
    first.push(await firstDiagnostics(server, text, { BOUSSOLE_CODE_CACHE: firstCache }));
    baseline.push(await firstDiagnostics([join(__dirname, 'markdownlint-server.mjs'), '--stdio'], text));
    usual.push(await firstDiagnostics(server, text, { BOUSSOLE_CODE_CACHE: warmCache }));
  }
  rmSync(caches, { recursive: true, force: true });
  const mid = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const spread = (list: number[]) => `${round(Math.min(...list), 0)}–${round(Math.max(...list), 0)}`;
  const kb = (file: string) => (existsSync(join(ROOT, 'dist', file)) ? round(readFileSync(join(ROOT, 'dist', file)).length / 1024, 0) : 0);
  results.startup = {
    note: 'meeting fr 10 KB', boussoleMs: round(mid(usual), 0), boussoleFirstStartMs: round(mid(first), 0), markdownlintServerMs: round(mid(baseline), 0),
    ratio: round(mid(usual) / mid(baseline), 2), firstStartRatio: round(mid(first) / mid(baseline), 2),
    spreadMs: { boussole: spread(usual), boussoleFirstStart: spread(first), markdownlint: spread(baseline) },
    serverBundleKB: kb('server-bundle.js'), analysisBundleKB: kb('analysis-worker-bundle.js'),
  };
  console.log('startup', results.startup);
}

async function main(): Promise<void> {
  // Written first as well: a server that fails to start must not lose the other figures.
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  if (runs('startup')) await startup();
  if (runs('workspace')) {
    const w = await benchWorkspace(ROOT);
    results.workspace = {
      ...w, remarkMs: round(w.remarkMs, 0), remarkCpuMs: round(w.remarkCpuMs, 0), edit: { ms: round(w.edit.ms, 2), cpuMs: round(w.edit.cpuMs, 2) },
      idle: roundRun(w.idle), cold: roundRun(w.cold), restart: roundRun(w.restart), ratio: round(w.cold.indexMs / w.remarkMs, 2),
      cpuRatio: w.cold.cpuMs ? round(w.cold.cpuMs / w.remarkCpuMs, 2) : null,
    };
    console.log('workspace', results.workspace);
  }
  results.machine = { loadAverage: round(loadavg()[0], 1), cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, memoryGB: round(totalmem() / 2 ** 30, 1), node: process.version, date: new Date().toISOString().slice(0, 10) };
  // Sections keep the figures of their last run: each says on what machine and day that was.
  const ran = Object.fromEntries(SECTIONS.filter(runs).map((section) => [section, results.machine]));
  results.measuredOn = { ...(previous.measuredOn as object | undefined), ...ran };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  const before = join(__dirname, 'results-before.json');
  if (process.env.BENCH_DOCS !== 'off') writeFileSync(DOCS, performancePage(results, existsSync(before) ? JSON.parse(readFileSync(before, 'utf8')) : undefined));
}

function roundRun(run: { indexMs: number; peakMB?: number; cpuMs?: number }) {
  return { indexMs: round(run.indexMs, 0), peakMB: run.peakMB && round(run.peakMB, 0), cpuMs: run.cpuMs && round(run.cpuMs, 0) };
}

/** docs/performance.md: what was measured, on what machine, and the figures of the last run. */
function performancePage(r: Record<string, any>, before?: Record<string, any>): string {
  const page = sections(r, '##');
  const head = [
    '# Performance', '',
    'Measured by `npm run bench`, which writes `bench/results.json` and this page. Every figure is set against a',
    'baseline measured in the same run on the same machine, so the ratios are what to compare.',
    '`npm run bench -- <section>` (keystroke, cold, shapes, folder, heap, startup, workspace) runs some sections',
    'only; the others keep the figures of their last run.', '',
    'Where each section was last measured (the machine is shared: absolute times swing with its load, the ratios less so):', '',
    ...SECTIONS.map((section) => {
      const m = r.measuredOn?.[section] ?? r.machine;
      return `- ${section}: ${m.cpus}, ${m.memoryGB} GB, Node ${m.node}, ${m.date}, load average ${m.loadAverage} when the run ended`;
    }),
    '',
  ];
  const old = before ? ['## Before the linear-time work', '', `From \`bench/results-before.json\`: ${before.machine.note}.`, '', ...sections(before, '###')] : [];
  return `${[...head, ...page, ...old].join('\n')}\n`;
}

function sections(r: Record<string, any>, level: string): string[] {
  const table = (head: string[], rows: (string | number | null)[][]) => [
    `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.map((c) => c ?? 'over budget').join(' | ')} |`),
  ].join('\n');
  const parts: string[] = [];
  const unit = r.clock === 'cpu' ? 'CPU ms' : 'ms';
  const warmed = (ms: number | undefined) => (ms ? ` and at least ${ms / 1000} s of CPU` : '');
  if (r.keystroke) parts.push('## Keystroke', '', `One character typed in the middle of the note, until the findings are computed${r.keystrokeWarmup ? `, after ${r.keystrokeWarmup} untimed keystrokes (3 on 1 MB)${warmed(r.warmupCpuMs)} as in an editor open a while` : ''}; markdownlint lints the same edited text${r.keystrokeWarmup ? ', warmed the same way' : ''}.`, '',
    table(['note', `Boussole ${unit} (median)`, `markdownlint ${unit}`, 'Boussole faster'], r.keystroke.map((x: any) => [x.note, x.boussoleMs, x.markdownlintMs, `${x.faster}x`])), '');
  if (r.cold) parts.push('## Cold analysis', '', `A note analysed from nothing (a new chunk cache), against remark-parse + remark-frontmatter + remark-gfm parsing it${r.coldWarmupCpuMs ? `; below 1 MB each tool first runs untimed for${warmed(r.coldWarmupCpuMs).replace(' and', '')}, so both are timed once compiled` : ''}.`, '',
    table(['note', `Boussole ${unit}`, `remark ${unit}`, 'ratio'], r.cold.map((x: any) => [x.note, x.boussoleMs, x.remarkMs, `${x.ratio}x`])), '');
  if (r.shapes) parts.push('## Pathological shapes', '', 'Cold analysis plus the quick fixes of every finding; linear means about 10x the time for 10x the text.', '',
    table(['shape', `10 KB ${unit}`, `100 KB ${unit}`, `1 MB ${unit}`, '10 KB → 100 KB', '100 KB → 1 MB'], r.shapes.map((x: any) => [x.shape, x.ms10KB, x.ms100KB, x.ms1MB, x.x10 && `${x.x10}x`, x.x100 && `${x.x100}x`])), '');
  if (r.folder) parts.push('## A folder of notes', '', `${r.folder.notes} notes (${r.folder.megabytes} MB), each with its own people and figures (no two share a chunk, as no two real notes do): \`boussole check\` against \`markdownlint-cli2\` on the same folder.`, '',
    table(['tool', 'wall ms', 'CPU ms', 'peak RSS MB'], [['boussole check', r.folder.boussole.ms, r.folder.boussole.cpuMs, r.folder.boussole.peakMB], ['markdownlint-cli2', r.folder.markdownlintCli2.ms, r.folder.markdownlintCli2.cpuMs, r.folder.markdownlintCli2.peakMB]]), '');
  if (r.heap) parts.push('## Heap over edits', '', `${r.heap.edits} edits of one ${r.heap.note} note, heap after a full collection.`, '',
    table(['edits', 'heap MB'], r.heap.samples.map((x: any) => [x.edits, x.heapMB])), '', `Last against a tenth of the way: ${r.heap.growth}x.`, '');
  if (r.workspace) {
    const w = r.workspace;
    parts.push('## Workspace index', '', `${w.notes} generated notes (${w.megabytes} MB, French and English, meetings and sessions, ${w.accounts} accounts of ten notes): the language server reads them all in the background, against a bare remark parse (remark-parse alone) of the same notes in the benchmark's process; then it starts again on its cache; then one note's record changes and its account's cross-note findings are computed again.`, '',
      table(['run', 'index ms (wall)', 'process CPU ms', 'peak RSS MB'], [
        ['empty folder (the server alone)', w.idle.indexMs, w.idle.cpuMs, w.idle.peakMB], ['cold (no cache)', w.cold.indexMs, w.cold.cpuMs, w.cold.peakMB], ['restart (cache read back)', w.restart.indexMs, w.restart.cpuMs, w.restart.peakMB],
      ]), '',
      `Bare remark parse ${w.remarkMs} ms wall, ${w.remarkCpuMs} ms CPU: the cold index takes ${w.ratio}x that in wall time, ${w.cpuRatio}x in CPU time (the server's whole process, start-up and both threads included). One edited note, once analysed: ${w.edit.ms} ms wall, ${w.edit.cpuMs} ms CPU (medians of 60) to make its record, update the index and compute its account's cross-note findings again. The machine is shared: wall times swing with its load, CPU times much less.`, '');
  }
  if (r.startup) {
    const st = r.startup;
    const rows = st.boussoleFirstStartMs === undefined
      ? [['Boussole', st.boussoleMs], ['markdownlint', st.markdownlintServerMs]]
      : [['Boussole (usual start: code cache of an earlier start)', st.boussoleMs, st.spreadMs.boussole], ['Boussole (first start ever: no code cache)', st.boussoleFirstStartMs, st.spreadMs.boussoleFirstStart], ['markdownlint', st.markdownlintServerMs, st.spreadMs.markdownlint]];
    parts.push('## Start-up', '', 'Spawning the server to the first diagnostics of a 10 KB note, against a minimal markdownlint language server (`bench/markdownlint-server.mjs`), the runs of both taken in turn. Boussole keeps V8\'s code cache of its bundles in the user\'s cache folder: its first start after an install or an update compiles them, the next ones read the cache.', '',
      table(st.boussoleFirstStartMs === undefined ? ['server', 'ms (median of 7)'] : ['server', 'ms (median of 7)', 'fastest–slowest'], rows), '',
      st.firstStartRatio === undefined ? `Ratio ${st.ratio}x; server bundle ${st.serverBundleKB} KB.` : `Ratio ${st.ratio}x at a usual start, ${st.firstStartRatio}x at the first; bundles ${st.serverBundleKB} KB (server) and ${st.analysisBundleKB} KB (analysis thread).`, '');
  }
  return parts.map((part) => part.replace(/^## /, `${level} `));
}

void main();
