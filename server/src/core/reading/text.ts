// Text helpers shared by the core and the rules: normalisation and whole-word phrase matching.

/** Lower case, accents and punctuation removed, single spaces: "Étape 2 : Faits" -> "etape 2 faits". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** True when `phrase` (already normalised) occurs as whole words in `normalized`. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** The first of `phrases` found as whole words, longest first. */
export function findPhrase(normalized: string, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    if ((!best || phrase.length > best.length) && hasPhrase(normalized, phrase)) best = phrase;
  }
  return best;
}

export function hasAnyPhrase(normalized: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => hasPhrase(normalized, phrase));
}

/** Inline Markdown removed from one line: emphasis, code ticks, links and images keep their text. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<!--.*?-->/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .trim();
}

/** "Q : Que vends-tu ?" -> { speaker: "Q", body: "Que vends-tu ?" }. Short prefixes only. */
export function splitSpeaker(text: string): { speaker?: string; body: string } {
  // "> : answer" in transcripts: an answer whose speaker is implied.
  if (text.startsWith(':')) return { body: text.slice(1).trim() };
  const match = /^([^:?!.]{1,40}?)\s*:\s*(.*)$/.exec(text);
  if (!match) return { body: text };
  const speaker = match[1].replace(/^[>\-–—\s]+/, '').trim();
  if (speaker.split(/\s+/).length > 5) return { body: text };
  return { speaker: speaker || undefined, body: match[2].trim() };
}

export function isQuestion(text: string): boolean {
  return /\?\s*["»”)]*\s*$/.test(text);
}
