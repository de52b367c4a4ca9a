// A workspace index built from in-memory notes, as the language server and the CLI build theirs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { WorkspaceIndex } from '../../server/src/core/workspace/index';
import { recordOf } from '../../server/src/core/workspace/record';

export const ROOT = 'file:///notes/';

/** Notes by path relative to the workspace: `{ 'girard/2026-03-02-rdv.md': '…' }`. */
export function indexOf(notes: Record<string, string>, root = ROOT): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [path, text] of Object.entries(notes)) index.set(recordOf(analyze(text).model, uriOf(path, root), text));
  return index;
}

export function uriOf(path: string, root = ROOT): string {
  return new URL(path, root).href;
}

/** Every Markdown file under a folder, by path relative to it. */
export function notesIn(folder: string): Record<string, string> {
  const notes: Record<string, string> = {};
  const pending = [folder];
  while (pending.length) {
    const dir = pending.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.name.endsWith('.md')) notes[relative(folder, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  }
  return notes;
}

export function folderUri(folder: string): string {
  return `${pathToFileURL(folder).href}/`;
}

/** Lines joined: notes are written as arrays of lines in the tests. */
export function note(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
