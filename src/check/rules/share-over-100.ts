import { describe } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { isStatedPercent, percentRoles } from '../percent-context.js';
import { warning, type CheckWarning } from '../warning.js';

/**
 * `share-over-100`: a percentage above 100 that its words make a part of a whole
 * ("tỷ lệ … đạt 104%", "chiếm 120%"). A percentage without a share word is left alone, and so
 * is one with a growth, comparison or rate word anywhere in its clause ("tăng 120%",
 * "bằng 150% so với cùng kỳ", "đạt 105% kế hoạch", "lãi suất 130%"): above 100 they are common
 * and right.
 */
export function findSharesOver100(doc: CheckDocument): CheckWarning[] {
  return doc.records
    .filter((r) => isStatedPercent(r) && r.change === null && r.value > 100)
    .filter((r) => {
      const roles = percentRoles(doc, r);
      return roles.has('share') && !roles.has('growth') && !roles.has('comparison') && !roles.has('rate');
    })
    .map((r) => warning('share-over-100', {
      en: `share of ${describe(r)} is more than the whole (a percentage that is not a growth or comparison)`,
      vi: `tỷ lệ ${describe(r)} lớn hơn toàn bộ (một tỷ lệ không phải mức tăng hay phép so sánh)`,
    }, [r]));
}
