// The workspace index at scale: the language server reads a generated workspace of 2,000 notes in
// the background, against a bare remark parse of the same notes in this process; then it starts
// again and reads its cache back; then one edited note updates the index and its account's
// cross-note findings.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { analyze } from '../server/src/core/analyze';
import { WorkspaceIndex } from '../server/src/core/workspace';
import { workspaceFindings } from '../server/src/core/workspace/findings';
import { type NoteRecord, recordOf } from '../server/src/core/workspace/record';
import { CACHE_FILE } from '../server/src/lsp/workspace/cache';
import { writeWorkspace } from './workspace-notes';

export interface ServerRun {
  /** From `initialized` to the end of the index's progress. */
  indexMs: number;
  /** Peak resident memory of the server process (threads included), from /usr/bin/time. */
  peakMB?: number;
  /** User + system CPU time of the whole process, start-up included. */
  cpuMs?: number;
}

/**
 * Starts the server on `folder`, waits for its index, stops it: the figures of that run. An empty
 * folder is indexed only with `boussole.workspace.index` set to `always` (`auto` waits for a note).
 */
async function indexRun(root: string, folder: string, storagePath: string, index: 'auto' | 'always' = 'auto'): Promise<ServerRun> {
  const server = join(root, 'dist', 'server.js');
  const timed = existsSync('/usr/bin/time');
  const child = timed
    ? spawn('/usr/bin/time', ['-v', process.execPath, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const ended = new Promise<void>((resolve) => {
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      if (params.value.kind === 'end') resolve();
    });
  });
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    initializationOptions: { storagePath }, capabilities: { window: { workDoneProgress: true } },
  });
  const t0 = performance.now();
  await connection.sendNotification('initialized', {});
  if (index !== 'auto') await connection.sendNotification('workspace/didChangeConfiguration', { settings: { boussole: { workspace: { index } } } });
  await ended;
  const indexMs = performance.now() - t0;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.once('exit', resolve));
  connection.dispose();
  const number = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1] ?? Number.NaN);
  const rss = number('Maximum resident set size \\(kbytes\\)');
  const cpu = (number('User time \\(seconds\\)') + number('System time \\(seconds\\)')) * 1000;
  return { indexMs, peakMB: Number.isNaN(rss) ? undefined : rss / 1024, cpuMs: Number.isNaN(cpu) ? undefined : cpu };
}

/**
 * One edited note, already analysed (as the editor's analysis thread does): its record made from the
 * model, the index updated, and the cross-note findings of every note that may have changed with it
 * (its account's) computed again.
 */
function edit(records: NoteRecord[], files: string[], texts: string[], today: string, runs = 60): { ms: number; cpuMs: number } {
  const index = new WorkspaceIndex();
  for (const record of records) index.set(record);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const n = (i * 37) % files.length;
    const text = `${texts[n]}\n- Relance ${i}\n`;
    const { model } = analyze(text);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const affected = index.set(recordOf(model, pathToFileURL(files[n]).href, text));
    for (const uri of affected) workspaceFindings(index, uri, today);
    const cpu = process.cpuUsage(cpu0);
    times.push(performance.now() - t0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { ms: median(times), cpuMs: median(cpuTimes) };
}

export async function benchWorkspace(root: string) {
  const folder = join(tmpdir(), 'boussole-bench-workspace');
  const storage = mkdtempSync(join(tmpdir(), 'boussole-bench-storage-'));
  const workspace = writeWorkspace(folder);
  try {
    const parser = unified().use(remarkParse);
    for (const text of workspace.texts.slice(0, 50)) parser.parse(text);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const text of workspace.texts) parser.parse(text);
    const cpu = process.cpuUsage(cpu0);
    const remarkMs = performance.now() - t0;
    const remarkCpuMs = (cpu.user + cpu.system) / 1000;
    // The same server on an empty folder: what the process holds before any note.
    const empty = mkdtempSync(join(tmpdir(), 'boussole-bench-empty-'));
    const idle = await indexRun(root, empty, join(empty, 'storage'), 'always');
    rmSync(empty, { recursive: true, force: true });
    const cold = await indexRun(root, folder, storage);
    const restart = await indexRun(root, folder, storage);
    const cache = JSON.parse(readFileSync(join(storage, CACHE_FILE), 'utf8')) as { notes: Record<string, { record: NoteRecord }> };
    const records = Object.values(cache.notes).map((note) => note.record);
    return {
      notes: workspace.files.length, megabytes: Number((workspace.bytes / 1e6).toFixed(1)), accounts: 200, cached: records.length,
      remarkMs, remarkCpuMs, idle, cold, restart, edit: edit(records, workspace.files, workspace.texts, '2026-06-01'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}
