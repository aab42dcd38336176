import type { ClaimRecord } from '../types.js';
import { alignClaims } from './align.js';
import type { Comparison } from './types.js';

export { alignClaims, MIN_SIMILARITY } from './align.js';
export { claimSimilarity } from './similarity.js';
export { compareValues, precisionOf } from './values.js';
export { PAIR_STATUSES, type ClaimPair, type Comparison, type PairStatus } from './types.js';

/**
 * Two documents' claims aligned (an article and the report it cites, two versions of a
 * press release): pairs in A's order, then what only B has.
 */
export function compareClaims(a: { name: string; records: readonly ClaimRecord[] }, b: { name: string; records: readonly ClaimRecord[] }): Comparison {
  return { a: a.name, b: b.name, pairs: alignClaims(a.records, b.records) };
}
