// The protocol's edge cases, as editors really send them: diagnostics always belong to the latest
// text, nothing comes after a close, bad requests get error responses, and a note being analysed
// never holds up the answers to other requests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeAction, ErrorCodes, type Hover, ResponseError } from 'vscode-languageserver-protocol';
import { PING_REQUEST } from '../../server/src/lsp/protocol';
import { largeMeetingNote } from '../helpers/large-note';
import { startClient, type TestClient } from '../helpers/lsp-client';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const meeting = readFileSync(join(EXAMPLES, 'rdv-responsable-du-machin.md'), 'utf8');
/** The same meeting with its next step aimed at the decider: no next-step-non-decider any more. */
const fixedMeeting = meeting.replace('Présenter notre proposition à Jean Dupont', 'Obtenir un rendez-vous avec le N+2 de Jean Dupont');
const session = readFileSync(join(EXAMPLES, 'seance-richard-posture-commerciale.md'), 'utf8');

const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => String(d.code));

async function errorOf(request: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await request;
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error;
  }
  assert.fail('the request succeeded');
}

describe('language server protocol', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  const open = (name: string, text: string, version: number) => client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: client.uri(name), languageId: 'markdown', version, text },
  });
  const change = (name: string, text: string, version: number) => client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: client.uri(name), version }, contentChanges: [{ text }],
  });

  describe('diagnostics belong to the latest text', () => {
    it('re-analyses a document opened again with the same version and another text', async () => {
      assert.ok(codes(await client.open('reopen.md', meeting)).includes('next-step-non-decider'));
      const next = client.nextDiagnostics(client.uri('reopen.md'));
      await open('reopen.md', fixedMeeting, 1);
      assert.ok(!codes((await next).diagnostics).includes('next-step-non-decider'));
    });

    it('re-analyses after a close and a reopen at the same version', async () => {
      assert.ok(!codes(await client.open('closed-reopen.md', fixedMeeting)).includes('next-step-non-decider'));
      const cleared = client.nextDiagnostics(client.uri('closed-reopen.md'));
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri('closed-reopen.md') } });
      assert.deepEqual((await cleared).diagnostics, []);
      assert.ok(codes(await client.open('closed-reopen.md', meeting)).includes('next-step-non-decider'));
    });

    it('re-analyses a change that repeats the previous version number', async () => {
      await client.open('repeat.md', meeting);
      const uri = client.uri('repeat.md');
      let next = client.nextDiagnostics(uri);
      await change('repeat.md', fixedMeeting, 2);
      assert.ok(!codes((await next).diagnostics).includes('next-step-non-decider'));
      next = client.nextDiagnostics(uri);
      await change('repeat.md', meeting, 2);
      assert.ok(codes((await next).diagnostics).includes('next-step-non-decider'));
    });

    it('analyses a document opened at version 0, and its first edit', async () => {
      assert.ok(codes(await client.open('zero.md', meeting, 0)).includes('next-step-non-decider'));
      const next = client.nextDiagnostics(client.uri('zero.md'));
      await change('zero.md', fixedMeeting, 1);
      const published = await next;
      assert.equal(published.version, 1);
      assert.ok(!codes(published.diagnostics).includes('next-step-non-decider'));
    });

    it('publishes nothing for a document after its close, not even what was being analysed', async () => {
      const uri = client.uri('gone.md');
      await client.open('gone.md', meeting);
      const before = client.published(uri).length;
      // A new text is waiting for the pause in typing, another one is being analysed: close both.
      await change('gone.md', fixedMeeting, 2);
      await open('gone.md', session, 3);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      // Later work on another note is done after anything left over from the closed one.
      await client.open('after-gone.md', meeting);
      await client.change('after-gone.md', fixedMeeting);
      assert.deepEqual(client.published(uri).slice(before).map((p) => p.diagnostics), [[]], 'only the clearing on close');
    });
  });

  describe('requests', () => {
    it('answers malformed params with InvalidParams', async () => {
      await client.open('params.md', session);
      const hover = await errorOf(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri('params.md') } }));
      assert.equal(hover.code, ErrorCodes.InvalidParams);
      const noDocument = await errorOf(client.connection.sendRequest('textDocument/documentSymbol', {}));
      assert.equal(noDocument.code, ErrorCodes.InvalidParams);
      const codeAction = await errorOf(client.ask('textDocument/codeAction', 'params.md', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
      assert.equal(codeAction.code, ErrorCodes.InvalidParams);
      const followUp = await errorOf(client.connection.sendRequest('boussole/followUp', { fileName: 'a.md', date: '2026-01-01', taken: [] }));
      assert.equal(followUp.code, ErrorCodes.InvalidParams);
      // The server is still fine afterwards.
      const valid = await client.ask<Hover | null>('textDocument/hover', 'params.md', { position: { line: 0, character: 0 } });
      assert.equal(valid, null);
    });

    it('answers an unknown request with MethodNotFound', async () => {
      const error = await errorOf(client.connection.sendRequest('boussole/noSuchThing', {}));
      assert.equal(error.code, ErrorCodes.MethodNotFound);
      assert.deepEqual(await client.connection.sendRequest(PING_REQUEST), {});
    });
  });

  it('answers hover, completion and code actions while a large note is being analysed, before that note\'s diagnostics', async function () {
    this.timeout(60_000);
    const diagnostics = await client.open('small.md', session);
    const line = session.split('\n').findIndex((l) => l.startsWith('## Étape 3'));
    const big = client.uri('big.md');
    const bigDiagnostics = client.nextDiagnostics(big);
    await open('big.md', largeMeetingNote(1_000_000), 1);
    const hover = await client.ask<Hover | null>('textDocument/hover', 'small.md', { position: { line, character: 5 } });
    client.mark('hover');
    const completion = await client.ask<unknown[] | null>('textDocument/completion', 'small.md', { position: { line, character: 3 } });
    client.mark('completion');
    const noFacts = diagnostics.find((d) => d.code === 'no-facts')!;
    const actions = await client.ask<CodeAction[]>('textDocument/codeAction', 'small.md', { range: noFacts.range, context: { diagnostics: [noFacts] } });
    client.mark('code actions');
    assert.ok(hover, 'the hover has content');
    assert.ok(completion?.length, 'step headings are offered');
    assert.ok(actions.length, 'quick fixes are offered');
    await bigDiagnostics;
    const order = client.events.filter((event) => !event.startsWith('diagnostics') || event === `diagnostics ${big}`);
    assert.deepEqual(order, ['hover', 'completion', 'code actions', `diagnostics ${big}`]);
  });
});

describe('language server robustness', () => {
  it('keeps running when the client refuses client/registerCapability', async () => {
    const client = await startClient({ configuration: () => ({ enable: true }), refuseRegistration: true });
    try {
      assert.ok(codes(await client.open('refused.md', meeting)).includes('next-step-non-decider'));
      assert.deepEqual(await client.connection.sendRequest(PING_REQUEST), {});
      assert.equal(client.child.exitCode, null, 'the server is still running');
    } finally {
      await client.stop();
    }
  });

  it('cuts off an analysis over its time budget and says so in one info finding', async function () {
    this.timeout(60_000);
    const client = await startClient({ args: ['--analysis-budget-ms=1'] });
    try {
      const diagnostics = await client.open('huge.md', largeMeetingNote(1_000_000));
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['analysis-interrupted', 3]]);
      assert.match(String(diagnostics[0].message), /^Vérification interrompue/);
      assert.match(diagnostics[0].codeDescription!.href, /docs\/rules\/analysis-interrupted\.md$/);
      // The thread that was stopped is replaced: the server still answers and analyses.
      assert.deepEqual(await client.connection.sendRequest(PING_REQUEST), {});
      const symbols = await client.ask<unknown[]>('textDocument/documentSymbol', 'huge.md');
      assert.deepEqual(symbols, [], 'nothing of an interrupted note is shown as checked');
    } finally {
      await client.stop();
    }
  });

  it('does not check again a text that went over budget; an edit is tried again after a pause', async function () {
    this.timeout(60_000);
    const client = await startClient({ args: ['--analysis-budget-ms=1'] });
    const stopped: string[] = [];
    client.connection.onNotification('window/logMessage', (params: { message: string }) => {
      if (params.message.startsWith('Boussole stopped checking')) stopped.push(params.message);
    });
    try {
      const note = largeMeetingNote(300_000);
      assert.deepEqual(codes(await client.open('slow.md', note)), ['analysis-interrupted']);
      const first = Date.now();
      // A new text is another chance, taken once the pause after the last attempt is over.
      const edited = `${note}\nUne ligne de plus.\n`;
      assert.deepEqual(codes(await client.change('slow.md', edited)), ['analysis-interrupted']);
      assert.ok(Date.now() - first >= 800, `tried again after ${Date.now() - first} ms`);
      await client.connection.sendRequest(PING_REQUEST);
      assert.equal(stopped.length, 2);
      // Pauses in typing that leave the text as it was (an edit undone, a save) run nothing again.
      for (let i = 0; i < 3; i++) assert.deepEqual(codes(await client.change('slow.md', edited)), ['analysis-interrupted']);
      await client.connection.sendRequest(PING_REQUEST);
      assert.equal(stopped.length, 2, stopped.join('\n'));
    } finally {
      await client.stop();
    }
  });
});
