// The meeting readers read the note's sentences (`reading/sentences.ts`), each with the line it
// starts on: a person found in a sentence is placed on that line.
import type { Range, Sentence, TextLine } from '../types';
import { normalize } from '../reading/text';

export interface MeetingSentence {
  text: string;
  /** `normalize(text)`, label included. */
  normalized: string;
  range: Range;
  /** The line the sentence starts on. */
  line: TextLine;
  /** The sentence opens an entry (paragraph, list item, labelled or fresh line, table row). */
  entryStart: boolean;
}

/** The note's sentences, in order, each with its first line (`lines` are in order too). */
export function meetingSentences(sentences: readonly Sentence[], lines: readonly TextLine[]): MeetingSentence[] {
  const out: MeetingSentence[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const row = sentence.range.start.line;
    while (at < lines.length && lines[at].range.start.line < row) at++;
    const line = lines[at]?.range.start.line === row ? lines[at] : lineOf(sentence);
    out.push({ text: sentence.text, normalized: normalize(sentence.text), range: sentence.range, line, entryStart: sentence.blockStart });
  }
  return out;
}

function lineOf(sentence: Sentence): TextLine {
  return { text: sentence.text, body: sentence.body, block: sentence.block, itemStart: sentence.blockStart, range: sentence.range };
}
