import type { Draft } from './draft.js';
import { wordAt, type SentenceScope } from './scope.js';

/** "một" (a, one) and "năm" (year, five) are mostly not numbers: the commonest number words by far. */
const MOSTLY_NOT_NUMBERS = new Set(['một', 'năm']);

/**
 * Whether a lone "một" or "năm" at `i` could still be a claim: something countable follows (a
 * counting noun, a unit, a currency, `%`), a rank or a multiple precedes it ("số một", "gấp
 * năm"), or more number words follow ("năm mươi", "một triệu").
 */
function mayCount(s: SentenceScope, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next) return false;
  const lex = s.lexicon;
  if (lex.numerals.has(next.lower) || next.text === '%') return true;
  if (['số', 'thứ', 'gấp'].includes(wordAt(s, i - 1))) return true;
  return lex.countingNouns.matchAt(s.tokens, i + 1) !== null || lex.measures.matchAt(s.tokens, i + 1) !== null ||
    lex.currencies.matchAt(s.tokens, i + 1) !== null;
}

/**
 * Stage: "một" as an article ("một số", "một cách") and "năm" as a year ("năm nay", "cùng kỳ
 * năm trước") are a third of all numbers found; the ones that cannot count anything are set
 * aside now, so that no later stage spends time on them or joins them ("một trong ba"). The
 * non-claim rules decide about the rest.
 */
export function dropArticleWords(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.filter((d) => {
    if (d.written !== 'words' || d.first !== d.last) return true;
    const word = wordAt(s, d.first);
    return !MOSTLY_NOT_NUMBERS.has(word) || mayCount(s, d.first);
  });
}
