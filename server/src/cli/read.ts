// Reads a note safely: regular files only, size checked before reading, UTF-8 or a clear refusal.
// Messages name the file and the reason, never the note's content.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_NOTE_LENGTH } from '../core/limits';

export class InputError extends Error {}

/** The note's text, or, when it is certainly too long, its beginning and its size in bytes. */
export type NoteContent = { text: string } | { tooLarge: { sample: string; size: number } };

/** UTF-8 takes at most 4 bytes a character: a larger file is over the limit whatever it holds. */
export const CERTAINLY_TOO_LARGE_BYTES = 4 * MAX_NOTE_LENGTH;
const SAMPLE_BYTES = 64 * 1024;

export function readNoteFile(file: string, shown: string): NoteContent {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO swapped in after the folder was listed cannot hang the open.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(`cannot read "${shown}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(`"${shown}" is ${kindOf(stats)}, not a regular file: only files are read`);
    if (stats.size > CERTAINLY_TOO_LARGE_BYTES) {
      const sample = readBytes(fd, SAMPLE_BYTES, shown);
      return { tooLarge: { sample: decodeNote(sample, shown, true), size: stats.size } };
    }
    return { text: decodeNote(readBytes(fd, stats.size, shown), shown) };
  } finally {
    closeSync(fd);
  }
}

function readBytes(fd: number, size: number, shown: string): Buffer {
  const buffer = Buffer.alloc(size);
  let read = 0;
  try {
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
  } catch (error) {
    throw new InputError(`cannot read "${shown}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return buffer.subarray(0, read);
}

function kindOf(stats: import('node:fs').Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** Reads standard input up to the size limit. */
export async function readStdin(shown: string): Promise<NoteContent> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > CERTAINLY_TOO_LARGE_BYTES) {
      process.stdin.destroy();
      return { tooLarge: { sample: decodeNote(Buffer.concat(chunks).subarray(0, SAMPLE_BYTES), shown, true), size } };
    }
  }
  return { text: decodeNote(Buffer.concat(chunks), shown) };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 text without its byte order mark. UTF-16, binary and other 8-bit encodings are refused with
 * what they look like, rather than misread. `truncated`: the buffer may end inside a character.
 */
export function decodeNote(buffer: Buffer, shown: string, truncated = false): string {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff) || looksUtf16(buffer)) {
    throw new InputError(`"${shown}" is encoded in UTF-16: save it as UTF-8 to have it checked`);
  }
  if (buffer.subarray(0, 8192).includes(0)) throw new InputError(`"${shown}" is a binary file, not a Markdown note`);
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  try {
    return truncated ? new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true }) : UTF8.decode(body);
  } catch {
    const line = lineOfFirstInvalidByte(body);
    const guess = looksLatin1(body) ? ' (it looks like Latin-1 or Windows-1252)' : '';
    throw new InputError(`"${shown}" is not UTF-8 text${guess}: the first invalid byte is on line ${line}; save it as UTF-8 to have it checked`);
  }
}

/** Mostly ASCII text with a zero byte every other byte: UTF-16 without a byte order mark. */
function looksUtf16(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 4096);
  if (sample.length < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? odd++ : even++);
  const half = sample.length / 2;
  return Math.max(even, odd) > half * 0.6 && Math.min(even, odd) < half * 0.05;
}

/** High bytes that stand alone, mostly accented letters (0xC0-0xFF) or Windows-1252 punctuation. */
function looksLatin1(buffer: Buffer): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of buffer) {
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || [0x80, 0x85, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9c].includes(byte)) letters++;
  }
  return high > 0 && letters / high > 0.8;
}

function lineOfFirstInvalidByte(buffer: Buffer): number {
  let line = 1;
  let i = 0;
  while (i < buffer.length) {
    const byte = buffer[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (!length || i + length > buffer.length) return line;
    for (let k = 1; k < length; k++) if ((buffer[i + k] & 0xc0) !== 0x80) return line;
    if (byte === 0x0a) line++;
    i += length;
  }
  return line;
}
