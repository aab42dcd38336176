import type { Draft, NonClaim } from '../draft.js';
import type { SentenceScope } from '../scope.js';

/**
 * One non-claim rule: given a draft, the sentence and the sentence's other drafts, why the
 * number is not a claim, or null when the rule has nothing against it.
 */
export type NonClaimRule = (d: Draft, s: SentenceScope, drafts: readonly Draft[]) => NonClaim | null;

export const asDate = (reason: string): NonClaim => ({ kind: 'date', reason });
export const asReference = (reason: string): NonClaim => ({ kind: 'reference', reason });
export const dropped = (reason: string): NonClaim => ({ kind: null, reason });
