// A note's lines, whatever its line breaks: the one split the model, the fixes and the server share.
export function splitLines(text: string): string[] {
  // Most notes have no carriage return: a split on one character is several times faster.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}
