import { type Draft, withFields } from '../../pipeline/draft.js';
import { tagsOf, type EnglishScope } from '../scope.js';

const MAX_SUBJECT_WORDS = 6;

/**
 * Stage: what a percentage or an amount of money is about, when the unit does not say it
 * (SPEC §4): the noun phrase the sentence's clause opens with before the number — "Vietnam's
 * GDP grew 8.02%" → "Vietnam's GDP"; "Exports rose 10.6%" → "Exports".
 */
export function attachEnglishSubject(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  const inClaim = new Set(drafts.flatMap((d) => Array.from({ length: Math.max(d.unitEnd, d.last + 1) - d.first }, (_, k) => d.first + k)));
  const isNoun = (k: number) => tagsOf(s, k).has('Noun') && !tagsOf(s, k).has('Value') && !tagsOf(s, k).has('Pronoun') && !s.lexicon.changes.has(s.words[k]!);
  return drafts.map((d) => {
    if (d.nonClaim || (d.kind !== 'percent' && d.kind !== 'money')) return d;
    const first = s.tokens.findIndex((t) => s.sentence.start + t.start === d.start);
    // Back over the verb, its helpers and a change word to the nearest noun — not across
    // another claim, a comma or the start of the clause.
    let end = first;
    while (end > 0 && !isNoun(end - 1) && first - end < 4) {
      if (inClaim.has(end - 1) || s.words[end - 1] === ',' || s.words[end - 1] === 'to') return d;
      end--;
    }
    if (end === 0 || !isNoun(end - 1) || inClaim.has(end - 1)) return d;
    let start = end - 1;
    while (start > 0 && end - start < MAX_SUBJECT_WORDS && !inClaim.has(start - 1)) {
      const w = s.words[start - 1]!;
      const tags = tagsOf(s, start - 1);
      // "GDP per capita", "exports of rice": a noun phrase holds "per" and "of" between nouns.
      const joiner = (w === 'per' || w === 'of') && start - 2 >= 0 && isNoun(start - 2);
      if (w === "'s" || w === '’s' || joiner || isNoun(start - 1) || (tags.has('Adjective') && !tags.has('Value')) || tags.has('Possessive')) start--;
      else break;
    }
    return withFields(d, { subject: s.sentence.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end) });
  });
}
