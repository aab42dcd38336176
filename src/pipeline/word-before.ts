import type { PhraseIndex, PhraseMatch } from '../lexicon/phrase-index.js';
import { fnv1a } from '../text/hash.js';
import type { PosNode } from '../lexicon/lexicon.js';
import { longestWord, syllableTags } from './noun-phrase.js';
import { perLexicon } from './per-lexicon.js';
import type { SentenceScope } from './scope.js';

/** The longest dictionary word that ends at token `i` ("giá bán" rather than "bán"): its first token and tags. */
export function wordEndingAt(s: SentenceScope, i: number): { first: number; tags: string | undefined } {
  // Before the sentence's first token (asked of a number that opens it): nothing. Read at -1, an
  // array leaves its fast path for a lookup through its prototype, and its other reads slow too.
  if (i < 0) return { first: i, tags: undefined };
  s.wordsBefore ??= new Array(s.tokens.length + 1);
  const known = s.wordsBefore[i];
  if (known) return known;
  let found: { first: number; tags: string | undefined } | undefined;
  // No walk back where no word of two syllables or more ends with the token and the one before it.
  const from = s.segmented || mayEndWord(s, i) ? firstReaching(s, i) : i;
  for (let first = from; first < i && !found; first++) {
    if (s.tokens[first]?.type !== 'word') continue;
    const word = longestWord(s, first);
    if (word.end === i + 1 && word.tags) found = { first, tags: word.tags };
  }
  found ??= { first: i, tags: s.tokens[i]?.type === 'word' ? syllableTags(s, i) : undefined };
  s.wordsBefore[i] = found;
  return found;
}

/**
 * The first token from which a dictionary word of up to four syllables may reach token `i`: a walk
 * goes on only over words spaced apart, and one from before a number, a mark or a glued word
 * stops there — not walked at all (a syllable looked up for nothing: 15k of 182k walks a pass over the bench).
 */
function firstReaching(s: SentenceScope, i: number): number {
  // vntk's words are read as it segmented them, not walked: any of them may end at `i`.
  if (s.segmented) return Math.max(0, i - 3);
  let k = i;
  while (k > i - 3 && k > 0 && s.tokens[k]?.type === 'word' && s.tokens[k]!.gap) k--;
  return k;
}

/**
 * Whether a dictionary word of two syllables or more may end at token `i`: one whose last two
 * syllables are tokens `i - 1` and `i`. Most walks `wordEndingAt` starts before `i` find no word
 * ending there, each a syllable looked up and a step of the trie, memory far apart; a bit of
 * {@link endingPairs} rules them out first (a pass over the bench: 168k walks down to 106k, 137k
 * trie steps to 84k; attachSubject 1-2 % faster by stage timers, within their noise). The same sieve
 * on the steps of a forward walk (`walkFrom`) cost more than it spared: attachUnit 3 % slower.
 */
function mayEndWord(s: SentenceScope, i: number): boolean {
  if (i < 1) return false;
  const a = s.tokens[i - 1];
  const b = s.tokens[i];
  if (!a || !b || a.type !== 'word' || b.type !== 'word') return false;
  const bit = pairBit(a.lower, b.lower);
  return (endingPairs(s.lexicon)[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Bits of the {@link endingPairs} sieve: 64 KB, one in twenty set by the dictionary's ~25k pairs. */
const PAIR_BITS = 19;

/** The bit of the pair of syllables `a b`: the high bits of the FNV-1a hash of `a`, a space and `b`. */
const pairBit = (a: string, b: string): number => fnv1a(b, fnv1a(' ', fnv1a(a))) >>> (32 - PAIR_BITS);

/** A bit per pair of syllables that ends a word of the dictionary (`Lexicon.posTrie`), set for each such pair. */
const endingPairs = perLexicon((lexicon) => {
  const bits = new Int32Array(2 ** PAIR_BITS / 32);
  const add = (syllables: ReadonlyMap<string, PosNode>, before: string | null) => {
    for (const [syllable, node] of syllables) {
      if (before !== null && node.tags) {
        const bit = pairBit(before, syllable);
        bits[bit >>> 5]! |= 1 << (bit & 31);
      }
      if (node.next) add(node.next, syllable);
    }
  };
  add(lexicon.posTrie, null);
  return bits;
});

/** Whether the word ending at token `i` is a noun (or an unknown word), not a verb. */
export function isNounBefore(s: SentenceScope, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.type !== 'word') return t?.type === 'code';
  if (s.lexicon.unitBoundaries.matchAt(s.tokens, i)) return false;
  // The longest word ending here ("giá bán") or the last syllable alone ("có giá": giá) may be the noun.
  const { tags } = wordEndingAt(s, i);
  const own = s.lexicon.pos.get(t.lower);
  return (tags === undefined && own === undefined) || !!tags?.includes('N') || !!own?.includes('N');
}

/**
 * A dictionary phrase that ends just before token `end` and is a whole word there: "cấp" is
 * a label noun, but not at the end of "cung cấp".
 */
export function matchWordBefore<T>(s: SentenceScope, index: PhraseIndex<T>, end: number): PhraseMatch<T> | null {
  const m = index.matchBefore(s.tokens, end);
  return m && wordEndingAt(s, end - 1).first >= m.first ? m : null;
}
