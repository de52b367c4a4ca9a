// Many notes read once each (a folder check, the workspace index's own thread), not one note edited
// at length: the caches that make keystrokes cheap keep a few notes' worth, so the thread's heap holds
// little that will never be asked for again, and a small heap stays fast.
import { ParseCache } from './markdown/cache';
import { scaleTextMemos } from './reading/memo';
import { boundStems } from './session/request';

/** The part of each text memo kept: what one note reads twice is still read once. */
const MEMO_SCALE = 0.2;
/** Stems kept per language: a note's own words, and the common ones. */
const STEMS = 10_000;
/** Chunk text a batch's parse cache keeps at least: the note being read, and then some. */
const PARSE_CACHE_CHARS = 50_000;

/** Sizes this thread's caches for a batch of notes; the parse cache its notes should be read with. */
export function readInBatches(): ParseCache {
  scaleTextMemos(MEMO_SCALE);
  boundStems(STEMS);
  return new ParseCache(undefined, PARSE_CACHE_CHARS);
}
