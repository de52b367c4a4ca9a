// Problems of configuration files, published on the files themselves. An open configuration file
// is checked as it is typed; others are reported as the notes below them read them from disk.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAMES, type ConfigProblem, loadConfigFile } from '../config';
import { configProblemDiagnostic } from './diagnostics';
import { localPath } from './note-settings';

export function isConfigFile(uri: string): boolean {
  const path = localPath(uri);
  return path !== undefined && CONFIG_FILE_NAMES.includes(basename(path));
}

export interface ConfigDiagnostics {
  /**
   * Publishes the problems of the open configuration files (their current text) and of the files
   * the open notes read, and clears the files whose problems are gone.
   */
  refresh(openConfigs: { uri: string; text: string }[], noteProblems: ConfigProblem[]): Promise<void>;
}

export function configDiagnostics(connection: Connection): ConfigDiagnostics {
  let published = new Set<string>();
  return {
    async refresh(openConfigs, noteProblems) {
      const byUri = new Map<string, ConfigProblem[]>();
      const add = (problem: ConfigProblem) => {
        const uri = pathToFileURL(problem.file).href;
        if (!byUri.has(uri)) byUri.set(uri, []);
        if (!byUri.get(uri)!.some((known) => known.message === problem.message)) byUri.get(uri)!.push(problem);
      };
      const open = new Set(openConfigs.map((config) => config.uri));
      for (const { uri, text } of openConfigs) loadConfigFile(localPath(uri)!, text).problems.forEach(add);
      // An open file's own text says more than its saved copy.
      for (const problem of noteProblems) if (!open.has(pathToFileURL(problem.file).href)) add(problem);
      const previous = published;
      published = new Set(byUri.keys());
      const sends = [...byUri].map(([uri, problems]) => connection.sendDiagnostics({ uri, diagnostics: problems.map(configProblemDiagnostic) }));
      for (const uri of previous) if (!published.has(uri)) sends.push(connection.sendDiagnostics({ uri, diagnostics: [] }));
      await Promise.all(sends);
    },
  };
}
