import type { ClaimRecord } from '../types.js';
import { claimSimilarity } from './similarity.js';
import type { ClaimPair } from './types.js';
import { compareValues } from './values.js';

/** Below this, two claims are not taken to be about the same thing. */
export const MIN_SIMILARITY = 0.35;
/** The same figure is a hint that two close claims are the pair (not proof: it is what is checked). */
const SAME_VALUE_BONUS = 0.1;

/**
 * Pairs the claims of A with those of B: among claims of the same kind, the most alike pair
 * first, each claim used once (greedy matching, enough for the few hundred claims of two
 * articles), then each pair judged by its figures. Unpaired claims are `only-a` / `only-b`.
 */
export function alignClaims(a: readonly ClaimRecord[], b: readonly ClaimRecord[]): ClaimPair[] {
  const candidates: { i: number; j: number; score: number; similarity: number }[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      if (x.kind !== y.kind) return;
      const similarity = claimSimilarity(x, y);
      if (similarity < MIN_SIMILARITY) return;
      const bonus = compareValues(x, y) === 'disagree' ? 0 : SAME_VALUE_BONUS;
      candidates.push({ i, j, similarity, score: similarity + bonus });
    }),
  );
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const pairOfA = new Map<number, { j: number; similarity: number }>();
  const takenB = new Set<number>();
  for (const c of candidates) {
    if (pairOfA.has(c.i) || takenB.has(c.j)) continue;
    pairOfA.set(c.i, { j: c.j, similarity: c.similarity });
    takenB.add(c.j);
  }
  const pairs: ClaimPair[] = a.map((x, i) => {
    const match = pairOfA.get(i);
    if (!match) return { status: 'only-a', a: x, b: null, similarity: 0 };
    const y = b[match.j]!;
    return { status: compareValues(x, y), a: x, b: y, similarity: Number(match.similarity.toFixed(3)) };
  });
  b.forEach((y, j) => {
    if (!takenB.has(j)) pairs.push({ status: 'only-b', a: null, b: y, similarity: 0 });
  });
  return pairs;
}
