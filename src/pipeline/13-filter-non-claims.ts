import { traced, type Draft, withFields } from './draft.js';
import type { SentenceScope } from './scope.js';

/**
 * Stage: sets aside numbers that are not claims (SPEC §1) — dates, documents, phones, codes,
 * labels, names, time windows, articles, scores — as the rules of `dictionaries/rules/non-claim.tsv`
 * decide, with the reason and the non-metric kind `--all` reports them under.
 */
export function filterNonClaims(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    const found = s.lexicon.rules['non-claim'].decide(d, s);
    if (!found) return d;
    const { rule } = found;
    const rules = traced(d, s.explain, 'non-claim', rule);
    // Without --explain a claim decision changes nothing: the draft itself, not a copy.
    if (rule.decision === 'claim') return rules === d.rules ? d : withFields(d, { rules });
    const kind = rule.decision === 'drop' ? null : rule.decision;
    return withFields(d, { nonClaim: { kind, reason: rule.reason }, kind, rules });
  });
}
