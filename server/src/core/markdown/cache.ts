// A bounded cache of analysed chunks, keyed by their text: an edit re-parses only its own chunk.
import { type Block, collectBlocks } from './blocks';
import { parseChunk } from './chunks';

export class ParseCache {
  private readonly chunks = new Map<string, Block[]>();
  private size = 0;

  constructor(private readonly maxChars = 8_000_000) {}

  /** The chunk's blocks, positioned from the chunk's first line. */
  blocks(text: string): Block[] {
    const cached = this.chunks.get(text);
    if (cached) {
      // Refresh its place so the least recently used chunk is evicted first.
      this.chunks.delete(text);
      this.chunks.set(text, cached);
      return cached;
    }
    const blocks = collectBlocks(parseChunk(text), text.split('\n'));
    this.chunks.set(text, blocks);
    this.size += text.length;
    for (const [key] of this.chunks) {
      if (this.size <= this.maxChars || this.chunks.size <= 1) break;
      this.chunks.delete(key);
      this.size -= key.length;
    }
    return blocks;
  }

  get entries(): number {
    return this.chunks.size;
  }
}

export const sharedParseCache = new ParseCache();
