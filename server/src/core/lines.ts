// A note's lines, whatever its line breaks: the one split the model, the fixes and the server share.
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
