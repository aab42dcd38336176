import { scanTokens } from '../text/scan-tokens.js';
import type { Token } from '../text/token.js';
import { WordMarks } from './word-set.js';

interface Entry<T> {
  parts: string[];
  /** For each part after the first: must white space precede it (true) or must it be glued (false)? */
  gaps: boolean[];
  caseSensitive: boolean;
  value: T;
}

/** A match of a dictionary phrase over tokens `[first, end)`. */
export interface PhraseMatch<T> {
  first: number;
  end: number;
  value: T;
}

// "m2", "km2", "CO2": letters glued to digits are one token in text (an identifier), so in phrases too.
const GLUED_CODE = /^[A-Za-z]+\d+$/;
/** A phrase's parts as the tokenizer cuts text, each with whether white space stands before it: all an entry keeps of them. */
function phraseParts(phrase: string): { text: string; gap: boolean }[] {
  const parts: { text: string; gap: boolean }[] = [];
  for (const m of phrase.matchAll(/\S+/g)) {
    if (GLUED_CODE.test(m[0])) parts.push({ text: m[0], gap: true });
    else scanTokens(m[0]).forEach((t, k) => parts.push({ text: t.text, gap: k === 0 }));
  }
  return parts;
}

/** No match: one shared empty list, so that the many lookups that find nothing allocate nothing. */
const NO_MATCH: readonly number[] = Object.freeze([]);

/** One match, the common answer of `endsAt` and `startsBefore`: a shared frozen list per token
 * index, so that it allocates nothing either. */
const SINGLE: (readonly number[])[] = [];
export function single(n: number): readonly number[] {
  // Grown densely, in order: an array filled at a far index first would turn into a slow hash table.
  while (SINGLE.length <= n) SINGLE.push(Object.freeze([SINGLE.length]));
  return SINGLE[n]!;
}

const key = (s: string, caseSensitive: boolean) => (caseSensitive ? s : s.toLowerCase());

/**
 * Token `i`, undefined before the first ("the phrase ending before token 0", 5k look-ups a pass):
 * an array read at a negative index is a property look-up by name, tens of times slower, and it
 * leaves the read slow for every index after it.
 */
const tokenAt = (tokens: readonly Token[], i: number): Token | undefined => (i >= 0 ? tokens[i] : undefined);

/**
 * Whether `entry` is written at `tokens[first…]`. Part `known` is the word the entry was found by
 * (its first or last): a lower-cased entry's is that token's own, and is not compared again.
 */
function fits<T>(entry: Entry<T>, tokens: readonly Token[], first: number, known: number): boolean {
  const { parts, gaps, caseSensitive } = entry;
  for (let k = 0; k < parts.length; k++) {
    const t = tokens[first + k];
    if (!t || ((k !== known || caseSensitive) && (caseSensitive ? t.text : t.lower) !== parts[k])) return false;
    if (k > 0 && t.gap !== gaps[k]) return false;
  }
  return true;
}

/**
 * Multi-word dictionary phrases matched against sentence tokens, longest first.
 * A phrase is tokenized like text, so `km/h`, `héc-ta` and `ở mức` all match the
 * tokens they would produce, with the same glued/spaced joins.
 *
 * Every stage asks it about token after token, and most tokens start or end no phrase: a
 * sieve on the first and last words ({@link WordMarks}) answers those before any `Map` lookup.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  private readonly firstMarks = new WordMarks();
  private readonly lastMarks = new WordMarks();
  /** One-token phrases by how `hasWord` finds them: as written (case-sensitive rows) or lower-cased. */
  private readonly exactWords = new Set<string>();
  private readonly lowerWords = new Set<string>();
  readonly size: number;
  /** Tokens in the longest phrase. */
  readonly longest: number;

  constructor(phrases: Iterable<[phrase: string, value: T, caseSensitive?: boolean]>) {
    let size = 0;
    let longest = 0;
    for (const [phrase, value, caseSensitive = false] of phrases) {
      const tokens = phraseParts(phrase);
      const entry: Entry<T> = {
        parts: tokens.map((t) => key(t.text, caseSensitive)),
        gaps: tokens.map((t) => t.gap),
        caseSensitive,
        value,
      };
      const first = entry.parts[0]!.toLowerCase();
      const last = entry.parts[entry.parts.length - 1]!.toLowerCase();
      (this.byFirst.get(first) ?? this.byFirst.set(first, []).get(first)!).push(entry);
      (this.byLast.get(last) ?? this.byLast.set(last, []).get(last)!).push(entry);
      this.firstMarks.add(first);
      this.lastMarks.add(last);
      if (entry.parts.length === 1 && caseSensitive) this.exactWords.add(entry.parts[0]!);
      // A word is looked up lower-cased under its own lower case: a part that lower-cases to something else is never found.
      else if (entry.parts.length === 1 && entry.parts[0] === first) this.lowerWords.add(first);
      size++;
      longest = Math.max(longest, entry.parts.length);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) {
      list.sort((a, b) => b.parts.length - a.parts.length);
    }
    this.size = size;
    this.longest = longest;
  }

  /** The phrases whose first word is token `t`'s, longest first; undefined when none. */
  private startingWith(t: Token | undefined): Entry<T>[] | undefined {
    return t && this.firstMarks.mayHave(t.lower) ? this.byFirst.get(t.lower) : undefined;
  }

  /** The phrases whose last word is token `t`'s, longest first; undefined when none. */
  private endingWith(t: Token | undefined): Entry<T>[] | undefined {
    return t && this.lastMarks.mayHave(t.lower) ? this.byLast.get(t.lower) : undefined;
  }

  /** The longest phrase that starts at token `i`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const entries = this.startingWith(tokenAt(tokens, i));
    if (!entries) return null;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (fits(entry, tokens, i, 0)) return { first: i, end: i + entry.parts.length, value: entry.value };
    }
    return null;
  }

  /** The longest phrase that ends just before token `end` (exclusive). */
  matchBefore(tokens: readonly Token[], end: number): PhraseMatch<T> | null {
    const entries = this.endingWith(tokenAt(tokens, end - 1));
    if (!entries) return null;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const first = end - entry.parts.length;
      if (first >= 0 && fits(entry, tokens, first, entry.parts.length - 1)) return { first, end, value: entry.value };
    }
    return null;
  }

  /** Every phrase that starts at token `i`, longest first: the token index after each. */
  endsAt(tokens: readonly Token[], i: number): readonly number[] {
    const entries = this.startingWith(tokenAt(tokens, i));
    if (!entries) return NO_MATCH;
    let only = -1;
    let out: number[] | null = null;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const end = i + entry.parts.length;
      if (end === (out ? out[out.length - 1] : only) || !fits(entry, tokens, i, 0)) continue;
      if (only === -1) only = end;
      else (out ??= [only]).push(end);
    }
    return out ?? (only === -1 ? NO_MATCH : single(only));
  }

  /** Every phrase that ends just before token `end`, longest first: the first token of each. */
  startsBefore(tokens: readonly Token[], end: number): readonly number[] {
    const entries = this.endingWith(tokenAt(tokens, end - 1));
    if (!entries) return NO_MATCH;
    let only = -1;
    let out: number[] | null = null;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const first = end - entry.parts.length;
      if (first < 0 || first === (out ? out[out.length - 1] : only) || !fits(entry, tokens, first, entry.parts.length - 1)) continue;
      if (only === -1) only = first;
      else (out ??= [only]).push(first);
    }
    return out ?? (only === -1 ? NO_MATCH : single(only));
  }

  /** The lower-cased last words of the phrases. */
  lastWords(): string[] {
    return [...this.byLast.keys()];
  }

  /** The lower-cased first words of the phrases. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** Whether some phrase starts with this lower-cased word. */
  startsWordOf(lower: string): boolean {
    return this.firstMarks.mayHave(lower) && this.byFirst.has(lower);
  }

  /** Whether a single word, as written, is a one-word phrase of the index (case rules applied). */
  hasWord(word: string): boolean {
    return this.exactWords.has(word) || (this.lowerWords.size > 0 && this.lowerWords.has(word.toLowerCase()));
  }
}
