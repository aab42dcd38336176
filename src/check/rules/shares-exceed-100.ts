import type { ClaimRecord } from '../../types.js';
import { findBreakdowns, type Breakdown } from '../breakdowns.js';
import { decimalsOf, describe, formatNumber, sumOf } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { isStatedPercent, percentRoles } from '../percent-context.js';
import { firstFrom } from '../search.js';
import { endsWithPhrase, hasPhrase, surroundingsOf } from '../surroundings.js';
import { findShareLists } from '../share-lists.js';
import { warning, type CheckWarning } from '../warning.js';

const LIST_PUNCTUATION = new Set([',', ')']);
/** Rounded shares of one whole may add up to a little over 100 (33,4 + 33,3 + 33,4). */
const ROUNDING = 0.5;

/**
 * Whether a percentage of a breakdown is a share of the breakdown's whole: "chiếm 60%", or one
 * that a comma, the list's end or a linking word follows ("60% là nữ", "60% và"). A noun right
 * after it makes it a share of that noun ("70% xe máy và 62% ô tô"), and `tỷ lệ` before it a
 * rate of its own ("tỷ lệ biết chữ 95%"): no sum of those means a thing.
 */
function isShareOfWhole(doc: CheckDocument, breakdown: Breakdown, record: ClaimRecord): boolean {
  const roles = percentRoles(doc, record);
  if (roles.has('growth') || roles.has('comparison') || roles.has('rate')) return false;
  if (hasPhrase(doc.dictionaries.total['own-whole'], surroundingsOf(doc, record).before)) return false;
  const { tokens } = breakdown;
  const next = firstFrom(tokens, record.end);
  if (next === tokens.length || LIST_PUNCTUATION.has(tokens[next]!.text)) return true;
  if (doc.dictionaries.total['share-link'].matchAt(tokens, next)) return true;
  let before = firstFrom(tokens, record.start);
  while (before > 0 && tokens[before - 1]!.end > record.start) before--;
  return endsWithPhrase(doc.dictionaries.percent.share.before, tokens.slice(0, before));
}

/**
 * `shares-exceed-100`: "…, trong đó 60% là nữ, 50% là nam" — the shares of one whole in a
 * breakdown add up to more than 100% (with a half point for rounding).
 */
export function findSharesOverWhole(doc: CheckDocument): CheckWarning[] {
  const lists: ClaimRecord[][] = [];
  for (const breakdown of findBreakdowns(doc)) {
    const percents = breakdown.items.filter((r) => isStatedPercent(r) && r.change === null && r.value_max === null);
    if (percents.length >= 2 && percents.every((r) => isShareOfWhole(doc, breakdown, r))) lists.push(percents);
  }
  // Shares listed after a colon or `lần lượt là`, where no breakdown word opens the list.
  const seen = new Set(lists.flat());
  for (const list of findShareLists(doc)) if (!list.some((r) => seen.has(r))) lists.push(list);
  const warnings: CheckWarning[] = [];
  for (const percents of lists) {
    const sum = sumOf(percents.map((r) => r.value));
    const slack = Math.max(ROUNDING, sumOf(percents.map((r) => 10 ** -decimalsOf(r.value) / 2)));
    if (sum <= 100 + slack) continue;
    const [list, total] = [percents.map(describe).join(' + '), `${formatNumber(sum)}%`];
    const message = { en: `shares ${list} of one whole add up to ${total}`, vi: `các tỷ lệ ${list} của cùng một tổng cộng lại được ${total}` };
    warnings.push(warning('shares-exceed-100', message, percents));
  }
  return warnings.sort((a, b) => a.start - b.start);
}
