// The editor's `boussole` settings: read from what the client answers to workspace/configuration
// (pull) or sends with workspace/didChangeConfiguration (push), and merged with the configuration
// file, which wins rule by rule, as markdownlint's files win over its settings.
import schema from '../../../schemas/boussole.schema.json';
import type { RuleSetting } from '../core/analyze';

export interface Settings {
  enable: boolean;
  /** Rule id -> severity or 'off', as in a configuration file's `rules`. */
  rules: Record<string, RuleSetting>;
  /** Notes that are not open get their findings too (Problems shows the whole workspace). */
  workspaceDiagnostics: boolean;
  /** `boussole.workspace.index`: whether the workspace's notes are read together. */
  index: IndexMode;
}

/**
 * `auto`: the index is built when the workspace folders hold notes (else once one is opened there);
 * `always`: built and kept watching even before a note exists; `off`: no index, no cross-note finding.
 */
export type IndexMode = 'auto' | 'always' | 'off';
const INDEX_MODES: readonly string[] = ['auto', 'always', 'off'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({ enable: true, rules: Object.freeze({}), workspaceDiagnostics: true, index: 'auto' });

/** Every rule id a setting may name: the configuration schema's list, kept equal to the registry by a test. */
export const RULE_IDS: readonly string[] = Object.keys(schema.properties.rules.properties);
const SEVERITIES: readonly string[] = schema.definitions.setting.enum;

/** Settings from whatever the editor sent: unknown rule ids and values are dropped, never fatal. */
export function readSettings(value: unknown): Settings {
  const raw = isObject(value) ? value : {};
  const rules: Record<string, RuleSetting> = {};
  if (isObject(raw.rules)) {
    for (const [id, setting] of Object.entries(raw.rules)) {
      if (RULE_IDS.includes(id) && typeof setting === 'string' && SEVERITIES.includes(setting)) rules[id] = setting as RuleSetting;
    }
  }
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  // VS Code nests `boussole.workspace.index` ({ workspace: { index } }); other editors may send the dotted key.
  const index = isObject(raw.workspace) ? raw.workspace.index : raw['workspace.index'];
  return {
    enable: flag(raw.enable, DEFAULT_SETTINGS.enable),
    rules,
    workspaceDiagnostics: flag(raw.workspaceDiagnostics, DEFAULT_SETTINGS.workspaceDiagnostics),
    index: typeof index === 'string' && INDEX_MODES.includes(index) ? (index as IndexMode) : DEFAULT_SETTINGS.index,
  };
}

/**
 * The `boussole` section of a didChangeConfiguration payload (`{ settings: { boussole: {...} } }`,
 * as Neovim sends it), or undefined when the payload carries none (VS Code sends `null` and
 * expects the server to pull).
 */
export function pushedSection(payload: unknown): unknown {
  if (!isObject(payload) || !isObject(payload.settings)) return undefined;
  const section = payload.settings.boussole;
  return isObject(section) ? section : undefined;
}

/** The rules that apply: the settings', then the configuration file's over them. */
export function effectiveRules(settings: Settings, fileRules: Readonly<Record<string, RuleSetting>>): Record<string, RuleSetting> {
  return { ...settings.rules, ...fileRules };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
