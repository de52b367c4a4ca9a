// `boussole check [files|folders|globs...] [--format stylish|json]`
// Exit codes: 0 nothing at error severity, 1 errors found, 2 usage or read error.
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import { expandInputs, InputError, readNote } from './files';
import { type FileReport, formatJson, formatStylish } from './format';

const USAGE = `Usage: boussole check [files, folders or globs...] [--format stylish|json]

Checks co-development session notes and meeting notes written in Markdown.
Folders are searched for .md and .markdown files; with no path, the current folder is checked.

Options:
  -f, --format <stylish|json>  output format (default: stylish)
  -h, --help                   show this help
  -v, --version                show the version`;

declare const BOUSSOLE_VERSION: string | undefined;

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${typeof BOUSSOLE_VERSION === 'string' ? BOUSSOLE_VERSION : 'dev'}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'check') return usageError(command ? `unknown command "${command}"` : 'missing command');
  if (values.format !== 'stylish' && values.format !== 'json') return usageError(`unknown format "${values.format}" (stylish or json)`);

  const reports: FileReport[] = [];
  let readFailed = false;
  const files = new Set<string>();
  // One unreadable input does not hide the findings of the others; it still makes the exit code 2.
  for (const input of inputs.length ? inputs : ['.']) {
    try {
      for (const file of expandInputs([input])) files.add(file);
    } catch (error) {
      readFailed = true;
      readError(error);
    }
  }
  for (const file of files) {
    try {
      const { model, findings } = analyze(readNote(file));
      reports.push({ file, kind: model.kind, language: model.language, findings });
    } catch (error) {
      readFailed = true;
      readError(error);
    }
  }
  process.stdout.write(`${values.format === 'json' ? formatJson(reports) : formatStylish(reports, colorWanted())}\n`);
  if (readFailed) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`boussole: ${message}\n\n${USAGE}\n`);
  return 2;
}

function readError(error: unknown): void {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`boussole: ${error.message}\n`);
}

function colorWanted(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

process.exitCode = main(process.argv.slice(2));
