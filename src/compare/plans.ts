import type { ClaimRecord } from '../types.js';
import type { PairStatus } from './types.js';
import { compareValues } from './values.js';

/** A figure read as one number: a fraction as its share (`15/63`), a range by its low end. */
const amount = (r: ClaimRecord) => (r.denominator ? r.value / r.denominator : r.value);

/**
 * Whether a result reached a target (SPEC §3b status), strictly — a target is a line, and 94,8%
 * against 95% is short of it: a target stated as a ceiling (`dưới 3%`, `không quá 5 vụ`) is met
 * below it (at it, for `không quá`); a reduction targeted (`giảm 10%`) is not met by a rise; an
 * approximate target (`khoảng 1,2 triệu`) within its stretch; any other at or above it.
 */
function targetMet(target: ClaimRecord, result: ClaimRecord): boolean {
  const [t, r] = [amount(target), amount(result)];
  const ceiling = target.value_max !== null && !target.denominator ? target.value_max : t;
  switch (target.qualifier) {
    case 'under':
      return r < ceiling;
    case 'at_most':
      return r <= ceiling;
    case 'over':
      return r > t;
    case 'approx':
      return r >= t || compareValues(target, result) !== 'disagree';
    default:
      if (target.change === 'down' && result.change === 'up') return false;
      return r >= t;
  }
}

/**
 * A plan against what happened: a target in one document and a result in the other are not two
 * figures that must agree — the question is whether the target was met; a forecast and a result,
 * whether it came true (the same figure, within what either side's bound or rounding allows).
 * Null when the pair is not a plan and a result (two results, two targets, a rule…): their
 * figures are compared as they are.
 */
export function planVersusResult(a: ClaimRecord, b: ClaimRecord): PairStatus | null {
  const [plan, result] = a.status === 'actual' ? [b, a] : b.status === 'actual' ? [a, b] : [null, null];
  if (!plan || !result || plan === result) return null;
  if (plan.status === 'target') return targetMet(plan, result) ? 'target-met' : 'target-missed';
  if (plan.status === 'forecast') return compareValues(plan, result) === 'disagree' ? 'forecast-missed' : 'forecast-met';
  return null;
}
