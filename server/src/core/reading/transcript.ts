// A transcript pasted into a note: what was said, turn after turn, is speech, not what was agreed.
// A step is read from the note's own lists, never from a turn of the transcript.
import { TRANSCRIPT_LABELS, TRANSCRIPT_MIN_TURNS, TRANSCRIPT_TURNS } from '../../lexicon/transcript';
import { pattern } from '../patterns';
import type { Section, TextLine } from '../types';
import { startingPhrase } from './phrases';
import { normalize } from './text';

const TURNS = TRANSCRIPT_TURNS.map((source) => pattern(source, 'u'));

/** The speaker of a stamped turn ("0:05 - Alex Martin" → "alex martin"), or undefined. */
function turnSpeaker(text: string): string | undefined {
  // Every line is asked at each keystroke and few hold a stamp: the patterns run only on those.
  if (!hasTimeStamp(text)) return undefined;
  for (const turn of TURNS) {
    const match = turn.exec(text.trimStart());
    if (match) return normalize(match[1]);
  }
  return undefined;
}

/** A digit, a colon and two digits somewhere in the text, as every stamp of a turn has ("0:05", "[00:12:40]"). */
function hasTimeStamp(text: string): boolean {
  const digit = (at: number) => {
    const code = text.charCodeAt(at);
    return code >= 48 && code <= 57;
  };
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (digit(at - 1) && digit(at + 1) && digit(at + 2)) return true;
  }
  return false;
}

/** How many words a transcript's label has: "Full transcript:", "Transcription de l'enregistrement :". */
const LABEL_WORDS = 5;

/** "Full transcript:", "Transcription complète": a short paragraph line that opens the transcript. */
function isTranscriptLabel(line: TextLine): boolean {
  if (line.block !== 'paragraph') return false;
  const normalized = normalize(line.text);
  return normalized.split(' ').length <= LABEL_WORDS && startingPhrase(normalized, TRANSCRIPT_LABELS) !== undefined;
}

/**
 * The lines of the note's transcript: from each stamped turn, or a line that labels the transcript, to the next heading. A note holds a
 * transcript when it has a few stamped turns and a speaker who speaks twice.
 */
export function transcriptLines(lines: readonly TextLine[], sections: readonly Section[]): ReadonlySet<TextLine> {
  // The next steps and the action items both ask, of the same note's lines: each note is read once.
  const known = transcripts.get(lines);
  if (known?.sections === sections) return known.speech;
  const speech = readTranscript(lines, sections);
  transcripts.set(lines, { sections, speech });
  return speech;
}

const transcripts = new WeakMap<readonly TextLine[], { sections: readonly Section[]; speech: ReadonlySet<TextLine> }>();

function readTranscript(lines: readonly TextLine[], sections: readonly Section[]): Set<TextLine> {
  const speech = new Set<TextLine>();
  const turns = new Map<TextLine, string>();
  const speakers = new Set<string>();
  let repeated = false;
  for (const line of lines) {
    const speaker = turnSpeaker(line.text);
    if (!speaker) continue;
    turns.set(line, speaker);
    if (speakers.has(speaker)) repeated = true;
    speakers.add(speaker);
  }
  if (turns.size < TRANSCRIPT_MIN_TURNS || !repeated) return speech;
  const headings = sections.filter((s) => !s.heading.pseudo).map((s) => s.heading.range.start.line).sort((a, b) => a - b);
  let next = 0;
  let inTurns = false;
  for (const line of lines) {
    const at = line.range.start.line;
    // A heading between the last line and this one ends the transcript's stretch.
    while (next < headings.length && headings[next] <= at) { next++; inTurns = false; }
    if (turns.has(line) || isTranscriptLabel(line)) inTurns = true;
    if (inTurns) speech.add(line);
  }
  return speech;
}
