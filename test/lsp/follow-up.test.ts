// The follow-up request through the protocol: the client sends a note, the server writes its follow-up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOLLOW_UP_REQUEST, type FollowUpParams, type FollowUpResult } from '../../server/src/lsp/protocol';
import { startClient, type TestClient } from '../helpers/lsp-client';

const EXAMPLE = 'good-meeting-acme-renewal.md';

describe('language server: follow-up request', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  it('writes the follow-up of a meeting next to a name already in use, linked back, its next steps to review', async () => {
    const params: FollowUpParams = {
      text: readFileSync(join(__dirname, '..', '..', 'examples', EXAMPLE), 'utf8'),
      fileName: EXAMPLE,
      date: '2026-11-06',
      taken: [EXAMPLE, '2026-11-06-good-meeting-acme-renewal-follow-up.md'],
    };
    const result = await client.connection.sendRequest<FollowUpResult>(FOLLOW_UP_REQUEST, params);
    assert.equal(result.fileName, '2026-11-06-good-meeting-acme-renewal-follow-up-2.md');
    assert.match(result.text, /^---\ntype: meeting\nlang: en\ndate: 2026-11-06\nfollows: \.\/good-meeting-acme-renewal\.md\n---\n/);
    assert.deepEqual(result.text.split('\n').filter((line) => line.startsWith('- [ ] ')), [
      '- [ ] Omar sends last quarter\'s pick error report by 22 October',
      '- [ ] Workshop with Rachel and Omar on 5 November to agree the pilot scope and success criteria',
    ]);
  });
});
