import type { ClaimRecord } from '../types.js';

/**
 * How a claim of document A stands against document B:
 * - `agree`: the same thing with the same value (a qualifier added to it is no difference);
 * - `consistent`: one side's bound, range or `khoảng` holds the other's figure, within the stretch a
 *   bound implies (`hơn 85.000` and `85.341`; not `hơn 500` and `5.000`);
 * - `disagree`: the same thing with a different value — what a fact-checker is looking for;
 * - `rounded`: the same value within the precision one side states it with (`27,6 triệu` and `27.612.345`);
 * - `target-met`, `target-missed`: a target on one side, the result on the other, and whether it
 *   was reached — a plan and its result are never a disagreement;
 * - `forecast-met`, `forecast-missed`: a forecast and the result, and whether it came true;
 * - `only-a`, `only-b`: no counterpart in the other document.
 */
export type PairStatus = 'agree' | 'disagree' | 'rounded' | 'consistent' | 'target-met' | 'target-missed' | 'forecast-met' | 'forecast-missed' | 'only-a' | 'only-b';

export const PAIR_STATUSES: readonly PairStatus[] = ['disagree', 'target-missed', 'forecast-missed', 'rounded', 'consistent', 'agree', 'target-met', 'forecast-met', 'only-a', 'only-b'];

/** A claim of A and its counterpart in B (one of them null for `only-a` / `only-b`). */
export interface ClaimPair {
  status: PairStatus;
  a: ClaimRecord | null;
  b: ClaimRecord | null;
  /** How alike the two claims' units, subjects and sentences are, from 0 to 1 (0 when unpaired). */
  similarity: number;
  /** Why they were paired and judged so: the unit, the shared words, the value rule (empty when unpaired). */
  why: string;
}

/** Two documents' claims, aligned. */
export interface Comparison {
  /** The two documents' names, as given. */
  a: string;
  b: string;
  pairs: ClaimPair[];
}
