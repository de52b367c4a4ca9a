// Apart from record.ts, so the language server's cache can name the version without loading the analysis.

/** Bumped whenever the record's shape or reading changes: cached records of another version are read again. */
export const RECORD_VERSION = 3;
