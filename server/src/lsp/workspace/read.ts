// Reads a note of the workspace from disk without blocking the server: regular files of a
// reasonable size, UTF-8 (the CLI's decoding), else nothing: a file that cannot be read is no note.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_NOTE_LENGTH } from '../../core/limits';
import { decodeNote } from '../../cli/read';

export async function readNote(path: string): Promise<string | undefined> {
  let file: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Non-blocking, so that a FIFO swapped in after the folder was listed cannot hang the open.
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await file.stat();
    // Larger notes get one finding while open; unopened, they are left out of the index.
    if (!stats.isFile() || stats.size > MAX_NOTE_LENGTH) return undefined;
    const text = decodeNote(await file.readFile(), path);
    return text.length > MAX_NOTE_LENGTH ? undefined : text;
  } catch {
    return undefined;
  } finally {
    await file?.close().catch(() => undefined);
  }
}
