import { traced, type Draft, withFields } from './draft.js';
import { isFunctionWord, type SentenceScope } from './scope.js';

const LIST_MARKS = new Set([',', ';']);

/** Whether `d` is the next item of a list after `previous` ("tăng lần lượt 5% và 7%"). */
const listedAfter = (previous: Draft, d: Draft, s: SentenceScope) =>
  d.first === previous.unitEnd + 1 && (isFunctionWord(s, 'list-conjunction', previous.unitEnd) || LIST_MARKS.has(s.tokens[previous.unitEnd]?.text ?? ''));

/** The draft with the change a rule decided: itself when that changes nothing (`none`, without --explain). */
const decided = (d: Draft, change: Draft['change'], rules: readonly string[]): Draft =>
  change === d.change && rules === d.rules ? d : withFields(d, { change, rules });

/**
 * Stage: `change` of every claim (SPEC §3), decided by the rules of `dictionaries/rules/change.tsv`.
 * A figure listed right after a change with nothing of its own takes the same change ("giảm
 * lần lượt 300 và 450 đồng/lít").
 */
export function attachChange(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const previous = out.length > 0 ? out[out.length - 1] : undefined; // not index -1 (see 10-attach-unit)
    if (d.nonClaim) {
      out.push(d);
      continue;
    }
    const found = s.lexicon.rules.change.decide(d, s);
    if (found) out.push(decided(d, found.rule.decision === 'none' ? null : found.rule.decision, traced(d, s.explain, 'change', found.rule)));
    else if (previous?.change && !previous.nonClaim && previous.unitType === d.unitType && listedAfter(previous, d, s)) out.push(withFields(d, { change: previous.change }));
    else out.push(d);
  }
  return out;
}
