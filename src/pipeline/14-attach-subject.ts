import type { Draft } from './draft.js';
import { readNounPhrase } from './noun-phrase.js';
import { sliceTokens, wordAt, type SentenceScope } from './scope.js';

const MAX_SUBJECT = 8;

/** The noun phrase before the number's verb: "tỷ lệ ký số cá nhân [đạt trên] 98%". */
function phraseBefore(d: Draft, s: SentenceScope): string | null {
  let end = d.first;
  for (let hop = 0; hop < 4; hop++) {
    const skip = s.lexicon.qualifiers.matchBefore(s.tokens, end) ?? s.lexicon.qualifierLinks.matchBefore(s.tokens, end) ??
      s.lexicon.change.matchBefore(s.tokens, end);
    if (!skip) break;
    end = skip.first;
  }
  let first = end;
  while (first > 0 && end - first < MAX_SUBJECT) {
    const t = s.tokens[first - 1]!;
    if ((t.type !== 'word' && t.type !== 'code') || s.lexicon.unitBoundaries.matchAt(s.tokens, first - 1)) break;
    first--;
  }
  return first < end ? sliceTokens(s, first, end - 1) : null;
}

/** A label before a colon: "Cách ly tập trung tại bệnh viện: 266". */
function labelBefore(d: Draft, s: SentenceScope): string | null {
  if (s.tokens[d.first - 1]?.text !== ':') return null;
  let first = d.first - 1;
  while (first > 0 && !['-', '+', ';', '.', ':', '•'].includes(s.tokens[first - 1]!.text)) first--;
  return first < d.first - 1 ? sliceTokens(s, first, d.first - 2) : null;
}

function subjectOf(d: Draft, s: SentenceScope): string | null {
  const after = (i: number) => {
    const p = readNounPhrase(s, i);
    return p ? sliceTokens(s, p.first, p.last) : null;
  };
  switch (d.kind) {
    case 'percent':
    case 'money':
    case 'measure':
      return after(d.unitEnd) ?? phraseBefore(d, s);
    case 'rank':
      return (wordAt(s, d.unitEnd) === 'về' ? after(d.unitEnd + 1) : null) ?? phraseBefore(d, s);
    default:
      return d.unit === null ? labelBefore(d, s) : null;
  }
}

/**
 * Stage: what a number is about when its unit does not say it (SPEC §4): the noun after a
 * percentage or a unit ("100% cán bộ", "1.200 ha lúa"), else the noun phrase before the
 * verb ("tỷ lệ ký số cá nhân đạt trên 98%"), or the label of a "label: number" line.
 */
export function attachSubject(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    const subject = d.nonClaim ? null : subjectOf(d, s);
    return subject ? { ...d, subject } : d;
  });
}
