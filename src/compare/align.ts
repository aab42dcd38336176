import type { ClaimRecord } from '../types.js';
import { candidatePairs, EXHAUSTIVE_PAIRS } from './candidates.js';
import { featuresOf, featureSimilarity, type ClaimFeatures } from './similarity.js';
import type { ClaimPair } from './types.js';
import { planVersusResult } from './plans.js';
import { compareValues } from './values.js';

/** Below this, two claims are not taken to be about the same thing. */
export const MIN_SIMILARITY = 0.35;
/** The same figure is a hint that two close claims are the pair (not proof: it is what is checked). */
const SAME_VALUE_BONUS = 0.1;

type Match = Map<number, { j: number; similarity: number }>;

/**
 * Greedy matching of the claims `ia` of A with the claims `ib` of B (indexes): the pairs worth
 * scoring (`candidatePairs`), the most alike first, each claim used once; adds to `pairOfA`.
 */
function matchGreedily(a: readonly ClaimFeatures[], b: readonly ClaimFeatures[], ia: readonly number[], ib: readonly number[], pairOfA: Match, takenB: Set<number>): void {
  const candidates: { i: number; j: number; score: number; similarity: number }[] = [];
  for (const [x, y] of candidatePairs(ia.map((i) => a[i]!), ib.map((j) => b[j]!))) {
    const [i, j] = [ia[x]!, ib[y]!];
    if (a[i]!.record.kind !== b[j]!.record.kind) continue;
    const similarity = featureSimilarity(a[i]!, b[j]!);
    if (similarity < MIN_SIMILARITY) continue;
    const bonus = compareValues(a[i]!.record, b[j]!.record) === 'disagree' ? 0 : SAME_VALUE_BONUS;
    candidates.push({ i, j, similarity, score: similarity + bonus });
  }
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const c of candidates) {
    if (pairOfA.has(c.i) || takenB.has(c.j)) continue;
    pairOfA.set(c.i, { j: c.j, similarity: c.similarity });
    takenB.add(c.j);
  }
}

const indexes = (n: number) => Array.from({ length: n }, (_, k) => k);

/**
 * Pairs the claims of A with those of B: among claims of the same kind, the most alike pair
 * first, each claim used once (greedy matching), then each pair judged by its figures — a
 * target or forecast against a result by whether it was met (`plans.ts`).
 * Unpaired claims are `only-a` / `only-b`. Two articles' claims are scored pair by pair; long
 * documents' only against the claims an index finds alike (`candidates.ts`), so that the time
 * grows with the claims, not with their product — and then what that left unpaired on both
 * sides is matched among itself, as the pair-by-pair matching would have.
 */
export function alignClaims(a: readonly ClaimRecord[], b: readonly ClaimRecord[]): ClaimPair[] {
  const [fa, fb] = [a.map(featuresOf), b.map(featuresOf)];
  const pairOfA: Match = new Map();
  const takenB = new Set<number>();
  matchGreedily(fa, fb, indexes(a.length), indexes(b.length), pairOfA, takenB);
  if (a.length * b.length > EXHAUSTIVE_PAIRS) {
    const [leftA, leftB] = [indexes(a.length).filter((i) => !pairOfA.has(i)), indexes(b.length).filter((j) => !takenB.has(j))];
    if (leftA.length && leftB.length) matchGreedily(fa, fb, leftA, leftB, pairOfA, takenB);
  }
  const pairs: ClaimPair[] = a.map((x, i) => {
    const match = pairOfA.get(i);
    if (!match) return { status: 'only-a', a: x, b: null, similarity: 0 };
    const y = b[match.j]!;
    return { status: planVersusResult(x, y) ?? compareValues(x, y), a: x, b: y, similarity: Number(match.similarity.toFixed(3)) };
  });
  b.forEach((y, j) => {
    if (!takenB.has(j)) pairs.push({ status: 'only-b', a: null, b: y, similarity: 0 });
  });
  return pairs;
}
