// What applies to one open note: the editor's settings (pulled through workspace/configuration, or
// pushed with didChangeConfiguration) and the configuration file above the note, which wins.
// Configuration files are read from disk for local (file:) notes only; a virtual or untitled note
// gets the settings alone. Besides the editor's file events, the server watches the configuration
// files it read and the folders it looked for them in (`config-watcher.ts`), unless the client
// passes `watchConfigFiles: false`.
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientCapabilities, Connection } from 'vscode-languageserver/node';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import type { AnalyzeOptions } from '../core/analyze';
import {
  analyzeOptions, CONFIG_FILE_NAMES, configFolders, DEFAULT_CONFIG, invalidateConfigCache, isNoteFile, type LoadedConfig, loadConfigFor,
} from '../config';
import { type ConfigWatcher, configWatcher, type WatchTarget, type WatchFolder } from './config-watcher';
import type { InitializationOptions } from './protocol';
import { DEFAULT_SETTINGS, effectiveRules, pushedSection, readSettings, type Settings } from './settings';

export interface NoteSettings {
  /** `boussole.enable`: false turns every feature off for the note. */
  enable: boolean;
  /** `boussole.workspaceDiagnostics`: the note's findings show while it is not open. */
  workspaceDiagnostics: boolean;
  /** The configuration's `ignore` / `notes` say this file is not a note: no diagnostics. */
  ignored: boolean;
  options: AnalyzeOptions;
  /** The configuration file read for the note, with its problems. */
  config: LoadedConfig;
}

/** The configuration files the server asks the client to watch. */
export const CONFIG_FILE_GLOB = '**/.boussole.{jsonc,json,yaml,yml}';

export interface NoteSettingsSource {
  initialize(capabilities: ClientCapabilities | undefined, initializationOptions?: unknown): void;
  /** Registers for configuration changes and configuration file events where the client allows it. */
  initialized(): void;
  of(uri: string): Promise<NoteSettings>;
  /**
   * What applies to a note of the workspace that is not open: the editor's settings are asked once
   * for its folder (`scope`), not once per note.
   */
  ofUnopened(uri: string, scope: string): Promise<NoteSettings>;
  /** The editor's settings for the whole window (`boussole.workspace.index`). */
  global(): Promise<Settings>;
  /** A didChangeConfiguration arrived: keeps its payload if it has one, forgets what was pulled. */
  settingsChanged(payload: unknown): void;
  /** Forgets everything derived from configuration files (after one was created, changed or deleted). */
  filesChanged(): void;
  /**
   * The editor says these configuration files changed: forgets what was derived from them, unless
   * the server's own watch already saw the same change (what the files hold is what the last change
   * left). Resolves with whether it forgot, that is whether the notes are to be checked again.
   */
  configFilesChanged(paths: readonly string[]): Promise<boolean>;
  /**
   * How many changes of settings or configuration files arrived so far: a check that read what
   * applies before the latest change holds outdated settings.
   */
  changes(): number;
  /** An open note was closed. */
  forget(uri: string): void;
  /** A note of the workspace left the index. */
  forgetUnopened(uri: string): void;
  /** Stops watching (shutdown). */
  dispose(): void;
}

export interface NoteSettingsOptions {
  /** The server's own watch saw configuration files change (and what was derived from them is forgotten). */
  onDiskChange(): void;
  log(message: string): void;
  /** `fs.watch` on a folder; tests give their own. */
  watch?: WatchFolder;
}

export function noteSettingsSource(connection: Connection, onError: (what: string) => (error: unknown) => void, options: NoteSettingsOptions): NoteSettingsSource {
  let pull = false;
  let registerConfiguration = false;
  let watchFiles = false;
  let pushed: Settings | undefined;
  const cache = new Map<string, Promise<NoteSettings>>();
  const unopened = new Map<string, Promise<NoteSettings>>();
  const byScope = new Map<string, Promise<Settings>>();
  let windowSettings: Promise<Settings> | undefined;
  let changes = 0;
  let watcher: ConfigWatcher | undefined;

  /** What an open note's settings depend on: the folders looked in for a configuration file, and the files read. */
  const openTargets = (path: string, config: LoadedConfig): WatchTarget[] => [
    ...configFolders(path, config.file).map((folder) => ({ folder, names: CONFIG_FILE_NAMES })),
    ...fileTargets(config),
  ];
  const fileTargets = (config: LoadedConfig): WatchTarget[] => config.files.map((file) => ({ folder: dirname(file), names: [basename(file)] }));
  /** Registers what a settled lookup read, unless it was forgotten meanwhile. */
  const watchFor = (owner: string, uri: string, still: () => boolean, targets: (path: string, config: LoadedConfig) => WatchTarget[]) => (settings: NoteSettings) => {
    const path = localPath(uri);
    if (watcher && path && still()) watcher.use(owner, targets(path, settings.config));
    return settings;
  };

  const editorSettings = async (uri: string | undefined): Promise<Settings> => {
    const fallback = pushed ?? DEFAULT_SETTINGS;
    if (!pull) return fallback;
    try {
      const value: unknown = await connection.workspace.getConfiguration(uri === undefined ? { section: 'boussole' } : { scopeUri: uri, section: 'boussole' });
      // A client without a `boussole` section answers null: what it pushed, or the defaults, apply.
      return value === null || value === undefined ? fallback : readSettings(value);
    } catch {
      return fallback;
    }
  };

  const resolve = async (uri: string, scoped?: Promise<Settings>): Promise<NoteSettings> => {
    const settings = await (scoped ?? editorSettings(uri));
    const path = localPath(uri);
    const config = path ? loadConfigFor(path) : { files: [], config: DEFAULT_CONFIG, problems: [] };
    const options = { ...analyzeOptions(config.config), rules: effectiveRules(settings, config.config.rules) };
    // Without `notes` or `ignore`, any document the editor calls Markdown is a note.
    const selects = config.config.notes !== undefined || config.config.ignore.length > 0;
    return { enable: settings.enable, workspaceDiagnostics: settings.workspaceDiagnostics, ignored: path !== undefined && selects && !isNoteFile(config.config, path), options, config };
  };

  const source: NoteSettingsSource = {
    initialize(capabilities, initializationOptions) {
      // Tests that drive the protocol turn the watch off: only the events they send change anything.
      if ((initializationOptions as InitializationOptions | undefined)?.watchConfigFiles !== false) {
        watcher = configWatcher({
          log: options.log, watch: options.watch,
          onChange: () => {
            source.configFilesChanged([]).then((due) => due && options.onDiskChange(), onError('could not read the configuration files again'));
          },
        });
      }
      pull = capabilities?.workspace?.configuration === true;
      registerConfiguration = pull && capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true;
      watchFiles = capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    initialized() {
      if (registerConfiguration) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'boussole' })
          .catch(onError('could not register for configuration changes'));
      }
      if (watchFiles) {
        connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
          .catch(onError('could not watch the configuration files'));
      }
    },
    of(uri) {
      let pending = cache.get(uri);
      if (!pending) {
        const mine: Promise<NoteSettings> = resolve(uri).then(watchFor(uri, uri, () => cache.get(uri) === mine, openTargets));
        cache.set(uri, (pending = mine));
      }
      return pending;
    },
    ofUnopened(uri, scope) {
      let pending = unopened.get(uri);
      if (!pending) {
        let scoped = byScope.get(scope);
        if (!scoped) byScope.set(scope, (scoped = editorSettings(scope)));
        // A note that is not open depends on the files read; a file created above it is the editor's to tell.
        const mine: Promise<NoteSettings> = resolve(uri, scoped).then(watchFor(UNOPENED + uri, uri, () => unopened.get(uri) === mine, (_path, config) => fileTargets(config)));
        unopened.set(uri, (pending = mine));
      }
      return pending;
    },
    global() {
      return (windowSettings ??= editorSettings(undefined));
    },
    settingsChanged(payload) {
      const section = pushedSection(payload);
      if (section !== undefined) pushed = readSettings(section);
      changes++;
      windowSettings = undefined;
      cache.clear();
      unopened.clear();
      byScope.clear();
    },
    filesChanged() {
      changes++;
      invalidateConfigCache();
      cache.clear();
      unopened.clear();
    },
    async configFilesChanged(paths) {
      if (watcher && !(await watcher.changed(paths))) return false;
      source.filesChanged();
      return true;
    },
    forget(uri) {
      cache.delete(uri);
      watcher?.release(uri);
    },
    forgetUnopened(uri) {
      unopened.delete(uri);
      watcher?.release(UNOPENED + uri);
    },
    dispose() {
      watcher?.dispose();
      watcher = undefined;
    },
    changes: () => changes,
  };
  return source;
}

/** Owners of what a note that is not open needs watched, apart from the open notes. */
const UNOPENED = 'unopened ';

/** The file path of a local note; undefined for untitled and virtual documents. */
export function localPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
