// What the extension says in VS Code exists in English and in French: the manifest's `%key%`
// strings (package.nls*.json) and the client's messages (vscode.l10n, l10n/bundle.l10n.fr.json).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('package.json'));
const english: Record<string, string> = JSON.parse(read('package.nls.json'));
const french: Record<string, string> = JSON.parse(read('package.nls.fr.json'));

/** Every string value of the manifest, wherever it sits. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The first argument of every `l10n.t('…')` in the client's sources. */
function clientMessages(): string[] {
  const folder = join(ROOT, 'client', 'src');
  const files = readdirSync(folder, { recursive: true }).map(String).filter((name) => name.endsWith('.ts'));
  return files.flatMap((file) => [...readFileSync(join(folder, file), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
}

describe('localisation', () => {
  it('defines every %key% of package.json, in English and in French', () => {
    const keys = strings(manifest).flatMap((value) => [...value.matchAll(/^%([^%\s]+)%$/g)].map((m) => m[1]));
    assert.ok(keys.length > 40, `${keys.length} keys`);
    for (const key of keys) {
      assert.ok(english[key], `package.nls.json: ${key}`);
      assert.ok(french[key], `package.nls.fr.json: ${key}`);
    }
    assert.deepEqual(Object.keys(english).filter((key) => !keys.includes(key)), [], 'no key the manifest does not use');
  });

  it('has the same keys in both languages, and French where the text is prose', () => {
    assert.deepEqual(Object.keys(french).sort(), Object.keys(english).sort());
    const untranslated = Object.keys(english).filter((key) => english[key] === french[key] && english[key].split(' ').length > 2);
    assert.deepEqual(untranslated, []);
  });

  it('localises command titles, setting descriptions and the walkthrough', () => {
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%.+%$/, command.command);
    for (const [name, setting] of Object.entries<Record<string, unknown>>(manifest.contributes.configuration.properties)) {
      assert.match(String(setting.description ?? setting.markdownDescription), /^%.+%$/, name);
    }
    assert.ok(strings(manifest.contributes.walkthroughs).filter((value) => /\s/.test(value)).length === 0, 'no literal prose in the walkthrough');
  });

  it('translates every message the client shows, and keeps no stale translation', () => {
    const messages = clientMessages();
    assert.ok(messages.length >= 3, messages.join('\n'));
    const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.fr.json'));
    for (const message of messages) assert.ok(bundle[message] && bundle[message] !== message, `French for: ${message}`);
    assert.deepEqual(Object.keys(bundle).filter((key) => !messages.includes(key)), []);
    assert.equal(manifest.l10n, './l10n');
  });
});

describe('walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const steps: { id: string; description: string; media: { markdown: string } }[] = walkthrough.steps;

  it('teaches the six steps and the compass rule, with buttons that start the templates', () => {
    for (const nls of [english, french]) {
      const [sixSteps, compass] = steps.map((step) => nls[step.description.slice(1, -1)]);
      assert.match(sixSteps, /\]\(command:boussole\.newSession\)/);
      assert.match(compass, /\]\(command:boussole\.newMeeting\)/);
    }
    assert.match(english[steps[1].description.slice(1, -1)], /move the buyer toward a decision/);
    assert.match(french[steps[1].description.slice(1, -1)], /rapprocher l’acheteur d’une décision/);
  });

  it('shows each step\'s media in the display language, from files in the extension', () => {
    for (const step of steps) {
      const key = step.media.markdown.slice(1, -1);
      assert.notEqual(english[key], french[key], key);
      for (const path of [english[key], french[key]]) assert.ok(existsSync(join(ROOT, path)), path);
    }
    const sixSteps = read(english[steps[0].media.markdown.slice(1, -1)]);
    for (const step of ['Exposé', 'Clarification', 'Reformulation', 'Reactions', 'Action plan', 'Learnings']) assert.ok(sixSteps.includes(step), step);
    const sixStepsFr = read(french[steps[0].media.markdown.slice(1, -1)]);
    for (const step of ['Exposé', 'clarification', 'Reformulation', 'Réactions', 'Plan d’action', 'Apprentissages']) assert.ok(sixStepsFr.includes(step), step);
  });
});

describe('boussole.rules setting', () => {
  const schema = JSON.parse(read('schemas/boussole.schema.json'));
  const setting = manifest.contributes.configuration.properties['boussole.rules'];

  it('has the configuration file\'s shape: every rule id, the same severities', () => {
    assert.deepEqual(Object.keys(setting.properties), Object.keys(schema.properties.rules.properties));
    for (const rule of Object.values<{ enum: string[] }>(setting.properties)) assert.deepEqual(rule.enum, schema.definitions.setting.enum);
    assert.equal(setting.additionalProperties, false);
  });
});

describe('workspace trust and virtual workspaces', () => {
  it('runs in Restricted Mode, since nothing from the workspace is executed, and says what virtual workspaces get', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    assert.match(english[manifest.capabilities.virtualWorkspaces.description.slice(1, -1)], /open in the editor/);
  });
});
