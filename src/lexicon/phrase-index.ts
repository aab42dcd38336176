import { scanTokens } from '../text/scan-tokens.js';
import type { Token } from '../text/token.js';

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
function phraseTokens(phrase: string): Token[] {
  const tokens: Token[] = [];
  for (const m of phrase.matchAll(/\S+/g)) {
    const chunk = scanTokens(m[0], m.index);
    if (GLUED_CODE.test(m[0])) tokens.push({ ...chunk[0]!, type: 'code', text: m[0], lower: m[0].toLowerCase(), end: m.index + m[0].length, gap: true });
    else tokens.push(...chunk.map((t, k) => ({ ...t, gap: k === 0 })));
  }
  return tokens;
}

/** No match: one shared empty list, so that the many lookups that find nothing allocate nothing. */
const NO_MATCH: readonly number[] = Object.freeze([]);

const key = (s: string, caseSensitive: boolean) => (caseSensitive ? s : s.toLowerCase());

/**
 * Multi-word dictionary phrases matched against sentence tokens, longest first.
 * A phrase is tokenized like text, so `km/h`, `héc-ta` and `ở mức` all match the
 * tokens they would produce, with the same glued/spaced joins.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  readonly size: number;
  /** Tokens in the longest phrase. */
  readonly longest: number;

  constructor(phrases: Iterable<[phrase: string, value: T, caseSensitive?: boolean]>) {
    let size = 0;
    let longest = 0;
    for (const [phrase, value, caseSensitive = false] of phrases) {
      const tokens = phraseTokens(phrase);
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
      size++;
      longest = Math.max(longest, entry.parts.length);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) {
      list.sort((a, b) => b.parts.length - a.parts.length);
    }
    this.size = size;
    this.longest = longest;
  }

  private fits(entry: Entry<T>, tokens: readonly Token[], first: number): boolean {
    for (let k = 0; k < entry.parts.length; k++) {
      const t = tokens[first + k];
      if (!t || (entry.caseSensitive ? t.text : t.lower) !== entry.parts[k]) return false;
      if (k > 0 && t.gap !== entry.gaps[k]) return false;
    }
    return true;
  }

  /** The longest phrase that starts at token `i`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (!t) return null;
    for (const entry of this.byFirst.get(t.lower) ?? []) {
      if (this.fits(entry, tokens, i)) return { first: i, end: i + entry.parts.length, value: entry.value };
    }
    return null;
  }

  /** The longest phrase that ends just before token `end` (exclusive). */
  matchBefore(tokens: readonly Token[], end: number): PhraseMatch<T> | null {
    const t = tokens[end - 1];
    if (!t) return null;
    for (const entry of this.byLast.get(t.lower) ?? []) {
      const first = end - entry.parts.length;
      if (first >= 0 && this.fits(entry, tokens, first)) return { first, end, value: entry.value };
    }
    return null;
  }

  /** Every phrase that starts at token `i`, longest first: the token index after each. */
  endsAt(tokens: readonly Token[], i: number): readonly number[] {
    const entries = tokens[i] && this.byFirst.get(tokens[i]!.lower);
    if (!entries) return NO_MATCH;
    const out: number[] = [];
    for (const entry of entries) {
      const end = i + entry.parts.length;
      if (out[out.length - 1] !== end && this.fits(entry, tokens, i)) out.push(end);
    }
    return out;
  }

  /** Every phrase that ends just before token `end`, longest first: the first token of each. */
  startsBefore(tokens: readonly Token[], end: number): readonly number[] {
    const entries = tokens[end - 1] && this.byLast.get(tokens[end - 1]!.lower);
    if (!entries) return NO_MATCH;
    const out: number[] = [];
    for (const entry of entries) {
      const first = end - entry.parts.length;
      if (first >= 0 && out[out.length - 1] !== first && this.fits(entry, tokens, first)) out.push(first);
    }
    return out;
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
    return this.byFirst.has(lower);
  }

  /** Whether a single word, as written, is a one-word phrase of the index (case rules applied). */
  hasWord(word: string): boolean {
    return (this.byFirst.get(word.toLowerCase()) ?? []).some(
      (e) => e.parts.length === 1 && key(word, e.caseSensitive) === e.parts[0],
    );
  }
}
