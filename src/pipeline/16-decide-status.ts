import { traced, type Draft, withFields } from './draft.js';
import type { SentenceScope } from './scope.js';

/**
 * Stage: the status the words right around a number decide (SPEC §3b), by the rules of
 * `dictionaries/rules/status.tsv`: an administered price or rate (`Xăng E5: giảm 197
 * đồng/lít`, `lãi suất tối đa … 4%/năm`), a figure that is the subject of a prediction (`40 vạn
 * người sẽ thiếu đói`). Where no rule decides, the sentence's cues do (stage 17): a rule reads a
 * few words, a cue a whole clause, and the nearer evidence wins.
 */
export function decideStatus(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  // Most sentences hold none of the words these rules are anchored on: nothing to try.
  if (!s.lexicon.rules.status.couldMatch(s)) return drafts as Draft[];
  return drafts.map((d) => {
    if (d.nonClaim) return d;
    const found = s.lexicon.rules.status.decide(d, s);
    if (!found) return d;
    const rules = traced(d, s.explain, 'status', found.rule);
    // Without --explain a `none` decision changes nothing: the draft itself, not a copy.
    if (found.rule.decision === 'none') return rules === d.rules ? d : withFields(d, { rules });
    return withFields(d, { status: found.rule.decision, rules });
  });
}
