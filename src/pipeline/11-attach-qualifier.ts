import { leadOf, traced, type Draft, withFields } from './draft.js';
import type { SentenceScope } from './scope.js';

/**
 * Stage: the qualifier of each number (SPEC §3), decided by the rules of
 * `dictionaries/rules/qualifier.tsv`. Words of the winning rule that stand right before the
 * number ("không quá", "hơn") join the claim's span; linking words and context do not.
 */
export function attachQualifier(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    const found = s.lexicon.rules.qualifier.decide(d, s);
    if (!found) return d;
    const { rule, match } = found;
    const qualifier = rule.decision === 'none' ? null : rule.decision;
    const start = qualifier && match.spanFirst < leadOf(d) ? s.tokens[match.spanFirst]!.start : d.start;
    const rules = traced(d, s.explain, 'qualifier', rule);
    // A `none` decision without --explain changes nothing: the draft itself, not a copy.
    if (qualifier === d.qualifier && start >= d.start && rules === d.rules) return d;
    return withFields(d, { qualifier, start: Math.min(start, d.start), rules });
  });
}
