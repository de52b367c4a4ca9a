// The notes the workspace index holds, and what the server needs beside each record: the findings
// of the text on disk (for a note that is not open) and where the record came from. An open
// note's record comes from its editor text, which wins over the file.
import { WorkspaceIndex } from '../../core/workspace';
import type { NoteRecord } from '../../core/workspace/record';
import type { RuleSetting } from '../../core/analyze';
import type { Finding } from '../../core/types';

export interface IndexedNote {
  /** Hash of the disk text and options it was read with; undefined while the note is open. */
  hash?: string;
  /** The note's own findings, from the disk text: shown while it is not open. */
  findings: Finding[];
  /** The generation of the open text the record was made from; undefined: from disk. */
  generation?: number;
  /** `boussole.workspaceDiagnostics` for this note. */
  workspaceDiagnostics: boolean;
  /** The rules' settings for this note (editor and configuration file), for its cross-note findings too. */
  rules?: Record<string, RuleSetting>;
}

export class WorkspaceNotes {
  readonly index = new WorkspaceIndex();
  private readonly notes = new Map<string, IndexedNote>();

  get(uri: string): IndexedNote | undefined {
    return this.notes.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.notes.keys();
  }

  get size(): number {
    return this.notes.size;
  }

  /** Stores a note; returns the notes whose cross-note findings may have changed with it (itself included). */
  put(uri: string, record: NoteRecord, note: IndexedNote): Set<string> {
    this.notes.set(uri, note);
    return new Set([uri, ...this.index.set(record)]);
  }

  /** Forgets a note; returns the other notes whose cross-note findings may have changed. */
  remove(uri: string): Set<string> {
    if (!this.notes.delete(uri)) return new Set();
    return new Set(this.index.delete(uri));
  }
}
