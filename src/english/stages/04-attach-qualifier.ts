import { type Draft, withFields } from '../../pipeline/draft.js';
import type { EnglishScope } from '../scope.js';

/** Words that may stand between a qualifier and its number: "more than $5 billion" (the currency), "about 60 per cent". */
const currencyStart = (s: EnglishScope, d: Draft) => s.tokens.findIndex((t) => s.sentence.start + t.start === d.start);

/**
 * Stage: the qualifier before a number (SPEC §3): "more than", "over", "above" → over; "less
 * than", "under", "nearly", "almost" → under; "about", "around", "some" → approx; "at least" →
 * at_least; "up to", "at most", "top" → at_most. It joins the claim's span. "over" after a
 * change verb ("rose over 5%") still bounds; "over the past 5 years" frames a window, which
 * the filters set aside.
 */
export function attachEnglishQualifier(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  return drafts.map((d) => {
    const first = Math.max(0, currencyStart(s, d));
    const q = s.lexicon.qualifiers.matchBefore(s.words, first);
    if (!q) return d;
    const [qualifier, n] = q;
    // "some" before a count is approx ("some 500 workers"); before a noun it is a determiner.
    return withFields(d, { qualifier, start: s.sentence.start + s.tokens[first - n]!.start });
  });
}
