// How the language server reads the notes a note links to: the editor's copy when the note is open,
// the file on disk otherwise. Only local Markdown files of a reasonable size are read.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NoteFiles {
  /** The note's text, or undefined when it cannot be read. */
  read(uri: string): string | undefined;
}

/** Larger files are not notes a hover should parse on the fly. */
const MAX_BYTES = 2_000_000;

export function noteFiles(openText: (uri: string) => string | undefined): NoteFiles {
  return {
    read(uri) {
      const open = openText(uri);
      if (open !== undefined) return open;
      if (!uri.startsWith('file:')) return undefined;
      try {
        const path = fileURLToPath(uri);
        const stat = statSync(path);
        if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
