import type { ClaimRecord } from '../types.js';
import type { ClaimFeatures } from './similarity.js';

// Scoring every claim of A against every claim of B is what two articles need (a few hundred
// claims: every pair is scored, `EXHAUSTIVE_PAIRS`), but it grows with A × B: 4.000 claims a
// side took a minute. Past that, each claim is scored only against the claims of the other side
// that share something with it — the same unit, the same value, the same subject, one of its
// rarest neighbouring words — and among those, the ones at about the same place in their
// document (two versions of a text keep their order), `REACH` on each side per bucket. What this
// leaves unpaired on both sides is matched among itself afterwards (`align.ts`).

/** Up to this many pairs, every pair of the same kind is scored. */
export const EXHAUSTIVE_PAIRS = 250_000;
/** Claims taken from each bucket on each side of the expected place; from the bucket of the kind alone, more (it is all the place says). */
const REACH = 6;
const PLACE_REACH = 16;
/** A claim's rarest neighbouring words looked up (a common word says nothing about a pair). */
const RARE_WORDS = 4;

const numberKey = (n: number | null) => (n === null ? '' : String(n));

/** The buckets a claim falls in, all within its kind (claims of different kinds are never paired). */
function keysOf(f: ClaimFeatures): { fixed: string[]; words: string[] } {
  const r: ClaimRecord = f.record;
  const kind = `${r.kind}\u0000${r.lang ?? 'vi'}`;
  // The place alone, across languages too: an English claim's counterpart shares no word with it.
  const fixed = [`k${r.kind}`, `v${kind}\u0000${numberKey(r.value)}\u0000${numberKey(r.value_max)}\u0000${numberKey(r.denominator)}`];
  if (f.unit) fixed.push(`u${kind}\u0000${f.unit.text}`);
  if (f.subject) fixed.push(`s${kind}\u0000${f.subject.text}`);
  return { fixed, words: [...f.near].map((w) => `w${kind}\u0000${w}`) };
}

/** Each bucket's claims (their indexes, in document order). */
function bucketsOf(keys: readonly { fixed: string[]; words: string[] }[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  keys.forEach(({ fixed, words }, i) => {
    for (const key of [...fixed, ...words]) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  return buckets;
}

/** The `reach` entries of a sorted bucket on each side of `place`. */
function around(bucket: readonly number[], place: number, reach: number, take: (j: number) => void): void {
  let [low, high] = [0, bucket.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (bucket[mid]! < place) low = mid + 1;
    else high = mid;
  }
  for (let k = Math.max(0, low - reach); k < Math.min(bucket.length, low + reach); k++) take(bucket[k]!);
}

/** For each claim of `from`, the claims of `to` it shares a bucket with, near its expected place. */
function pairsFrom(from: readonly ClaimFeatures[], to: readonly ClaimFeatures[], found: (i: number, j: number) => void): void {
  const buckets = bucketsOf(to.map(keysOf));
  from.forEach((f, i) => {
    const place = Math.round((i * to.length) / Math.max(1, from.length));
    const { fixed, words } = keysOf(f);
    const rare = words.filter((w) => buckets.has(w)).sort((x, y) => buckets.get(x)!.length - buckets.get(y)!.length).slice(0, RARE_WORDS);
    for (const key of [...fixed, ...rare]) {
      const bucket = buckets.get(key);
      if (bucket) around(bucket, place, key.startsWith('k') ? PLACE_REACH : REACH, (j) => found(i, j));
    }
  });
}

/**
 * The pairs (index in A, index in B) worth scoring: every pair of the same kind when there are
 * at most `EXHAUSTIVE_PAIRS`, else the pairs that share a bucket, looked for from both sides,
 * each once.
 */
export function candidatePairs(a: readonly ClaimFeatures[], b: readonly ClaimFeatures[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (a.length * b.length <= EXHAUSTIVE_PAIRS) {
    a.forEach((x, i) => b.forEach((y, j) => {
      if (x.record.kind === y.record.kind) pairs.push([i, j]);
    }));
    return pairs;
  }
  // One small set per claim of A: a single set of all pairs grows large enough to cost more than the scoring.
  const seen = a.map(() => new Set<number>());
  const add = (i: number, j: number) => {
    if (seen[i]!.has(j)) return;
    seen[i]!.add(j);
    pairs.push([i, j]);
  };
  pairsFrom(a, b, add);
  pairsFrom(b, a, (j, i) => add(i, j));
  return pairs;
}
