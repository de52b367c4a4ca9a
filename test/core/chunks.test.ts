// A note is parsed in chunks; where a long chunk is cut must not change what remark reads.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { type Block, shiftBlock } from '../../server/src/core/markdown/blocks';
import { ParseCache } from '../../server/src/core/markdown/cache';
import { type ChunkLimits, splitChunks } from '../../server/src/core/markdown/chunks';
import { splitLines } from '../../server/src/core/model';
import { SHAPES } from '../../bench/notes';

const ROOT = join(__dirname, '..', '..');

function notes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return notes(path);
    return entry.name.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
  });
}

function blocksOf(text: string, limits: ChunkLimits): Block[] {
  const cache = new ParseCache();
  return splitChunks(splitLines(text), limits).flatMap((chunk) => cache.blocks(chunk.text).map((block) => shiftBlock(block, chunk.startLine)));
}

const UNCUT = { chunk: Infinity, block: Infinity };
/** Cut at every place a long chunk may be cut without changing the reading. */
const EVERYWHERE = { chunk: 0, block: Infinity };

describe('chunks', function () {
  // Walks every fixture and example: its time grows with them, and doubles on a loaded machine.
  this.timeout(120_000);
  const all = [...notes(join(ROOT, 'test', 'fixtures')), ...notes(join(ROOT, 'examples'))];

  it('cutting a note at every blank line and bullet item reads the same blocks as not cutting it', () => {
    let cut = 0;
    for (const text of all) {
      const lines = splitLines(text);
      const more = splitChunks(lines, EVERYWHERE).length - splitChunks(lines, UNCUT).length;
      if (!more) continue;
      cut += more;
      assert.deepEqual(blocksOf(text, EVERYWHERE), blocksOf(text, UNCUT), text.slice(0, 80));
    }
    assert.ok(cut > all.length, `${cut} cuts over ${all.length} notes`);
  });

  it('an HTML comment or a list is not cut in the middle', () => {
    const text = [
      '# Séance', '', 'Texte.', '', '<!--', 'Brouillon à reprendre', '', 'Suite du brouillon', '-->', '', '- Jean', '- Marie', '', '- Karim', '', 'Fin.',
    ].join('\n');
    const chunks = splitChunks(splitLines(text), EVERYWHERE).map((chunk) => chunk.text.split('\n')[0]);
    assert.deepEqual(chunks, ['# Séance', 'Texte.', '- Jean', '- Marie', '- Karim', 'Fin.']);
  });

  it('a long note without headings is parsed in bounded chunks', () => {
    for (const shape of ['setext headings', 'nested emphasis', 'many comments']) {
      const chunks = splitChunks(splitLines(SHAPES[shape](200_000)));
      assert.ok(chunks.length >= 15, `${shape}: ${chunks.length} chunks`);
      assert.ok(chunks.every((chunk) => chunk.text.length < 12_000), shape);
    }
  });

  it('a paragraph cut in the middle is still read through', () => {
    const text = SHAPES['nested emphasis'](50_000);
    const { model } = analyze(text, { cache: new ParseCache() });
    assert.ok(model.lines.length >= splitLines(text).length - 1);
  });

  it('a megabyte decision line is read without overflowing the stack', () => {
    const { model } = analyze(SHAPES['long decision line'](1_000_000), { cache: new ParseCache() });
    assert.ok(model.sentences.some((sentence) => sentence.text.length > 100_000) || model.sentences.length > 10);
    assert.ok(model.participants.length > 0);
  });
});
