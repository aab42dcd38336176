import type { Qualifier } from '../types.js';
import type { Draft } from './draft.js';
import type { SentenceScope } from './scope.js';
import { isFunctionWord, wordAt } from './scope.js';
import { isNounBefore, wordEndingAt } from './word-before.js';

/** How many words a `verb`-reach qualifier may stand from its number ("ước tính cả nước nhập siêu 100 triệu USD"). */
const MAX_SKIPPED_WORDS = 3;

interface Found {
  qualifier: Qualifier | null;
  /** Token index where the qualifier starts, when it stands right before the number. */
  adjacentAt: number | null;
}

/**
 * The qualifier before the number (SPEC §3): the nearest qualifier word, directly before it
 * or before linking words ("ước đạt", "ít nhất là", "dưới mức"), or across one verb for the
 * words that allow it ("ước tính nhập siêu 2 tỷ USD"). After a noun, "tối đa"/"cao nhất"
 * name a property of that noun and the number is exact.
 */
/** Whether a qualifier that reaches across words ("ước tính") stands a few words before `end`. */
function farQualifierBefore(s: SentenceScope, end: number): boolean {
  for (let k = end; k > Math.max(0, end - MAX_SKIPPED_WORDS - 3); k--) {
    if (s.lexicon.qualifiers.matchBefore(s.tokens, k)?.value.reach === 'verb') return true;
  }
  return false;
}

function qualifierBefore(d: Draft, s: SentenceScope): Found | null {
  const far = farQualifierBefore(s, d.first);
  let end = d.first;
  let looseLinks = 0;
  let tightLinks = 0;
  let verbs = 0;
  for (let hop = 0; hop < 6; hop++) {
    const q = s.lexicon.qualifiers.matchBefore(s.tokens, end);
    if (q) {
      const { reach, qualifier, property } = q.value;
      const fits = reach === 'verb' || (verbs === 0 && (reach === 'linked' || looseLinks === 0));
      if (!fits) return null;
      // "Ngoài 3 mẫu nước …" opening a sentence is "besides", not "over".
      if (q.first === 0 && wordAt(s, 0) === 'ngoài') return null;
      // "giá bán tối đa là 17.988 đồng", "sức gió tối đa 225 km/h": a property of the noun, the number exact.
      // "Nhiệt độ thấp nhất 15-18°C, cao nhất 26-29°C": listed properties of a measured thing.
      const listedProperty = property && s.tokens[q.first - 1]?.text === ',' && d.unitType === 'measure';
      if (property && (looseLinks > 0 || listedProperty || isNounBefore(s, q.first - 1))) return { qualifier: null, adjacentAt: null };
      if (isComparative(s, q.first, q.end)) return { qualifier: null, adjacentAt: null };
      const adjacent = looseLinks + tightLinks + verbs === 0;
      return { qualifier, adjacentAt: adjacent ? q.first : null };
    }
    const link = s.lexicon.qualifierLinks.matchBefore(s.tokens, end);
    if (link) {
      if (link.value) tightLinks++;
      else looseLinks++;
      end = link.first;
      continue;
    }
    const t = s.tokens[end - 1];
    const boundary = t ? s.lexicon.unitBoundaries.matchBefore(s.tokens, end) : null;
    if (!far || verbs >= MAX_SKIPPED_WORDS || !t || t.type !== 'word' || (boundary && boundary.value !== 'verb')) return null;
    verbs++;
    end = wordEndingAt(s, end - 1).first;
  }
  return null;
}

/** "nhỉnh hơn 2 tuổi", "cao hơn 5 cm": "hơn" after an adjective compares; it does not bound the number. */
function isComparative(s: SentenceScope, first: number, end: number): boolean {
  if (end - first !== 1 || wordAt(s, first) !== 'hơn' || isFunctionWord(s, 'quantity', first - 1)) return false;
  if (s.lexicon.unitBoundaries.matchBefore(s.tokens, first)) return false;
  const { tags } = wordEndingAt(s, first - 1);
  return tags !== undefined && tags.includes('A') && !tags.includes('V') && !tags.includes('N');
}

/** "từ 15,5 điểm trở lên", "21 triệu đồng trở xuống", "100 có lẻ". */
function qualifierAfter(d: Draft, s: SentenceScope): Qualifier | null {
  const q = s.lexicon.qualifiersAfter.matchAt(s.tokens, d.unitEnd);
  if (!q || (q.value.from && wordAt(s, d.first - 1) !== 'từ')) return null;
  return q.value.qualifier;
}

/** Stage: the qualifier of each number; one that stands right before it joins the span. */
export function attachQualifier(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    const top = s.lexicon.rankMarkers.matchBefore(s.tokens, d.first);
    if (top?.value === 'top') return { ...d, qualifier: 'at_most' as const, start: s.tokens[top.first]!.start };
    const before = qualifierBefore(d, s);
    if (before?.qualifier) {
      const start = before.adjacentAt !== null ? s.tokens[before.adjacentAt]!.start : d.start;
      return { ...d, qualifier: before.qualifier, start: Math.min(start, d.start) };
    }
    const after = before ? null : qualifierAfter(d, s);
    return after ? { ...d, qualifier: after } : d;
  });
}
