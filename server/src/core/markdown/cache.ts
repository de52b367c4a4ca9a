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

  /**
   * About 2 MB of chunk text: a 1 MB note and the chunks its edits leave behind. The readings weigh
   * several times their text, so the bound is what keeps the heap flat over hours of typing.
   */
  constructor(private readonly maxChars = 2_000_000) {}

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
    for (const [key] of this.chunks) {
      if (this.size <= this.maxChars || this.chunks.size <= 1) break;
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

export const sharedParseCache = new ParseCache();
