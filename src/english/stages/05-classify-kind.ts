import { type Draft, withFields } from '../../pipeline/draft.js';
import type { EnglishScope } from '../scope.js';

/**
 * Stage: the kind of each claim: a place in an order (an ordinal, "top 10", "No. 3") is a
 * rank; a part of a whole a ratio; then percent, money, measure by the unit; else a count.
 */
export function classifyEnglishKind(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  return drafts.map((d) => {
    const before = s.words[d.first - 1];
    // "top 10" is a place; "to top 43 million tons" a bound (the qualifier stage read it so).
    const topPlace = before === 'top' && d.qualifier === 'at_most' && d.scale === null && d.unitType !== 'measure' && d.unitType !== 'currency';
    if (d.kind === 'rank' || topPlace) return withFields(d, { kind: 'rank' as const });
    if (d.unitType === 'percent') return withFields(d, { kind: 'percent' as const });
    if (d.unitType === 'currency') return withFields(d, { kind: 'money' as const });
    if (d.shape === 'ratio' || d.denominator !== null) return withFields(d, { kind: 'ratio' as const });
    if (d.unitType === 'measure') return withFields(d, { kind: 'measure' as const });
    return withFields(d, { kind: 'count' as const });
  });
}
