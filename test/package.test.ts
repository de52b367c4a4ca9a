// What a user installs: the .vsix file list and a client bundle that loads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

describe('extension package', () => {
  it('ships the bundles, the manifest and the rule pages, and nothing from the sources', function () {
    this.timeout(60_000);
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout.split('\n').map((f) => f.trim()).filter(Boolean);
    for (const needed of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/server-bundle.js', 'dist/analysis-worker.js', 'dist/analysis-worker-bundle.js', 'docs/rules/no-facts.md', 'schemas/boussole.schema.json', 'LICENSE', 'README.md',
      // Localisation: the manifest's strings, the client's French messages, the walkthrough's pages.
      'package.nls.json', 'package.nls.fr.json', 'l10n/bundle.l10n.fr.json', 'media/walkthrough/six-steps.md', 'media/walkthrough/six-steps.fr.md',
      'media/walkthrough/compass.md', 'media/walkthrough/compass.fr.md', 'media/walkthrough/rules.md', 'media/walkthrough/rules.fr.md']) {
      assert.ok(files.includes(needed), `${needed} in ${files.join(', ')}`);
    }
    assert.ok(!files.some((f) => /^(node_modules|server|client|test|examples)\//.test(f)), files.join(', '));
    assert.ok(!files.includes('dist/cli.js'), 'the CLI is not part of the extension');
  });

  it('has a client bundle that loads and exports activate/deactivate', () => {
    // The real `vscode` module only exists inside the editor; a stub stands in for loading.
    const resolve = (Module as unknown as { _resolveFilename: (...args: unknown[]) => string })._resolveFilename;
    const stub = join(ROOT, 'test', 'helpers', 'vscode-stub.js');
    (Module as unknown as { _resolveFilename: (...args: unknown[]) => string })._resolveFilename = function (request: unknown, ...rest: unknown[]) {
      return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
    };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const client = require(join(ROOT, 'dist', 'client.js'));
      assert.equal(typeof client.activate, 'function');
      assert.equal(typeof client.deactivate, 'function');
    } finally {
      (Module as unknown as { _resolveFilename: unknown })._resolveFilename = resolve;
    }
  });

  it('keeps the analysis core out of the client bundle: the server does the analysis', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'client.js'), 'utf8');
    for (const dependency of ['remark-parse', 'unified', 'snowball-stemmers', 'stopword', 'yaml']) {
      assert.ok(!bundle.includes(`node_modules/${dependency}/`), `${dependency} is bundled into the client`);
    }
    assert.ok(!bundle.includes('server/src/core/'), 'core code is bundled into the client');
  });
});
