import type { ClaimRecord } from '../types.js';
import { candidatePairs, EXHAUSTIVE_PAIRS } from './candidates.js';
import { featuresOf, featureSimilarity, type ClaimFeatures } from './similarity.js';
import type { ClaimPair } from './types.js';
import { planVersusResult } from './plans.js';
import { compatibleUnits } from './units.js';
import { compareValues } from './values.js';
import { whyPaired } from './why.js';
import { bestPairs } from './assignment.js';

/** Below this, two claims are not taken to be about the same thing. */
export const MIN_SIMILARITY = 0.35;
/** A figure with no unit pairs only with words this alike around it. */
const MIN_BARE_SIMILARITY = 0.6;

/**
 * A wide range ("giảm 6-343 đồng/lít", several things at once) against one figure is no pair:
 * the one lies inside the range whatever it is about.
 */
const WIDE_RANGE = 2;
function comparableShapes(a: ClaimRecord, b: ClaimRecord): boolean {
  const wide = (r: ClaimRecord) => r.value_max !== null && Math.abs(r.value_max) > WIDE_RANGE * Math.abs(r.value);
  return (a.value_max === null) === (b.value_max === null) || (!wide(a) && !wide(b));
}

/** The same figure is a hint that two close claims are the pair (not proof: it is what is checked). */
const SAME_VALUE_BONUS = 0.15;

type Match = Map<number, { j: number; similarity: number }>;

/**
 * One-to-one matching of the claims `ia` of A with the claims `ib` of B (indexes): the pairs worth
 * scoring (`candidatePairs`) that pass the evidence checks, paired so that the total score is the
 * largest (`assignment.ts`), each claim used once; adds to `pairOfA`.
 */
function matchClaims(a: readonly ClaimFeatures[], b: readonly ClaimFeatures[], ia: readonly number[], ib: readonly number[], pairOfA: Match, takenB: Set<number>): void {
  const candidates: { i: number; j: number; score: number; similarity: number }[] = [];
  for (const [x, y] of candidatePairs(ia.map((i) => a[i]!), ib.map((j) => b[j]!))) {
    const [i, j] = [ia[x]!, ib[y]!];
    // Evidence first, values after: the same kind and compatible units, then alike words.
    if (!compatibleUnits(a[i]!.record, b[j]!.record) || !comparableShapes(a[i]!.record, b[j]!.record)) continue;
    const similarity = featureSimilarity(a[i]!, b[j]!);
    // A bare number says nothing of what it is: only its words can pair it.
    if (similarity < (a[i]!.record.unit === null && a[i]!.record.kind === 'count' ? MIN_BARE_SIMILARITY : MIN_SIMILARITY)) continue;
    // The same figure in the same unit is a strong hint that two alike claims are the pair.
    const value = compareValues(a[i]!.record, b[j]!.record);
    const bonus = value === 'agree' ? SAME_VALUE_BONUS : value === 'disagree' ? 0 : SAME_VALUE_BONUS / 2;
    candidates.push({ i, j, similarity, score: similarity + bonus });
  }
  const similarity = new Map(candidates.map((c) => [`${c.i} ${c.j}`, c.similarity]));
  for (const c of bestPairs(candidates)) {
    pairOfA.set(c.i, { j: c.j, similarity: similarity.get(`${c.i} ${c.j}`)! });
    takenB.add(c.j);
  }
}

const indexes = (n: number) => Array.from({ length: n }, (_, k) => k);

/**
 * Pairs the claims of A with those of B: among claims of the same kind with compatible units,
 * the pairing of the largest total likeness, each claim used once, then each pair judged by its figures — a
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
  matchClaims(fa, fb, indexes(a.length), indexes(b.length), pairOfA, takenB);
  if (a.length * b.length > EXHAUSTIVE_PAIRS) {
    const [leftA, leftB] = [indexes(a.length).filter((i) => !pairOfA.has(i)), indexes(b.length).filter((j) => !takenB.has(j))];
    if (leftA.length && leftB.length) matchClaims(fa, fb, leftA, leftB, pairOfA, takenB);
  }
  const pairs: ClaimPair[] = a.map((x, i) => {
    const match = pairOfA.get(i);
    if (!match) return { status: 'only-a', a: x, b: null, similarity: 0, why: '' };
    const y = b[match.j]!;
    const status = planVersusResult(x, y) ?? compareValues(x, y);
    return { status, a: x, b: y, similarity: Number(match.similarity.toFixed(3)), why: whyPaired(fa[i]!, fb[match.j]!, status) };
  });
  b.forEach((y, j) => {
    if (!takenB.has(j)) pairs.push({ status: 'only-b', a: null, b: y, similarity: 0, why: '' });
  });
  return pairs;
}
