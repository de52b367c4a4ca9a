// What the extension declares matches what it does: every registered command is in the palette
// under "Boussole", activates the extension, and the setting the commands read exists.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const extension = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
const english = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const french = JSON.parse(readFileSync(join(ROOT, 'package.nls.fr.json'), 'utf8'));
/** A manifest string as VS Code shows it: `%key%` looked up in the language's nls file. */
const shown = (value: string, nls: Record<string, string>) => value.replace(/^%(.+)%$/, (_, key: string) => nls[key]);

describe('extension manifest', () => {
  it('contributes every registered command, under the Boussole category, with its activation event', () => {
    const registered = [...extension.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands;
    assert.deepEqual(contributed.map((c: { command: string }) => c.command).sort(), registered);
    assert.deepEqual(contributed.map((c: { title: string }) => shown(c.title, english)).sort(),
      ['New co-development session', 'New follow-up of this note', 'New meeting note', 'Show account map']);
    assert.deepEqual(contributed.map((c: { title: string }) => shown(c.title, french)).sort(),
      ['Afficher la carte du compte', 'Nouveau suivi de cette note', 'Nouvelle note de rendez-vous', 'Nouvelle séance de codéveloppement']);
    for (const command of contributed) {
      assert.equal(command.category, 'Boussole');
      assert.ok(manifest.activationEvents.includes(`onCommand:${command.command}`), command.command);
    }
  });

  it('contributes the follow-ups view to the Explorer, named in both languages', () => {
    const [view] = manifest.contributes.views.explorer;
    assert.equal(view.id, 'boussole.followUps');
    assert.deepEqual([shown(view.name, english), shown(view.name, french)], ['Follow-ups', 'Suivis']);
    assert.match(extension, /registerFollowUps\(/);
  });

  it('offers the default language setting: auto, French or English', () => {
    const setting = manifest.contributes.configuration.properties['boussole.defaultLanguage'];
    assert.deepEqual([setting.enum, setting.default], [['auto', 'fr', 'en'], 'auto']);
  });

  it('injects the grammar into Markdown', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
    const file = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8'));
    assert.equal(file.scopeName, grammar.scopeName);
  });

  it('packs the templates, the grammar and both bundles into the .vsix', function () {
    this.timeout(60_000); // vsce spawns and reads the tree: slow on a loaded machine
    const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').map((l) => l.trim());
    for (const snippet of manifest.contributes.snippets) assert.ok(files.includes(snippet.path.replace(/^\.\//, '')), snippet.path);
    for (const file of ['syntaxes/boussole.injection.tmLanguage.json', 'dist/client.js', 'dist/server.js']) assert.ok(files.includes(file), file);
  });
});
