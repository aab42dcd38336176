import { traced, type Draft } from './draft.js';
import type { SentenceScope } from './scope.js';

/** Stage: `change` of every claim (SPEC §3), decided by the rules of `dictionaries/rules/change.tsv`. */
export function attachChange(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    if (d.nonClaim) return d;
    const found = s.lexicon.rules.change.decide(d, s);
    if (!found) return d;
    const change = found.rule.decision === 'none' ? null : found.rule.decision;
    return { ...d, change, rules: traced(d, s.explain, 'change', found.rule) };
  });
}
