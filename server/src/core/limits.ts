// Bounds on the input, light enough for the server's thread, which reads files without the analysis core.

/** About 5 MB of text: fifty times the longest notes seen, still checked in well under a second. */
export const MAX_NOTE_LENGTH = 5_000_000;
