import { currencyNear } from '../rules/shapes/currency.js';
import { traced, type Draft } from './draft.js';
import type { SentenceScope } from './scope.js';

const BY_UNIT = { percent: 'percent', currency: 'money', measure: 'measure' } as const;

function kindOf(d: Draft, s: SentenceScope): Draft {
  if (d.unitType && d.unitType !== 'noun') return { ...d, kind: BY_UNIT[d.unitType] };
  const found = s.lexicon.rules.kind.decide(d, s);
  if (!found || found.rule.decision === 'none' || found.rule.decision === 'count') {
    return found ? { ...d, kind: 'count', rules: traced(d, s.explain, 'kind', found.rule) } : { ...d, kind: 'count' };
  }
  const rules = traced(d, s.explain, 'kind', found.rule);
  if (found.rule.decision !== 'money') return { ...d, kind: found.rule.decision, rules };
  // A bare amount that is money: in the currency written near it, else đồng.
  const { unit, code } = currencyNear(d, s) ?? s.lexicon.defaultCurrency;
  // "1.250 tỷ vốn đầu tư": the noun names what the money is, no longer what is counted.
  const unitEnd = d.unitType === 'noun' ? d.last + 1 : d.unitEnd;
  return { ...d, kind: 'money', unit, currency: code, unitType: 'currency', unitEnd, rules };
}

/**
 * Stage: the kind of each number (SPEC §1). A unit of `%`, a currency or a measure decides
 * percent, money and measure; otherwise the rules of `dictionaries/rules/kind.tsv` decide rank,
 * ratio and money by context, and everything else counts.
 */
export function classifyKind(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => kindOf(d, s));
}
