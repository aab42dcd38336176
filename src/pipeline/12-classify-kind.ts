import { parseDigits } from '../numbers/parse-digits.js';
import { currencyNear } from '../rules/shapes/currency.js';
import { traced, type Draft, withFields } from './draft.js';
import type { SentenceScope } from './scope.js';

const BY_UNIT = { percent: 'percent', currency: 'money', measure: 'measure' } as const;

const THOUSANDS_COMMA = /^\d{1,3},\d{3}$/;

/**
 * "12,450 thí sinh": things are counted whole, so a comma before three digits that would make a
 * fraction of a person groups thousands (except units that come in fractions: `điểm`, `lần`).
 */
function wholeCount(d: Draft, s: SentenceScope): Draft {
  if (Number.isInteger(d.value) || d.shape !== 'plain' || !THOUSANDS_COMMA.test(s.tokens[d.first]!.text)) return d;
  const head = d.unit?.split(' ')[0]?.toLowerCase() ?? '';
  if (s.lexicon.functionWords['fractional-count'].has(head)) return d;
  return withFields(d, { value: parseDigits(s.tokens[d.first]!.text, 'en').value * (d.scale ?? 1), decimals: 0 });
}

function kindOf(d: Draft, s: SentenceScope): Draft {
  if (d.unitType && d.unitType !== 'noun') return withFields(d, { kind: BY_UNIT[d.unitType] });
  const found = s.lexicon.rules.kind.decide(d, s);
  if (!found || found.rule.decision === 'none' || found.rule.decision === 'count') {
    const counted = wholeCount(d, s);
    return found ? withFields(counted, { kind: 'count', rules: traced(d, s.explain, 'kind', found.rule) }) : withFields(counted, { kind: 'count' });
  }
  const rules = traced(d, s.explain, 'kind', found.rule);
  if (found.rule.decision !== 'money') return withFields(d, { kind: found.rule.decision, rules });
  // A bare amount that is money: in the currency written near it, else đồng.
  const { unit, code } = currencyNear(d, s) ?? s.lexicon.defaultCurrency;
  // "1.250 tỷ vốn đầu tư": the noun names what the money is, no longer what is counted.
  const unitEnd = d.unitType === 'noun' ? d.last + 1 : d.unitEnd;
  return withFields(d, { kind: 'money', unit, currency: code, unitType: 'currency', unitEnd, rules });
}

/**
 * Stage: the kind of each number (SPEC §1). A unit of `%`, a currency or a measure decides
 * percent, money and measure; otherwise the rules of `dictionaries/rules/kind.tsv` decide rank,
 * ratio and money by context, and everything else counts.
 */
export function classifyKind(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => kindOf(d, s));
}
