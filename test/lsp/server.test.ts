// The language server through the real protocol, as an editor talks to it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { FOLLOW_UP_REQUEST, type FollowUpParams, type FollowUpResult } from '../../server/src/lsp/protocol';
import { startClient, type TestClient } from '../helpers/lsp-client';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const referenceSession = readFileSync(join(EXAMPLES, 'seance-richard-posture-commerciale.md'), 'utf8');

describe('language server', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes Boussole diagnostics when a note is opened', async () => {
    const diagnostics = await client.open('seance.md', referenceSession);
    const noFacts = diagnostics.find((d) => d.code === 'no-facts');
    assert.ok(noFacts, diagnostics.map((d) => d.code).join());
    assert.equal(noFacts.source, 'boussole');
    assert.equal(noFacts.severity, 2);
    assert.equal(noFacts.range.start.line, referenceSession.split('\n').findIndex((l) => l.startsWith('## Étape 2')));
    assert.ok(diagnostics.some((d) => d.code === 'request-not-reformulated'));
    const doc = fileURLToPath(noFacts.codeDescription!.href);
    assert.match(doc, /docs[/\\]rules[/\\]no-facts\.md$/);
    assert.ok(readFileSync(doc, 'utf8').includes('no-facts'), 'the linked page exists');
  });

  it('re-checks after an edit and clears diagnostics on close', async () => {
    const uri = client.uri('meeting.md');
    const text = readFileSync(join(EXAMPLES, 'rdv-responsable-du-machin.md'), 'utf8');
    const first = await client.open('meeting.md', text);
    assert.ok(first.some((d) => d.code === 'next-step-non-decider'), first.map((d) => d.code).join());

    const fixed = text.replace('Présenter notre proposition à Jean Dupont', 'Obtenir un rendez-vous avec le N+2 de Jean Dupont');
    const afterEdit = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }],
    });
    const codes = (await afterEdit).diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('next-step-non-decider'), codes.join());

    const afterClose = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await afterClose).diagnostics, []);
  });

  it('explains a step in the note language on hover', async () => {
    await client.open('hover.md', referenceSession);
    const line = referenceSession.split('\n').findIndex((l) => l.startsWith('## Étape 3'));
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri('hover.md') }, position: { line, character: 5 },
    });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Étape 3/);
    assert.match(value, /contrat de la séance/);
    const none = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri('hover.md') }, position: { line: line + 2, character: 3 },
    });
    assert.equal(none, null);
  });

  it('stays silent on ordinary Markdown', async () => {
    assert.deepEqual(await client.open('README.md', '# Tool\n\n## Installation\n\nnpm i\n'), []);
  });

  it('writes the follow-up of a meeting on request: a free name, linked back, its next steps to review', async () => {
    const meeting = 'good-meeting-acme-renewal.md';
    const params: FollowUpParams = {
      text: readFileSync(join(EXAMPLES, meeting), 'utf8'),
      fileName: meeting,
      date: '2026-11-06',
      taken: [meeting, '2026-11-06-good-meeting-acme-renewal-follow-up.md'],
    };
    const result = await client.connection.sendRequest<FollowUpResult>(FOLLOW_UP_REQUEST, params);
    assert.equal(result.fileName, '2026-11-06-good-meeting-acme-renewal-follow-up-2.md');
    assert.match(result.text, /^---\ntype: meeting\nlang: en\ndate: 2026-11-06\naccount: Acme Logistics\nfollows: \.\/good-meeting-acme-renewal\.md\ndecider: Rachel Kim\n---\n/);
    assert.deepEqual(result.text.split('\n').filter((line) => line.startsWith('- [ ] ')), [
      '- [ ] Omar sends last quarter\'s pick error report by 22 October',
      '- [ ] Workshop with Rachel and Omar on 5 November to agree the pilot scope and success criteria',
    ]);
  });
});
