// Finds and reads configuration files: the nearest one above a note wins, `extends` builds on
// others by relative path. Any problem is reported once and the defaults apply.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { AnalyzeOptions, RuleSetting } from '../core/analyze';
import type { Language, Range } from '../core/types';
import type { LexiconAdditions } from '../lexicon/additions';

// The parsers (JSONC, YAML) and the schema's validator weigh more than the rest of the language
// server's thread and serve only once a configuration file is found: loaded with the first one.
let readers: { parse: typeof import('./parse'); validate: typeof import('./validate') } | undefined;
const configReaders = () => (readers ??= { parse: require('./parse'), validate: require('./validate') });

/** In the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['.boussole.jsonc', '.boussole.json', '.boussole.yaml', '.boussole.yml'];

export interface ConfigProblem {
  /** Absolute path of the configuration file the problem is in. */
  file: string;
  /** Zero-based, like LSP positions. */
  range: Range;
  message: string;
}

/** Globs written in one file, matched against paths relative to its folder. */
export interface GlobGroup {
  base: string;
  patterns: readonly string[];
}

export interface BoussoleConfig {
  rules: Record<string, RuleSetting>;
  language?: Language;
  lexicon: LexiconAdditions;
  /** Which files are notes; undefined: every .md and .markdown file. */
  notes?: GlobGroup;
  ignore: GlobGroup[];
}

export interface LoadedConfig {
  /** The configuration file that applies (absolute path), if any. */
  file?: string;
  /** Every file read for it (the file and what it extends), to watch for changes. */
  files: string[];
  config: BoussoleConfig;
  /** Empty when the configuration is valid; otherwise one problem, and `config` holds the defaults. */
  problems: ConfigProblem[];
}

export const DEFAULT_CONFIG: BoussoleConfig = Object.freeze({ rules: {}, lexicon: {}, ignore: [] });

const nearestByFolder = new Map<string, string | null>();
const loadedByFile = new Map<string, LoadedConfig>();

/** Forgets what was read: call it when a configuration file is created, changed or deleted. */
export function invalidateConfigCache(): void {
  nearestByFolder.clear();
  loadedByFile.clear();
}

/** The configuration file that applies to a note: the nearest one in its folder or above. */
export function findConfigFile(notePath: string): string | undefined {
  const visited: string[] = [];
  let folder = dirname(resolve(notePath));
  let found: string | null | undefined;
  for (;;) {
    found = nearestByFolder.get(folder);
    if (found !== undefined) break;
    visited.push(folder);
    found = CONFIG_FILE_NAMES.map((name) => join(folder, name)).find(isFile) ?? null;
    if (found) break;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const seen of visited) nearestByFolder.set(seen, found ?? null);
  return found ?? undefined;
}

/**
 * The folders `findConfigFile` looks in for a note: its own and each one above, up to the one that
 * holds `file` (the file found), or up to the root when none was.
 */
export function configFolders(notePath: string, file: string | undefined): string[] {
  const last = file === undefined ? undefined : dirname(resolve(file));
  const folders: string[] = [];
  for (let folder = dirname(resolve(notePath)); ; folder = dirname(folder)) {
    folders.push(folder);
    if (folder === last || dirname(folder) === folder) return folders;
  }
}

/** The configuration that applies to a note, with its problems. */
export function loadConfigFor(notePath: string): LoadedConfig {
  const file = findConfigFile(notePath);
  return file ? loadConfigFile(file) : { files: [], config: DEFAULT_CONFIG, problems: [] };
}

/** Reads one configuration file and what it extends; `text` stands for its unsaved content. */
export function loadConfigFile(path: string, text?: string): LoadedConfig {
  const file = resolve(path);
  if (text === undefined) {
    const cached = loadedByFile.get(file);
    if (cached) return cached;
  }
  const files: string[] = [];
  const result = readLayer(file, text, [], files);
  const loaded: LoadedConfig = 'problem' in result
    ? { file, files, config: DEFAULT_CONFIG, problems: [result.problem] }
    : { file, files, config: result.config, problems: [] };
  if (text === undefined) loadedByFile.set(file, loaded);
  return loaded;
}

/** What `analyze` needs from a configuration. */
export function analyzeOptions(config: BoussoleConfig): Pick<AnalyzeOptions, 'rules' | 'lexicon' | 'defaultLanguage'> {
  return { rules: config.rules, lexicon: config.lexicon, defaultLanguage: config.language };
}

/** Whether a file is a note for this configuration: matched by `notes` (or Markdown) and not ignored. */
export function isNoteFile(config: BoussoleConfig, notePath: string): boolean {
  const path = resolve(notePath);
  if (isIgnoredFile(config, path)) return false;
  return config.notes ? matches(config.notes, path) : /\.(md|markdown)$/i.test(path);
}

/** Whether the configuration's `ignore` leaves a file out, whatever its extension. */
export function isIgnoredFile(config: BoussoleConfig, notePath: string): boolean {
  const path = resolve(notePath);
  return config.ignore.some((group) => matches(group, path));
}

function matches(group: GlobGroup, path: string): boolean {
  const inside = relative(group.base, path).split('\\').join('/');
  if (inside.startsWith('../') || inside === '..') return false;
  return picomatch.isMatch(inside, group.patterns as string[], { dot: true });
}

type Layer = { config: BoussoleConfig } | { problem: ConfigProblem };

interface RawConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  language?: Language;
  notes?: string[];
  ignore?: string[];
  lexicon?: LexiconAdditions;
}

function readLayer(file: string, text: string | undefined, chain: readonly string[], files: string[]): Layer {
  files.push(file);
  const problem = (message: string, range: Range = ZERO): Layer => ({ problem: { file, range, message } });
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return problem(`cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const { parse, validate } = configReaders();
  const parsed = parse.parseConfigText(file, text.replace(/^\uFEFF/, ''));
  if (parsed.syntaxError) return problem(parsed.syntaxError.message, parsed.syntaxError.range);
  const invalid = validate.schemaProblem(parsed.data);
  if (invalid) return problem(invalid.message, parsed.rangeOf(invalid.path, invalid.atKey));
  const raw = parsed.data as RawConfig;

  let config: BoussoleConfig = DEFAULT_CONFIG;
  const bases = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  for (const [index, base] of bases.entries()) {
    const at = parsed.rangeOf(Array.isArray(raw.extends) ? ['extends', index] : ['extends']);
    const target = resolve(dirname(file), base);
    const identity = realPath(target);
    const cycle = [...chain, realPath(file)];
    if (cycle.includes(identity)) {
      const names = [...cycle.slice(cycle.indexOf(identity)), identity].map(shownPath);
      return problem(`"extends" makes a cycle: ${names.join(' -> ')}; a configuration cannot extend itself`, at);
    }
    if (!isFile(target)) return problem(`"extends" names "${base}", which is not a file (paths are relative to this file)`, at);
    const layer = readLayer(target, undefined, cycle, files);
    if ('problem' in layer) return layer;
    config = combine(config, layer.config);
  }
  return { config: combine(config, own(raw, dirname(file))) };
}

function own(raw: RawConfig, base: string): BoussoleConfig {
  return {
    rules: raw.rules ?? {},
    language: raw.language,
    lexicon: raw.lexicon ?? {},
    notes: raw.notes ? { base, patterns: raw.notes } : undefined,
    ignore: raw.ignore ? [{ base, patterns: raw.ignore }] : [],
  };
}

/** `over` wins: rules by rule, language and notes whole; ignores and lexicon lists add up. */
function combine(under: BoussoleConfig, over: BoussoleConfig): BoussoleConfig {
  const lists = (key: 'company' | 'sellers' | 'deciderTitles') => [...(under.lexicon[key] ?? []), ...(over.lexicon[key] ?? [])];
  const byKey = <K extends string>(a: Partial<Record<K, readonly string[]>> = {}, b: Partial<Record<K, readonly string[]>> = {}) => {
    const out: Partial<Record<K, readonly string[]>> = { ...a };
    for (const [key, value] of Object.entries(b) as [K, readonly string[]][]) out[key] = [...(out[key] ?? []), ...value];
    return out;
  };
  return {
    rules: { ...under.rules, ...over.rules },
    language: over.language ?? under.language,
    notes: over.notes ?? under.notes,
    ignore: [...under.ignore, ...over.ignore],
    lexicon: {
      company: lists('company'),
      sellers: lists('sellers'),
      deciderTitles: lists('deciderTitles'),
      steps: byKey(under.lexicon.steps, over.lexicon.steps),
      sections: byKey(under.lexicon.sections, over.lexicon.sections),
    },
  };
}

/** Relative to the current folder when inside it, so messages stay short. */
function shownPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The real path of a file, or the path itself when it cannot be resolved (a missing file, a broken link). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
