import type { Draft } from './draft.js';
import { isFunctionWord, wordAt, type SentenceScope } from './scope.js';

/**
 * Whether a lone "một" or "năm" at `i` could still be a claim: more number words or `%` follow,
 * it opens a ratio or a range ("một trong ba", "từ năm đến bảy"),
 * a word that makes it a number precedes it ("số một", "thứ năm", "gấp năm", "hạng một"), or
 * something countable follows (a counting noun, a unit, a currency).
 */
function mayCount(s: SentenceScope, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next) return false;
  const lex = s.lexicon;
  if (lex.numerals.has(next.lower) || next.text === '%') return true;
  // "một trong ba người", "từ năm đến bảy ngày": the first of a ratio or a range.
  const after = s.tokens[i + 2];
  const linked = isFunctionWord(s, 'ratio-link', i + 1) || isFunctionWord(s, 'range-link', i + 1);
  if (linked && after && (after.type === 'num' || lex.numerals.has(after.lower))) return true;
  if (isFunctionWord(s, 'number-before', i - 1) || lex.rankMarkers.matchBefore(s.tokens, i)) return true;
  if (lex.numerals.get(wordAt(s, i - 1))?.role === 'scale') return false;
  return lex.countingNouns.matchAt(s.tokens, i + 1) !== null || lex.measures.matchAt(s.tokens, i + 1) !== null ||
    lex.currencies.matchAt(s.tokens, i + 1) !== null;
}

/**
 * Stage, a shortcut: "một" as an article ("một số", "một cách") and "năm" as a year ("năm nay")
 * are a quarter of all numbers found. Those that cannot count anything are set aside now, so no
 * later stage spends time on them. The decision itself is the non-claim rules'
 * (`dictionaries/rules/non-claim.tsv`): a test runs sentences with and without this stage and
 * finds the same claims.
 */
export function skipArticleWords(drafts: Draft[], s: SentenceScope): Draft[] {
  // Copied from the first draft set aside on: most sentences keep all theirs, and their array.
  let kept: Draft[] | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (mayClaim(d, s)) kept?.push(d);
    else kept ??= drafts.slice(0, k);
  }
  return kept ?? drafts;
}

/** Whether a draft may still be a claim: anything but a lone "một" or "năm" that cannot count. */
function mayClaim(d: Draft, s: SentenceScope): boolean {
  if (d.written !== 'words' || d.first !== d.last) return true;
  return !isFunctionWord(s, 'mostly-not-number', d.first) || mayCount(s, d.first);
}
