import type { ClaimRecord } from '../types.js';

/** Float noise in values that went through scale words (11,07 × 10⁶). */
const EPSILON = 1e-9;
/** Trailing zeros mean rounding from here up. */
const ROUNDED_FROM = 1000;

/**
 * The unit of the last digit a value is stated with: 27.600.000 (`27,6 triệu`) → 100.000,
 * 85.000 → 1.000, 96,6 → 0,1, 98 → 1. Trailing zeros of a figure in the thousands or more
 * are taken as rounding, which is how reporting writes rounded figures; a small round number
 * (`100%`, `20 xã`) is usually exact.
 */
export function precisionOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const abs = Math.abs(value);
  if (!Number.isInteger(Number(abs.toPrecision(12)))) {
    const decimals = (abs.toPrecision(12).replace(/0+$/, '').split('.')[1] ?? '').length;
    return 10 ** -decimals;
  }
  let unit = 1;
  if (abs < ROUNDED_FROM) return unit;
  while (Math.round(abs / (unit * 10)) * unit * 10 === Math.round(abs) && unit < abs) unit *= 10;
  return unit;
}

const same = (x: number | null, y: number | null) => x === y || (x !== null && y !== null && Math.abs(x - y) <= EPSILON * Math.max(1, Math.abs(x)));

/** Whether `value` is `stated` written with `stated`'s precision: less than half its last digit away. */
function roundsTo(value: number, stated: number): boolean {
  const unit = precisionOf(stated);
  return unit > precisionOf(value) && Math.abs(value - stated) < unit / 2 - EPSILON * unit;
}

/**
 * How far a bound stretches when a writer uses it for one figure: "hơn 300 tỷ" is said of 306 tỷ,
 * not of 3.000 tỷ; "gần 10.000" of 9.600, not of 4.100. A bound from below reaches a fifth
 * above it, one from above a twentieth below it (`gần`, `dưới`, `tối đa`: a figure just short).
 */
export const BOUND_ABOVE = 0.2;
export const BOUND_BELOW = 0.05;

/** Whether a bound (hơn, ít nhất, gần, tối đa) holds of the other's value within the stretch it implies. */
function boundAllows(bound: ClaimRecord, value: number): boolean {
  const x = bound.value;
  const above = (v: number) => v <= x + Math.abs(x) * BOUND_ABOVE + EPSILON;
  const below = (v: number) => v >= x - Math.abs(x) * BOUND_BELOW - EPSILON;
  switch (bound.qualifier) {
    case 'over':
      return value > x && above(value);
    case 'at_least':
      return value >= x - EPSILON && above(value);
    case 'under':
      return value < x && below(value);
    case 'at_most':
      return value <= x + EPSILON && below(value);
    default:
      return false;
  }
}

/** Whether "khoảng" stretches to the other's value. */
const approxAllows = (r: ClaimRecord, value: number) => r.qualifier === 'approx' && Math.abs(value - r.value) <= APPROX_SHARE * Math.abs(r.value);

/** How far "khoảng" stretches: a tenth of the value. */
const APPROX_SHARE = 0.1;

/** A range's claim (`10–15%`) allows a value inside it. */
const rangeAllows = (r: ClaimRecord, value: number) => r.value_max !== null && value >= r.value - EPSILON && value <= r.value_max + EPSILON;

/**
 * Whether two claims about the same thing agree on the figure: the same value (a qualifier
 * added to the same number is no disagreement); `consistent`: one within the other's bound (as
 * far as a bound stretches), range or "khoảng" (`hơn 85.000` and `85.341`); one the other rounded to the precision it is stated with
 * (`27,6 triệu` and `27.612.345`); one within the other's "khoảng"; else they disagree. Ratios and ranks must
 * also have the same denominator.
 */
export function compareValues(a: ClaimRecord, b: ClaimRecord): 'agree' | 'rounded' | 'consistent' | 'disagree' {
  if (!same(a.denominator, b.denominator)) return 'disagree';
  if (same(a.value, b.value) && same(a.value_max, b.value_max)) return 'agree';
  if (a.value_max === null && b.value_max === null) {
    const rounded = roundsTo(a.value, b.value) || roundsTo(b.value, a.value);
    // Both hedged alike ("hơn 27,6 triệu", "hơn 27.612.345"): two statements of one figure.
    if (a.qualifier === b.qualifier) return rounded ? 'rounded' : 'disagree';
    // One side a bound the other's figure meets, within the stretch a bound implies ("hơn
    // 85.000" and "85.341"): consistent with the bound — not the same figure stated twice.
    if (boundAllows(a, b.value) || boundAllows(b, a.value)) return 'consistent';
    if (rounded) return 'rounded';
    return approxAllows(a, b.value) || approxAllows(b, a.value) ? 'consistent' : 'disagree';
  }
  const single = a.value_max === null ? a : b.value_max === null ? b : null;
  const range = single === a ? b : a;
  if (single && rangeAllows(range, single.value)) return 'consistent';
  return 'disagree';
}
