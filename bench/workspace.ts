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
import { WorkspaceIndex } from '../server/src/core/workspace';
import { workspaceFindings } from '../server/src/core/workspace/findings';
import type { NoteRecord } from '../server/src/core/workspace/record';
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

/** Starts the server on `folder`, waits for its index, stops it: the figures of that run. */
async function indexRun(root: string, folder: string, storagePath: string): Promise<ServerRun> {
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

/** One note's record changed (a next step done), the index updated and its account's cross-note findings computed again. */
function editMs(records: NoteRecord[], today: string, runs = 200): number {
  const index = new WorkspaceIndex();
  for (const record of records) index.set(record);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const record = records[(i * 37) % records.length];
    const edited: NoteRecord = { ...record, title: `${record.title} ${i}` };
    const t0 = performance.now();
    const affected = index.set(edited);
    for (const uri of affected) workspaceFindings(index, uri, today);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function benchWorkspace(root: string) {
  const folder = join(tmpdir(), 'boussole-bench-workspace');
  const storage = mkdtempSync(join(tmpdir(), 'boussole-bench-storage-'));
  const workspace = writeWorkspace(folder);
  try {
    const parser = unified().use(remarkParse);
    for (const text of workspace.texts.slice(0, 50)) parser.parse(text);
    const t0 = performance.now();
    for (const text of workspace.texts) parser.parse(text);
    const remarkMs = performance.now() - t0;
    const cold = await indexRun(root, folder, storage);
    const restart = await indexRun(root, folder, storage);
    const cache = JSON.parse(readFileSync(join(storage, CACHE_FILE), 'utf8')) as { notes: Record<string, { record: NoteRecord }> };
    const records = Object.values(cache.notes).map((note) => note.record);
    return {
      notes: workspace.files.length, megabytes: Number((workspace.bytes / 1e6).toFixed(1)), accounts: 200, cached: records.length,
      remarkMs, cold, restart, editMs: editMs(records, '2026-06-01'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}
