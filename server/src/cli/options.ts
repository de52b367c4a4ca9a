// The command line: `boussole check [patterns...] [options]` and `boussole init`.
import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: boussole check [files, folders or globs...] [options]
       boussole check - --stdin-filename notes/today.md   (the note on standard input)
       boussole init                                      (writes a starter .boussole.jsonc here)

Checks co-development session notes and meeting notes written in Markdown.
Folders are searched for .md and .markdown files; with no path, the current folder is checked.
All patterns go to one glob, so '!archive/**' leaves a folder out (quote it for the shell).
Files that .gitignore ignores, and those the configuration's "ignore" (or "notes") leaves out,
are skipped.

Options:
  -f, --format <name>        stylish (default), json (stable shape), sarif (SARIF 2.1.0),
                             github (GitHub Actions annotations)
  -c, --config <file>        use this configuration for every note, instead of the nearest
                             .boussole.jsonc / .boussole.json / .boussole.yaml above each note
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only (warnings still count for --max-warnings)
      --explain              say, for every note, why it is read as a session, a meeting or
                             neither (the lines that counted), and how to change it
      --stdin-filename <name>
                             name of the note read from standard input (with "-"): shown in
                             the output and used to find its configuration
      --today <YYYY-MM-DD>   the day overdue steps are counted from (default: the clock, or
                             the BOUSSOLE_TODAY environment variable)
  -j, --jobs <n>             threads checking notes, worker threads when more than one (default:
                             one per core when there are 200 notes or more; 1: the main thread)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes:
  0  no finding at error severity, and no more warnings than --max-warnings
  1  a finding at error severity, or more warnings than --max-warnings
  2  usage error, unreadable input or invalid configuration (the notes that could be read are
     still checked, with the default configuration where it is invalid)

Documentation: docs/cli.md`;

export interface CheckOptions {
  command: 'check';
  inputs: string[];
  stdin: boolean;
  format: Format;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  explain: boolean;
  stdinFilename?: string;
  jobs?: number;
  /** YYYY-MM-DD. */
  today?: string;
}

export type Command = CheckOptions | { command: 'init' } | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        explain: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === 'init') {
    if (rest.length) throw new UsageError('init takes no argument: it writes .boussole.jsonc in the current folder');
    return { command: 'init' };
  }
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (${FORMATS.join(', ')})`);
  const stdin = rest.includes('-');
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename goes with "-" (the note on standard input)');
  const inputs = rest.filter((input) => input !== '-');
  // Only exclusions, or nothing at all: the current folder, minus them.
  if (!stdin && !inputs.some((input) => !input.startsWith('!'))) inputs.unshift('.');
  return {
    command: 'check',
    inputs,
    stdin,
    format,
    config: values.config,
    maxWarnings: count(values['max-warnings'], '--max-warnings', 0),
    quiet: values.quiet ?? false,
    explain: values.explain ?? false,
    stdinFilename: values['stdin-filename'],
    jobs: count(values.jobs, '--jobs', 1),
    today: day(values.today, '--today'),
  };
}

/** A calendar day written YYYY-MM-DD that exists ("2026-02-30" does not). */
export function day(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`${flag} takes a day written YYYY-MM-DD, not "${value}"`);
  return value;
}

function count(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} takes a whole number of ${min} or more, not "${value}"`);
  return Number(value);
}
