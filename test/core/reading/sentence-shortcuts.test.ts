// The sentence reader skips the natural-language parser where it knows what the parser would say
// (a one-line paragraph that is one sentence): on every note of the fixtures and examples, and on
// generated notes, the sentences must be those the parser alone gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetingNote, sessionNote } from '../../../bench/notes';
import { collectBlocks } from '../../../server/src/core/markdown/blocks';
import { parseChunk, splitChunks } from '../../../server/src/core/markdown/chunks';
import { limitContainerMarkers } from '../../../server/src/core/markdown/depth';
import { splitLines } from '../../../server/src/core/lines';
import { collectSentences } from '../../../server/src/core/reading/sentences';

const ROOT = join(__dirname, '..', '..', '..');

function notes(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return notes(path);
    return entry.name.endsWith('.md') ? [{ name: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }] : [];
  });
}

function chunkSentences(chunk: string, shortcuts: boolean) {
  const { text } = limitContainerMarkers(chunk);
  const tree = parseChunk(text);
  const lines = text.split('\n');
  return collectSentences(tree, text, lines, collectBlocks(tree, lines), shortcuts);
}

describe('sentence shortcuts', () => {
  it('read every note as the parser alone does', () => {
    const all = [...notes(join(ROOT, 'test', 'fixtures')), ...notes(join(ROOT, 'examples'))];
    for (const language of ['fr', 'en'] as const) {
      all.push({ name: `meeting ${language}`, text: meetingNote(language, 12_000, 9) }, { name: `session ${language}`, text: sessionNote(language, 12_000) });
    }
    let sentences = 0;
    for (const note of all) {
      for (const chunk of splitChunks(splitLines(note.text))) {
        const read = chunkSentences(chunk.text, true);
        assert.deepStrictEqual(read, chunkSentences(chunk.text, false), `${note.name}, line ${chunk.startLine + 1}`);
        sentences += read.length;
      }
    }
    assert.ok(all.length >= 100 && sentences >= 5_000, `${all.length} notes, ${sentences} sentences`);
  });
});
