import type { ClaimRecord } from '../types.js';
import { PERCENT_ROLES, type PercentRole } from './tables.js';
import type { CheckDocument } from './document.js';
import { clauseOf, hasPhrase } from './surroundings.js';

/** What the words of its clause and its subject make of a percentage (`dictionaries/check/percent-context.tsv`). */
export function percentRoles(doc: CheckDocument, record: ClaimRecord): ReadonlySet<PercentRole> {
  const { before, after } = clauseOf(doc, record);
  const roles = new Set<PercentRole>();
  for (const role of PERCENT_ROLES) {
    const words = doc.dictionaries.percent[role];
    if (hasPhrase(words.before, before) || hasPhrase(words.after, after)) roles.add(role);
  }
  return roles;
}

/**
 * A percentage as the text writes it, with `%` or `phần trăm`, and not percentage points: a
 * record of kind `percent` without them is a misreading the checks should not build on.
 */
export const isStatedPercent = (record: ClaimRecord): boolean =>
  record.kind === 'percent' && /%|phần trăm/iu.test(record.text) && !/điểm/iu.test(record.unit ?? '');
