import { describe, formatNumber } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { warning, type CheckWarning } from '../warning.js';

/** `rank-over-total`: "xếp thứ 70/63 tỉnh" — a place beyond the last one. */
export function findRanksOverTotal(doc: CheckDocument): CheckWarning[] {
  return doc.records
    .filter((r) => r.kind === 'rank' && r.denominator !== null && r.denominator > 0 && r.value > r.denominator)
    .map((r) => warning('rank-over-total', {
      en: `rank ${describe(r)}: place ${formatNumber(r.value)} of only ${formatNumber(r.denominator!)}`,
      vi: `thứ hạng ${describe(r)}: hạng ${formatNumber(r.value)} trong khi chỉ có ${formatNumber(r.denominator!)}`,
    }, [r]));
}
