// A bounded memo of results keyed by text: what is computed from a line, a name or a date phrase at
// each keystroke is computed once, and the memo empties itself when full, so memory stays flat
// however long the editing goes on.
export class TextMemo<V> {
  private readonly values = new Map<string, V>();
  private chars = 0;

  /** `maxChars`: the key characters kept before the memo starts again empty (times the thread's scale). */
  constructor(private readonly maxChars: number, private readonly maxKey = 10_000) {}

  get(key: string, compute: (key: string) => V): V {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    const value = compute(key);
    if (key.length > this.maxKey) return value;
    if (this.chars + key.length > this.maxChars * scale) {
      this.values.clear();
      this.chars = 0;
    }
    this.values.set(key, value);
    this.chars += key.length;
    return value;
  }
}

/** The part of its characters every memo of this thread keeps. */
let scale = 1;

/**
 * The memos sized for many notes read once each (a folder check, the workspace index) rather than
 * for one note edited at length: `factor` of their characters. What a note reads twice is still read
 * once, and the thread's heap holds less that will never be asked for again. A memo past its new
 * bound starts again empty at its next entry.
 */
export function scaleTextMemos(factor: number): void {
  scale = factor;
}
