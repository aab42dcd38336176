import type { ClaimRecord } from '../types.js';
import { roundingOf } from './figures.js';

/** Whether a figure stated with a qualifier, a range or rounding allows the other figure. */
function allows(a: ClaimRecord, b: ClaimRecord): boolean {
  const [low, high] = [a.value, a.value_max ?? a.value];
  if (b.value >= low && (b.value_max ?? b.value) <= high) return true;
  if (Math.abs(a.value - b.value) <= roundingOf(a)) return true;
  switch (a.qualifier) {
    case 'over':
    case 'at_least':
      return b.value >= a.value;
    case 'under':
    case 'at_most':
      return b.value <= a.value;
    default:
      return false;
  }
}

/**
 * Whether two figures of one thing agree: the same whole, and one's qualifier, range or rounding
 * allows the other ("hơn 85.000" and "85.341", "27,6 triệu" and "27.612.345").
 */
export const agree = (a: ClaimRecord, b: ClaimRecord): boolean => a.denominator === b.denominator && (allows(a, b) || allows(b, a));
