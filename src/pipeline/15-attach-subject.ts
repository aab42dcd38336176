import { type Draft, withFields } from './draft.js';
import { readNounPhrase } from './noun-phrase.js';
import { classBefore, isFunctionWord, sliceTokens, wordAt, type SentenceScope } from './scope.js';

const MAX_SUBJECT = 12;

/** The noun phrase at `i`, after a determiner if one opens it ("100% các doanh nghiệp"). */
function phraseAfter(s: SentenceScope, i: number): string | null {
  const from = isFunctionWord(s, 'determiner', i) ? i + 1 : i;
  const p = readNounPhrase(s, from);
  return p ? sliceTokens(s, i, p.last) : null;
}

/**
 * The clause before the number's verb: "tỷ lệ ký số cá nhân [đạt trên] 98%". From the start of
 * the clause (the last punctuation) to the linking words, its first words when it is long.
 */
function phraseBefore(d: Draft, s: SentenceScope): string | null {
  let end = d.first;
  for (let hop = 0; hop < 4; hop++) {
    const skip = [classBefore(s, 'QUALIFIER', end), classBefore(s, 'LINK', end), classBefore(s, 'CHANGE_WORD', end),
      s.lexicon.rankMarkers.matchBefore(s.tokens, end)?.first ?? -1].find((first) => first !== -1);
    if (skip === undefined) break;
    end = skip;
  }
  let first = end;
  while (first > 0 && s.tokens[first - 1]!.type !== 'punct' && s.tokens[first - 1]!.type !== 'num') first--;
  if (first >= end) return null;
  return sliceTokens(s, first, Math.min(end, first + MAX_SUBJECT) - 1);
}

/** A label before a colon: "Cách ly tập trung tại bệnh viện: 266". */
function labelBefore(d: Draft, s: SentenceScope): string | null {
  if (s.tokens[d.first - 1]?.text !== ':') return null;
  let first = d.first - 1;
  while (first > 0 && !['-', '+', ';', '.', ':', '•'].includes(s.tokens[first - 1]!.text)) first--;
  return first < d.first - 1 ? sliceTokens(s, first, d.first - 2) : null;
}

/** The words from `i` to the end of the clause (punctuation, a conjunction, another number), at most a dozen. */
function clauseAfter(s: SentenceScope, i: number): string | null {
  let last = i - 1;
  while (last + 1 < s.tokens.length && last + 1 - i < MAX_SUBJECT) {
    const t = s.tokens[last + 1]!;
    const clauseEnd = isFunctionWord(s, 'list-conjunction', last + 1) || s.lexicon.unitBoundaries.matchAt(s.tokens, last + 1)?.value === 'conj';
    if (t.type === 'punct' || t.type === 'num' || clauseEnd || t.lower === 'thứ') break;
    last++;
  }
  return last >= i ? sliceTokens(s, i, last) : null;
}

/** What a rank ranks in: "xếp thứ 16 về mức độ xây dựng chính quyền số", "top 10 các địa phương dẫn đầu". */
function rankDomain(d: Draft, s: SentenceScope): string | null {
  const follower = s.lexicon.rankFollowers.matchAt(s.tokens, d.unitEnd);
  const at = follower ? follower.end : d.unitEnd;
  if (wordAt(s, at) === 'về') return clauseAfter(s, at + 1);
  return d.unit === null ? clauseAfter(s, at) : null;
}

function subjectOf(d: Draft, s: SentenceScope): string | null {
  switch (d.kind) {
    case 'percent':
    case 'money':
    case 'measure':
      return phraseAfter(s, d.unitEnd) ?? phraseBefore(d, s);
    case 'rank':
      return rankDomain(d, s);
    default:
      return d.unit === null ? labelBefore(d, s) : null;
  }
}

/**
 * Stage: what a number is about when its unit does not say it (SPEC §4): the noun after a
 * percentage or a unit ("100% cán bộ", "1.200 ha lúa"), else the clause before the verb
 * ("tỷ lệ ký số cá nhân đạt trên 98%"); what a rank ranks in; the label of a "label: number" line.
 */
export function attachSubject(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    const subject = d.nonClaim ? null : subjectOf(d, s);
    return subject ? withFields(d, { subject }) : d;
  });
}
