import type { ClaimRecord } from '../../types.js';
import { describe, formatNumber } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { hasPhrase, surroundingsOf } from '../surroundings.js';
import { warning, type CheckWarning } from '../warning.js';

// A unit with a capital or a digit is a name or a code ("289/1 Ung Văn Khiêm", "255/30 ZR20"):
// the figure is an address or a size, not X out of Y things.
const NAME_OR_CODE = /[\p{Lu}\d]/u;
const WORDS_BEFORE = 4;

/** Whether "X/Y" reads as X out of Y counted things. */
function isPartOfWhole(doc: CheckDocument, record: ClaimRecord): boolean {
  if (record.kind !== 'ratio' && record.kind !== 'count' && record.kind !== 'percent') return false;
  if (!record.unit || NAME_OR_CODE.test(record.unit)) return false;
  const before = surroundingsOf(doc, record).before.slice(-WORDS_BEFORE);
  return !hasPhrase(doc.dictionaries.ratio.load, before) && !hasPhrase(doc.dictionaries.ratio.label, before);
}

/**
 * `ratio-over-whole`: "27/26 huyện" — a part larger than its whole. Measures and money are
 * left out ("66/60 km/h" is a speed against its limit), and so are figures whose words make
 * X > Y the point or the figure a label (`dictionaries/check/ratio-context.tsv`: "chở 60/46
 * người", "ngõ 49/28"), and figures without a counted noun.
 */
export function findRatiosOverWhole(doc: CheckDocument): CheckWarning[] {
  return doc.records
    .filter((r) => r.denominator !== null && r.denominator > 0 && Math.max(r.value, r.value_max ?? r.value) > r.denominator)
    .filter((r) => isPartOfWhole(doc, r))
    .map((r) => {
      const part = formatNumber(Math.max(r.value, r.value_max ?? r.value));
      const whole = formatNumber(r.denominator!);
      return warning('ratio-over-whole', { en: `${describe(r)}: ${part} out of ${whole} is more than the whole`, vi: `${describe(r)}: ${part} trên ${whole} là nhiều hơn toàn bộ` }, [r]);
    });
}
