import type { PhraseIndex, PhraseMatch } from '../lexicon/phrase-index.js';
import { longestWord, syllableTags } from './noun-phrase.js';
import type { SentenceScope } from './scope.js';

/** The longest dictionary word that ends at token `i` ("giá bán" rather than "bán"): its first token and tags. */
export function wordEndingAt(s: SentenceScope, i: number): { first: number; tags: string | undefined } {
  s.wordsBefore ??= new Array(s.tokens.length + 1);
  const known = i >= 0 ? s.wordsBefore[i] : undefined;
  if (known) return known;
  let found: { first: number; tags: string | undefined } | undefined;
  for (let first = firstReaching(s, i); first < i && !found; first++) {
    if (s.tokens[first]?.type !== 'word') continue;
    const word = longestWord(s, first);
    if (word.end === i + 1 && word.tags) found = { first, tags: word.tags };
  }
  found ??= { first: i, tags: s.tokens[i]?.type === 'word' ? syllableTags(s, i) : undefined };
  if (i >= 0) s.wordsBefore[i] = found;
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
