// A bounded memo of results keyed by text: what is computed from a line, a name or a date phrase at
// each keystroke is computed once, and the memo empties itself when full, so memory stays flat
// however long the editing goes on.
export class TextMemo<V> {
  private readonly values = new Map<string, V>();
  private chars = 0;
  private maxChars: number;

  /** `maxChars`: the key characters kept before the memo starts again empty. */
  constructor(private readonly fullChars: number, private readonly maxKey = 10_000) {
    this.maxChars = fullChars * scale;
    memos.push(this);
  }

  /** Keeps `factor` of the characters the memo was made for, from now on. */
  rescale(factor: number): void {
    this.maxChars = this.fullChars * factor;
    this.values.clear();
    this.chars = 0;
  }

  get(key: string, compute: (key: string) => V): V {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    const value = compute(key);
    if (key.length > this.maxKey) return value;
    if (this.chars + key.length > this.maxChars) {
      this.values.clear();
      this.chars = 0;
    }
    this.values.set(key, value);
    this.chars += key.length;
    return value;
  }
}

/** Every memo, so that a batch of notes can make them all smaller at once. */
const memos: TextMemo<unknown>[] = [];
let scale = 1;

/**
 * The memos sized for many notes read once each (a folder check, the workspace index) rather than
 * for one note edited at length: `factor` of their characters. What a note reads twice is still read
 * once, and the thread's heap holds less that will never be asked for again.
 */
export function scaleTextMemos(factor: number): void {
  scale = factor;
  for (const memo of memos) memo.rescale(factor);
}
