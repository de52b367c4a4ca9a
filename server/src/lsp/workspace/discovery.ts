// Which files of the workspace folders are notes: the CLI's rules (Markdown files, .gitignore, the
// configuration's `notes` and `ignore`, each real file once), listed without blocking the server.
import { resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { ALWAYS_IGNORED, keepNotes, NOTE_EXTENSIONS } from '../../cli/files';
import { GitIgnores } from '../../cli/gitignore';
import { isNoteFile, loadConfigFor } from '../../config';

/** Every note under the folders (absolute paths, sorted). */
export async function findNotes(folders: readonly string[]): Promise<string[]> {
  if (!folders.length) return [];
  // Loaded here: a server without workspace folders (a note opened alone) never lists any.
  const { escapePath, glob } = require('tinyglobby') as typeof import('tinyglobby');
  const patterns = folders.map((folder) => `${escapePath(posix(folder))}/**/*.{${NOTE_EXTENSIONS.join(',')}}`);
  const found = await glob(patterns, { ignore: ALWAYS_IGNORED, onlyFiles: true, expandDirectories: false, absolute: true });
  const files = [...new Set(found.map((file) => resolve(file)))].sort();
  return keepNotes({ files, named: new Set(), errors: [] }, isConfiguredNote).files;
}

/**
 * Tells whether a file that was created or changed is a note of the folders. One filter serves one
 * batch of file events: it reads each .gitignore once, as they are at that moment.
 */
export function noteFilter(folders: readonly string[]): (path: string) => boolean {
  if (!folders.length) return () => false;
  const gitignores = new GitIgnores();
  const alwaysIgnored = picomatch(ALWAYS_IGNORED, { dot: true });
  const markdown = picomatch(`**/*.{${NOTE_EXTENSIONS.join(',')}}`, { dot: true });
  return (path) => {
    const file = resolve(path);
    if (!folders.some((folder) => isInside(folder, file))) return false;
    const shown = posix(file);
    return markdown(shown) && !alwaysIgnored(shown) && !gitignores.ignores(file) && isConfiguredNote(file);
  };
}

export function isInside(folder: string, file: string): boolean {
  const root = resolve(folder);
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

function isConfiguredNote(file: string): boolean {
  return isNoteFile(loadConfigFor(file).config, file);
}

function posix(path: string): string {
  return path.split('\\').join('/');
}
