import type { ClaimRecord } from '../types.js';
import { getCheckDictionaries } from './dictionaries.js';
import { readCheckDocument, type CheckDocument } from './document.js';
import { findDecreasesOver100 } from './rules/decrease-over-100.js';
import { findPartsOverTotal } from './rules/parts-exceed-total.js';
import { findRanksOverTotal } from './rules/rank-over-total.js';
import { findRatioPercentMismatches } from './rules/ratio-percent-mismatch.js';
import { findRatiosOverWhole } from './rules/ratio-over-whole.js';
import { findSameThingDifferentValues } from './rules/same-thing-different-value.js';
import { findSharesOver100 } from './rules/share-over-100.js';
import { findSharesOverWhole } from './rules/shares-exceed-100.js';
import type { CheckWarning } from './warning.js';

export { CHECK_RULES, type CheckRule, type CheckWarning, type Message } from './warning.js';

type Rule = (doc: CheckDocument) => CheckWarning[];

const RULES: readonly Rule[] = [
  findSharesOver100,           // a part of a whole cannot pass it: "tỷ lệ … đạt 104%"
  findDecreasesOver100,        // a fall of more than all of it: "giảm 150%"
  findRatiosOverWhole,         // X out of Y with X > Y: "27/26 huyện"
  findRanksOverTotal,          // a place after the last: "xếp thứ 70/63"
  findRatioPercentMismatches,  // a ratio and the percentage that restates it differ: "27/30 (95%)"
  findPartsOverTotal,          // a breakdown whose parts pass their total
  findSharesOverWhole,         // a breakdown whose shares pass 100%
  findSameThingDifferentValues, // one thing, two values, in one document
];

/**
 * Warnings about a document's claims that do not agree with each other: figures a fact-checker
 * should look at twice. `records` are the document's claims (as {@link extract} gives them) and
 * `text` the normalized text their offsets refer to; only results (`status` actual) are compared.
 * Warnings come in text order.
 */
export function checkClaims(records: readonly ClaimRecord[], text: string, options: { ui?: 'vi' | 'en' } = {}): CheckWarning[] {
  // Results only: a plan and its result, a forecast, a legal limit are not figures that must
  // agree with the results (SPEC §3b). Records without a status (older files) are results.
  const results = records.filter((r) => (r.status ?? 'actual') === 'actual');
  const doc = readCheckDocument(results, text, getCheckDictionaries());
  const warnings = RULES.flatMap((rule) => rule(doc)).sort((a, b) => a.start - b.start || a.end - b.end);
  return options.ui === 'vi' ? warnings.map((w) => ({ ...w, message: w.messages.vi })) : warnings;
}
