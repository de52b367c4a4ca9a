// Turns the command line's files, folders and globs into the list of notes to check.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const NOTE_EXTENSIONS = ['md', 'markdown'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export class InputError extends Error {}

/** Each input gives at least one note, or an InputError that says why not. */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = globSync(input, { ignore: IGNORED, onlyFiles: true, expandDirectories: false });
      if (!matches.length) throw new InputError(`no file matches "${input}"`);
      files.push(...matches.sort());
      continue;
    }
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new InputError(`cannot find "${input}": no such file or folder`);
    }
    if (stats.isDirectory()) {
      const notes = globSync(`**/*.{${NOTE_EXTENSIONS.join(',')}}`, { cwd: input, ignore: IGNORED, onlyFiles: true })
        .sort()
        .map((file) => join(input, file));
      if (!notes.length) throw new InputError(`"${input}" is a folder with no Markdown notes (.md, .markdown)`);
      files.push(...notes);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

/** Larger notes are refused rather than slowing a whole run down. */
export const MAX_NOTE_BYTES = 10 * 1024 * 1024;

/** Reads a note as UTF-8 text; binary and oversized files are refused with a reason. */
export function readNote(file: string): string {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read "${file}"${code ? ` (${code})` : ''}`);
  }
  if (buffer.length > MAX_NOTE_BYTES) {
    throw new InputError(`"${file}" is too large to be a note (${Math.round(buffer.length / 1024 / 1024)} MB, limit ${MAX_NOTE_BYTES / 1024 / 1024} MB)`);
  }
  if (buffer.subarray(0, 8192).includes(0)) throw new InputError(`"${file}" is a binary file, not a Markdown note`);
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
