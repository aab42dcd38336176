/** Where a word falls in a table of {@link WordMarks}: its length and first and last letters, folded. */
const markOf = (word: string): number => (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 7 + word.length) & 1023;

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

/** A set of lower-cased words, sieved by {@link WordMarks}: `has` is cheap for the many words that are no member. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly marks = new WordMarks();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.marks.add(w);
  }

  has(word: string): boolean {
    return this.marks.mayHave(word) && this.words.has(word);
  }
}
