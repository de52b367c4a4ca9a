// `boussole check` and `boussole init`; see USAGE in options.ts and docs/cli.md.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import {
  analyzeOptions, CONFIG_FILE_NAMES, formatConfigProblem, isIgnoredFile, isNoteFile, loadConfigFile, loadConfigFor, type LoadedConfig, STARTER_CONFIG,
} from '../config';
import { isoDay } from '../core/reading/dates';
import { type CheckItem, checkAll } from './check';
import { escapeForTerminal } from './escape';
import { expandInputs, keepNotes, shownPath } from './files';
import { formatStylish, jsonChunks } from './format';
import { formatGithub } from './github';
import { type CheckOptions, day, parseCommandLine, USAGE, UsageError } from './options';
import { InputError, readStdin } from './read';
import type { FileReport } from './report';
import { formatSarif } from './sarif';
import { serveChecks } from './worker';
import { type Checked, withWorkspaceFindings } from './workspace';

declare const BOUSSOLE_VERSION: string | undefined;
const VERSION = typeof BOUSSOLE_VERSION === 'string' ? BOUSSOLE_VERSION : 'dev';
// The bundle (dist/cli.js) is also the worker threads' script; the package root is above it.
const SCRIPT = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
const PACKAGE_ROOT = join(__dirname, '..');

export async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
  switch (command.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'init':
      return init(process.cwd());
    case 'check':
      return check(command);
  }
}

async function check(options: CheckOptions): Promise<number> {
  let failed = false;
  const complain = (message: string) => {
    failed = true;
    warn(message);
  };
  let configFor: (file: string) => LoadedConfig = loadConfigFor;
  if (options.config !== undefined) {
    const file = resolve(options.config);
    if (!existsSync(file)) return usageError(`cannot find the configuration file "${options.config}"`);
    const loaded = loadConfigFile(file);
    configFor = () => loaded;
  }
  const reported = new Set<string>();
  const config = (file: string) => {
    const loaded = configFor(file);
    for (const problem of loaded.problems) {
      const text = formatConfigProblem(problem);
      if (!reported.has(text)) complain(`invalid configuration, the defaults apply: ${text}`);
      reported.add(text);
    }
    return loaded.config;
  };

  const inputs = expandInputs(options.inputs);
  inputs.errors.forEach(complain);
  // A file named on the command line needs no Markdown extension, unless "notes" says which are notes.
  const isNote = (file: string, named: boolean) => {
    const settings = config(file);
    return named && !settings.notes ? !isIgnoredFile(settings, file) : isNoteFile(settings, file);
  };
  const { files, skipped } = keepNotes(inputs, isNote);
  for (const file of skipped) warn(`skipped "${shownPath(file)}": .gitignore or the configuration's "ignore" / "notes" leaves it out`);
  const items: CheckItem[] = files.map((file) => ({
    path: file, shown: shownPath(file), uri: pathToFileURL(file).href, options: analyzeOptions(config(file)),
  }));
  if (options.stdin) {
    const name = options.stdinFilename;
    const shown = name === undefined ? '<stdin>' : shownPath(resolve(name));
    try {
      const content = await readStdin(shown);
      const uri = name === undefined ? 'untitled:stdin' : pathToFileURL(resolve(name)).href;
      items.push({ shown, uri, content, options: analyzeOptions(config(resolve(name ?? 'stdin.md'))) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      complain(error.message);
    }
  }

  const checked: Checked[] = [];
  (await checkAll(items, options.jobs, SCRIPT)).forEach((result, i) => {
    if ('report' in result) checked.push({ item: items[i], ...result });
    else complain(result.error);
  });
  let today = options.today;
  try {
    today ??= day(process.env.BOUSSOLE_TODAY || undefined, 'BOUSSOLE_TODAY');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError(error.message);
  }
  // The reports are written as they come, counted on the way.
  let errors = 0;
  let warnings = 0;
  function* shown(): Generator<FileReport> {
    for (const report of withWorkspaceFindings(checked, today ?? isoDay(new Date()))) {
      for (const f of report.findings) {
        if (f.severity === 'error') errors++;
        else if (f.severity === 'warning') warnings++;
      }
      yield options.quiet ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') } : report;
    }
  }
  writeOutput(format(options, shown()));
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) warn(`${warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  if (failed) return 2;
  return errors || tooManyWarnings ? 1 : 0;
}

/** The output, and a line break after it; written in pieces of about 64 KB when it comes in pieces. */
function writeOutput(output: string | Iterable<string>): void {
  if (typeof output === 'string') {
    if (output) process.stdout.write(`${output}\n`);
    return;
  }
  let pending = '';
  for (const chunk of output) {
    pending += chunk;
    if (pending.length < 65_536) continue;
    process.stdout.write(pending);
    pending = '';
  }
  process.stdout.write(`${pending}\n`);
}

function format(options: CheckOptions, reports: Iterable<FileReport>): string | Iterable<string> {
  switch (options.format) {
    case 'json':
      return jsonChunks(reports);
    case 'sarif':
      return formatSarif(reports, { version: VERSION, packageRoot: PACKAGE_ROOT, cwd: process.cwd() });
    case 'github':
      return formatGithub(reports);
    case 'stylish':
      return formatStylish(reports, process.stdout.isTTY === true && !process.env.NO_COLOR, options.explain);
  }
}

function init(folder: string): number {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(join(folder, name)));
  if (existing) {
    warn(`${existing} already exists in this folder: it is left as it is`);
    return 2;
  }
  try {
    writeFileSync(join(folder, '.boussole.jsonc'), STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    warn(`cannot write .boussole.jsonc (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  process.stdout.write('Wrote .boussole.jsonc: rule severities, ignored files and your team\'s names go there.\n');
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`boussole: ${escapeForTerminal(message)}\n\n${USAGE}\n`);
  return 2;
}

function warn(message: string): void {
  process.stderr.write(`boussole: ${escapeForTerminal(message)}\n`);
}

/** `boussole check . | head`: when the reader goes away, stop quietly. */
function quietOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}

if (!isMainThread && (workerData as { boussole?: string } | null)?.boussole === 'check') {
  serveChecks();
} else if (isMainThread) {
  quietOnBrokenPipe();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      warn(`internal error (${error instanceof Error ? error.name : typeof error})`);
      process.exitCode = 2;
    },
  );
}
