// What is overdue depends on the day: when the local day changes while the server runs, the notes'
// cross-note findings are worked out again, once. The clock is a fake one the tests move by hand:
// nothing here waits for real time to pass.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection, type Diagnostic, InitializeRequest, InitializedNotification, type ProtocolConnection,
  PublishDiagnosticsNotification, type PublishDiagnosticsParams, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { type Clock, watchDays } from '../../server/src/lsp/workspace/clock';
import { startServer } from '../../server/src/lsp/server';
import { WORKSPACE_NOTES } from './workspace-notes';

const ROOT = join(__dirname, '..', '..');

/** A clock that moves only when told; its timers fire as it passes them. */
function fakeClock(start: Date): Clock & { advance(ms: number): void; pending(): number } {
  let now = start.getTime();
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => new Date(now),
    setTimer(callback, ms) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return { cancel: () => void (timers = timers.filter((t) => t !== timer)) };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.callback();
      }
      now = until;
    },
    pending: () => timers.length,
  };
}

const local = (day: string, time: string) => new Date(`${day}T${time}`);

describe('the day changing while the server runs', () => {
  it('is told once per new day, at midnight, and not in between', () => {
    const clock = fakeClock(local('2026-03-10', '22:00:00'));
    const days: string[] = [];
    const watcher = watchDays(clock, (day) => days.push(day), undefined);
    clock.advance(90 * 60 * 1_000);
    assert.deepEqual(days, [], 'still 10 March at 23:30');
    clock.advance(60 * 60 * 1_000);
    assert.deepEqual(days, ['2026-03-11']);
    clock.advance(20 * 60 * 60 * 1_000);
    assert.deepEqual(days, ['2026-03-11'], 'the hourly checks of the same day say nothing');
    clock.advance(4 * 60 * 60 * 1_000);
    assert.deepEqual(days, ['2026-03-11', '2026-03-12']);
    watcher.dispose();
    assert.equal(clock.pending(), 0);
    clock.advance(48 * 60 * 60 * 1_000);
    assert.equal(days.length, 2, 'nothing after dispose');
  });

  it('is never told with a fixed day (BOUSSOLE_TODAY)', () => {
    const clock = fakeClock(local('2026-03-10', '23:00:00'));
    const days: string[] = [];
    watchDays(clock, (day) => days.push(day), '2026-11-16');
    assert.equal(clock.pending(), 0);
    clock.advance(48 * 60 * 60 * 1_000);
    assert.deepEqual(days, []);
  });

  describe('through the protocol', function () {
    this.timeout(30_000);
    let folder: string;
    let client: ProtocolConnection;
    const published = new Map<string, PublishDiagnosticsParams[]>();
    const watchers: (() => void)[] = [];
    const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
    const until = (test: () => boolean) => new Promise<void>((resolve) => {
      if (test()) return resolve();
      const watcher = () => {
        if (!test()) return;
        watchers.splice(watchers.indexOf(watcher), 1);
        resolve();
      };
      watchers.push(watcher);
    });
    const codes = (list: Diagnostic[]) => list.map((d) => d.code);
    const last = (uri: string) => published.get(uri)?.at(-1)?.diagnostics;

    afterEach(async () => {
      await client.sendRequest('shutdown');
      client.dispose();
      delete process.env.BOUSSOLE_CODE_CACHE;
      rmSync(join(folder, '..'), { recursive: true, force: true });
    });

    it('re-checks the open note and the unopened ones after midnight, the open one first', async () => {
      folder = join(mkdtempSync(join(tmpdir(), 'boussole-day-')), 'notes');
      for (const [name, text] of Object.entries(WORKSPACE_NOTES)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
      }
      // The first Girard meeting's proposal is due on 10 March: not overdue that day, overdue the next.
      const clock = fakeClock(local('2026-03-10', '23:59:00'));
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      // The analysis threads this process starts keep no code cache in the user's cache folder.
      process.env.BOUSSOLE_CODE_CACHE = 'off';
      startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
        root: ROOT, workerScript: join(ROOT, 'dist', 'analysis-worker.js'), clock,
      });
      client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
      const order: string[] = [];
      client.onNotification(PublishDiagnosticsNotification.type, (params) => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
        order.push(params.uri);
        for (const watcher of [...watchers]) watcher();
      });
      let indexed = false;
      client.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
      client.onNotification('$/progress', (params: { value: { kind: string } }) => {
        if (params.value.kind === 'end') indexed = true;
        for (const watcher of [...watchers]) watcher();
      });
      client.listen();
      await client.sendRequest(InitializeRequest.type, {
        processId: null, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'notes' }],
        capabilities: { window: { workDoneProgress: true } }, initializationOptions: { watchConfigFiles: false },
      });
      await client.sendNotification(InitializedNotification.type, {});
      await until(() => indexed);

      const first = 'girard/2026-03-02-premier-rdv.md';
      const follow = uriOf('girard/2026-03-23-suivi.md');
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(first), languageId: 'markdown', version: 1, text: WORKSPACE_NOTES[first] } });
      await until(() => last(uriOf(first)) !== undefined && codes(last(uriOf(first))!).includes('open-items-not-reviewed') === false
        && last(follow) !== undefined);
      assert.ok(!codes(last(uriOf(first))!).includes('overdue-commitment'), 'due today: not overdue yet');

      const before = order.length;
      clock.advance(2 * 60 * 1_000);
      await until(() => codes(last(uriOf(first)) ?? []).includes('overdue-commitment'));
      const overdue = last(uriOf(first))!.find((d) => d.code === 'overdue-commitment')!;
      assert.match(String(overdue.message), /Envoyer la proposition commerciale/);
      assert.equal(order[before], uriOf(first), `the open note first: ${order.slice(before).join('\n')}`);
    });
  });
});
