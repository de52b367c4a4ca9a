// A bounded memo of results keyed by text: what is computed from a line, a name or a date phrase at
// each keystroke is computed once, and the memo empties itself when full, so memory stays flat
// however long the editing goes on.
export class TextMemo<V> {
  private readonly values = new Map<string, V>();
  private chars = 0;

  /** `maxChars`: the key characters kept before the memo starts again empty. */
  constructor(private readonly maxChars: number, private readonly maxKey = 10_000) {}

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
