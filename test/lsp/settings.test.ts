// `boussole.enable`, read from the editor's settings through workspace/configuration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol';
import { startClient } from '../helpers/lsp-client';

const reference = readFileSync(join(__dirname, '..', '..', 'examples', 'seance-richard-posture-commerciale.md'), 'utf8');

describe('language server settings', () => {
  it('publishes nothing while boussole.enable is false, and checks again once it is true', async () => {
    let enable = false;
    const client = await startClient({ configuration: (section) => (section === 'boussole' ? { enable } : null) });
    try {
      assert.deepEqual(await client.open('seance.md', reference), []);
      enable = true;
      const next = client.nextDiagnostics(client.uri('seance.md'));
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const codes = (await next).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('no-facts'), codes.join());
    } finally {
      await client.stop();
    }
  });
});
