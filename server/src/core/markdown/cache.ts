// A bounded cache of analysed chunks, keyed by their text: an edit re-parses only its own chunk.
import type { Sentence } from '../types';
import { collectSentences } from '../reading/sentences';
import { type Block, collectBlocks } from './blocks';
import { parseChunk } from './chunks';
import { flattenDeepInline, limitContainerMarkers } from './depth';

/** What one chunk's tree gives: its blocks and its sentences, positioned from the chunk's first line. */
export interface ChunkReading {
  blocks: Block[];
  sentences: Sentence[];
  /** The first line nested deeper than MAX_NESTING, when one is. */
  deepLine?: number;
}

export class ParseCache {
  private readonly chunks = new Map<string, ChunkReading>();
  private size = 0;
  /** The lengths of the last notes read, for the bound. */
  private readonly recent: number[] = [];

  /**
   * At most about 2 MB of chunk text: a 1 MB note and the chunks its edits leave behind. The
   * readings weigh many times their text, so the bound is what keeps the heap flat over hours of
   * typing: below it, the cache keeps twice the longest of the last notes read (and 200,000
   * characters at least), so the versions a keystroke leaves behind go soon, and the note being
   * typed never evicts its own chunks.
   */
  constructor(private readonly maxChars = 2_000_000, private readonly minChars = MIN_CHARS) {}

  /** Says a note of `length` characters is about to be read. */
  noteRead(length: number): void {
    this.recent.push(length);
    if (this.recent.length > RECENT_NOTES) this.recent.shift();
  }

  private get bound(): number {
    if (!this.recent.length) return this.maxChars;
    return Math.min(this.maxChars, Math.max(this.minChars, 2 * Math.max(...this.recent)));
  }

  /** The chunk's blocks and sentences, positioned from the chunk's first line. */
  read(text: string): ChunkReading {
    const cached = this.chunks.get(text);
    if (cached) {
      // Refresh its place so the least recently used chunk is evicted first.
      this.chunks.delete(text);
      this.chunks.set(text, cached);
      return cached;
    }
    const limited = limitContainerMarkers(text);
    const tree = parseChunk(limited.text);
    const deepInline = flattenDeepInline(tree, limited.text);
    const lines = limited.text.split('\n');
    const blocks = collectBlocks(tree, lines);
    const reading: ChunkReading = { blocks, sentences: collectSentences(tree, limited.text, lines, blocks) };
    const deepLine = Math.min(limited.deepLine ?? Infinity, deepInline ?? Infinity);
    if (deepLine !== Infinity) reading.deepLine = deepLine;
    this.chunks.set(text, reading);
    this.size += text.length;
    const bound = this.bound;
    for (const [key] of this.chunks) {
      if (this.size <= bound || this.chunks.size <= 1) break;
      this.chunks.delete(key);
      this.size -= key.length;
    }
    return reading;
  }

  /** The chunk's blocks, positioned from the chunk's first line. */
  blocks(text: string): Block[] {
    return this.read(text).blocks;
  }

  get entries(): number {
    return this.chunks.size;
  }
}

/** Notes whose lengths set the bound: the documents open side by side. */
const RECENT_NOTES = 16;
const MIN_CHARS = 200_000;

export const sharedParseCache = new ParseCache();
