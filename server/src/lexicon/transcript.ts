// A meeting transcript pasted into a note: speaker turns stamped with the time they were spoken.
// "0:05 - Alex Martin", "[00:12:40] Sam:", "Speaker 1 (04:31):", "Alex 00:03:12 Hey…", "Intervenant 2 (1:02:10) :".

/** A time into the recording: "0:05", "04:31", "1:02:10", "00:12:40". */
const STAMP = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;
/** A speaker: one to four words, the first capitalised ("Alex", "Speaker 1", "Marie-Claire Dubois", "Intervenant 2"). */
const SPEAKER = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{L}[\p{L}'’.-]*|\d{1,2}(?![\d:]))){0,3}`;

/** The shapes of a speaker turn, at the start of a line: the stamp then the speaker, or the speaker then the stamp. */
export const TRANSCRIPT_TURNS: readonly string[] = [
  String.raw`^[\[(]?${STAMP}[\])]?\s?[-–—|:]?\s?(${SPEAKER})\s?(?:\([^()]{0,60}\))?\s?:?`,
  String.raw`^(${SPEAKER})\s?[-–—|:]?\s?[\[(]?${STAMP}[\])]?(?:\s|:|$)`,
];

/** How many stamped turns make a transcript, one speaker at least speaking twice: an agenda's times name no one twice. */
export const TRANSCRIPT_MIN_TURNS = 3;

/** A line that opens a transcript ("Full transcript:", "Transcription de l'enregistrement :"): speech from there on. */
export const TRANSCRIPT_LABELS: readonly string[] = [
  'transcript', 'full transcript', 'meeting transcript', 'call transcript', 'recording transcript', 'verbatim',
  'transcription', 'transcription complete', 'transcription de l enregistrement', 'retranscription', 'verbatim de l echange',
];
