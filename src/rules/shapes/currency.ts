import type { Draft } from '../../pipeline/draft.js';
import type { SentenceScope } from '../../pipeline/scope.js';

/** How far from a bare amount the currency of its sentence is looked for, each way: a window, never the whole sentence. */
const WINDOW = 24;

/**
 * The currency a bare amount in millions or billions is in: the nearest currency written after
 * another amount within the window ("tổng vốn 5 tỷ USD, trong đó 948 triệu giải ngân"), the
 * nearer side winning a tie towards the left. Null when none.
 */
export function currencyNear(d: Draft, s: SentenceScope): { unit: string; code: string } | null {
  let best: { unit: string; code: string; distance: number } | null = null;
  const from = Math.max(1, d.first - WINDOW);
  const to = Math.min(s.tokens.length, d.last + WINDOW);
  for (let i = from; i < to; i++) {
    // Only a currency written after an amount: "yên" is also a word ("bình yên").
    const before = s.tokens[i - 1]!;
    if (before.type !== 'num' && s.lexicon.numerals.get(before.lower)?.role !== 'scale') continue;
    const m = s.lexicon.currencies.matchAt(s.tokens, i);
    if (!m || m.value.position === 'before') continue;
    const distance = Math.abs(i - d.first) + (i < d.first ? 0 : 0.5);
    if (!best || distance < best.distance) best = { unit: m.value.unit, code: m.value.code, distance };
  }
  return best;
}
