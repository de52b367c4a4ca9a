// The front matter key that links a follow-up note to the note it follows (`follows: ./2026-03-12-seance.md`).
export const FOLLOW_UP_KEYS = ['follows'];
