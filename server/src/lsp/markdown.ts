// Note text shown inside hovers is data, not Markdown: escape what would change its rendering.
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (ch) => `\\${ch}`);
}
