// The configuration API shared by the CLI and the language server. Configuration is data only:
// JSONC or YAML checked against schemas/boussole.schema.json, never code.
import { relative } from 'node:path';
import type { ConfigProblem } from './load';

export {
  analyzeOptions, type BoussoleConfig, CONFIG_FILE_NAMES, configFolders, type ConfigProblem, DEFAULT_CONFIG, findConfigFile,
  type GlobGroup, invalidateConfigCache, isIgnoredFile, isNoteFile, loadConfigFile, loadConfigFor, type LoadedConfig,
} from './load';
export { STARTER_CONFIG } from './starter';

/** "notes/.boussole.jsonc:3:14: unknown rule …", one-based like editors show positions. */
export function formatConfigProblem(problem: ConfigProblem, cwd = process.cwd()): string {
  const file = relative(cwd, problem.file) || problem.file;
  return `${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
}
