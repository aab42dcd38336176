import { describe } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { isStatedPercent } from '../percent-context.js';
import { isSignedAmount } from '../surroundings.js';
import { warning, type CheckWarning } from '../warning.js';

/**
 * `decrease-over-100`: a fall of more than 100% ("giảm 150%") leaves less than nothing — a
 * well-known slip for "fell to a third" or "fell 1,5 times". Amounts that can go below zero
 * (profit, balance, growth: `dictionaries/check/signed-amounts.tsv`) are left alone.
 */
export function findDecreasesOver100(doc: CheckDocument): CheckWarning[] {
  return doc.records
    .filter((r) => isStatedPercent(r) && r.change === 'down' && r.value > 100)
    .filter((r) => !isSignedAmount(doc, r))
    .map((r) => warning('decrease-over-100', { en: `a fall of ${describe(r)} would leave less than nothing`, vi: `giảm ${describe(r)} thì còn lại ít hơn không` }, [r]));
}
