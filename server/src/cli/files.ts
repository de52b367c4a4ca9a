// Turns the command line's files, folders and globs into the notes to check: one glob call for all
// patterns (so '!archive/**' works), then .gitignore, the configuration's notes and ignore, and one
// entry per real file (a folder reached through a symlink is not checked twice).
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby';
import { realPath } from '../config/load';
import { GitIgnores } from './gitignore';

export const NOTE_EXTENSIONS = ['md', 'markdown'];
/** Never notes, wherever they are. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Inputs {
  /** Absolute paths, sorted, each real file once. */
  files: string[];
  /** Files named on the command line itself: they are reported when skipped. */
  named: Set<string>;
  /** Why some inputs gave nothing (missing file, empty folder, glob without match). */
  errors: string[];
}

export function expandInputs(inputs: readonly string[], cwd = process.cwd()): Inputs {
  const errors: string[] = [];
  const patterns: string[] = [];
  const named = new Set<string>();
  const expected: { input: string; match: (file: string) => boolean; empty: string }[] = [];
  for (const input of inputs) {
    if (input.startsWith('!')) {
      patterns.push(`!${globFrom(input.slice(1), cwd)}`);
      continue;
    }
    const stats = statOrUndefined(resolve(cwd, input));
    if (stats?.isDirectory()) {
      const folder = escapePath(posix(resolve(cwd, input)));
      patterns.push(`${folder}/**/*.{${NOTE_EXTENSIONS.join(',')}}`);
      const prefix = `${resolve(cwd, input)}/`;
      expected.push({ input, match: (file) => file.startsWith(prefix), empty: `"${input}" is a folder with no Markdown notes (.md, .markdown)` });
    } else if (stats) {
      // Named as it is (even with glob characters in its name, even if it is no regular file:
      // reading it says why it cannot be checked).
      named.add(resolve(cwd, input));
    } else if (isDynamicPattern(input)) {
      const glob = globFrom(input, cwd);
      patterns.push(glob);
      const matcher = picomatch(glob, { dot: false });
      expected.push({ input, match: (file) => matcher(posix(file)), empty: `no file matches "${input}"` });
    } else {
      errors.push(`cannot find "${input}": no such file or folder`);
    }
  }
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const found = positive.length
    ? globSync(patterns, { ignore: ALWAYS_IGNORED, onlyFiles: true, expandDirectories: false, absolute: true, cwd })
    : [];
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => picomatch(p.slice(1), { dot: true }));
  const kept = [...named].filter((file) => !excluded.some((matches) => matches(posix(file))));
  const files = [...new Set([...found.map((file) => resolve(file)), ...kept])].sort();
  for (const { match, empty } of expected) if (!files.some(match)) errors.push(empty);
  return { files, named, errors };
}

/** Drops what .gitignore ignores (named files are kept: the user asked for them) and repeated real files. */
export function keepNotes(inputs: Inputs, isNote: (file: string, named: boolean) => boolean): { files: string[]; skipped: string[] } {
  const gitignores = new GitIgnores();
  const seen = new Set<string>();
  const files: string[] = [];
  const skipped: string[] = [];
  for (const file of inputs.files) {
    const wanted = inputs.named.has(file) || !gitignores.ignores(file);
    if (!wanted || !isNote(file, inputs.named.has(file))) {
      if (inputs.named.has(file)) skipped.push(file);
      continue;
    }
    const real = realPath(file);
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(file);
  }
  return { files, skipped };
}

/** A path as shown: relative to the current folder when inside it, absolute otherwise. */
export function shownPath(file: string, cwd = process.cwd()): string {
  const inside = relative(cwd, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? posix(inside) : posix(file);
}

function globFrom(pattern: string, cwd: string): string {
  return isAbsolute(pattern) ? posix(pattern) : `${escapePath(posix(cwd))}/${posix(pattern).replace(/^\.\//, '')}`;
}

function posix(path: string): string {
  return path.split('\\').join('/');
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
