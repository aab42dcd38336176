/**
 * Where a word falls in a table of {@link WordMarks}: its length and first and last letters, folded.
 * The empty word (a token that is no word, one look-up in fifty) falls in 0 without reading a
 * letter: a letter read past the end is NaN, and would turn the sum into a float for every word.
 */
const markOf = (word: string): number => (word.length === 0 ? 0 : (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 7 + word.length) & 1023);

/**
 * A sieve in front of a lookup by word: most tokens of a sentence are in none of the small word
 * lists, and a glance at a word's length and first and last letters turns most of them away
 * before its string is hashed and looked up in a `Set` or `Map` (what costs, token after token).
 * `mayHave` is false only for words never added.
 */
export class WordMarks {
  private readonly marks = new Uint8Array(1024);

  add(word: string): void {
    this.marks[markOf(word)] = 1;
  }

  mayHave(word: string): boolean {
    return this.marks[markOf(word)] === 1;
  }
}

/** A `Set` of words whose `has` is sieved by {@link WordMarks}: cheap for the many words that are no member. */
export class WordSet extends Set<string> {
  private readonly marks = new WordMarks();

  constructor(words: Iterable<string> = []) {
    super(); // `Set`'s own constructor would call `add` before `marks` exists
    for (const w of words) this.add(w);
  }

  override add(word: string): this {
    this.marks.add(word);
    return super.add(word);
  }

  override has(word: string): boolean {
    return this.marks.mayHave(word) && super.has(word);
  }
}

/** A `Map` keyed by words whose `get` and `has` are sieved by {@link WordMarks}. */
export class WordMap<V> extends Map<string, V> {
  private readonly marks = new WordMarks();

  constructor(entries: Iterable<readonly [string, V]> = []) {
    super(); // `Map`'s own constructor would call `set` before `marks` exists
    for (const [word, value] of entries) this.set(word, value);
  }

  override set(word: string, value: V): this {
    this.marks.add(word);
    return super.set(word, value);
  }

  override get(word: string): V | undefined {
    return this.marks.mayHave(word) ? super.get(word) : undefined;
  }

  override has(word: string): boolean {
    return this.marks.mayHave(word) && super.has(word);
  }
}
