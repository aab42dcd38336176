import { type Draft, withFields } from './draft.js';
import { isFunctionPhrase, isFunctionWord, type SentenceScope } from './scope.js';

const RANGE_DASHES = new Set(['-', '–', '—', '~']);

const isGlued = (s: SentenceScope, i: number) => s.tokens[i] !== undefined && !s.tokens[i]!.gap;
const isPlain = (d: Draft | undefined): d is Draft => d !== undefined && d.shape === 'plain';

/** Whether the draft after `m` (which ends at `last`) is glued to it by a slash, in the group `d` opens. */
const slashFollows = (drafts: readonly Draft[], m: number, last: number, d: Draft, s: SentenceScope) =>
  s.tokens[last + 1]?.text === '/' && isGlued(s, last + 1) && isGlued(s, last + 2) &&
  drafts[m + 1]?.first === last + 2 && drafts[m + 1]!.scale === null && d.scale === null;

/**
 * "15/63", "10/11/2021", "87/2015/NĐ-CP": numbers glued by slashes, one draft with all parts.
 * The drafts are copied from the first join on: most sentences have none, and keep their array
 * (as in the other joins: no array made and dropped per sentence and join).
 */
function joinSlashes(drafts: Draft[], s: SentenceScope): Draft[] {
  let out: Draft[] | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.written === 'words' || d.shape === 'odd') {
      out?.push(d);
      continue;
    }
    let last = d.last;
    let m = k;
    while (slashFollows(drafts, m, last, d, s)) {
      m++;
      last = drafts[m]!.last;
    }
    if (m === k) {
      out?.push(d);
      continue;
    }
    const parts = drafts.slice(k, m + 1).map((p) => p.value);
    out ??= drafts.slice(0, k);
    out.push(withFields(d, { last, end: s.tokens[last]!.end, shape: 'slash', parts, denominator: parts[1] ?? null }));
    k = m;
  }
  return out ?? drafts;
}

/** How many words a unit repeated on the low end of a range may have ("16 chỗ đến 29 chỗ"). */
const MAX_REPEATED_UNIT = 3;

/** Whether the words at `i` repeat the words right after the high end `b` ("chỗ … chỗ"): a unit written on both ends. */
function repeatsUnit(s: SentenceScope, i: number, b: Draft): number {
  for (let n = MAX_REPEATED_UNIT; n > 0; n--) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = s.tokens[i + k]?.type === 'word' && s.tokens[i + k]!.lower === s.tokens[b.last + 1 + k]?.lower;
    if (same) return i + n;
  }
  return i;
}

/** How many tokens after a range's low end its high end can start at most: a unit repeated after
 * the low end, the link, then a bound or a currency before the high end (see `isRangeLink`). */
const rangeReach = (s: SentenceScope) =>
  2 + Math.max(s.lexicon.currencies.longest, s.lexicon.measures.longest, MAX_REPEATED_UNIT) + Math.max(1, s.lexicon.currencies.longest);

/**
 * The tokens between two numbers when they make a range: a dash, "đến"/"tới" after "từ", "và"
 * after "giữa" ("giữa 6% và 7%"); a bound may stand before the high end ("từ 5 tấn đến dưới 10 tấn").
 */
function isRangeLink(s: SentenceScope, a: Draft, b: Draft): boolean {
  // Most numbers of a sentence stand farther apart than the words between a range's ends reach: no lookups for them.
  if (b.first - a.last > rangeReach(s)) return false;
  let i = a.last + 1;
  // A unit repeated on the low end: "5 triệu đồng đến 10 triệu đồng", "3% - 5%", "16 chỗ đến 29 chỗ".
  const unit = s.lexicon.currencies.matchAt(s.tokens, i) ?? s.lexicon.measures.matchAt(s.tokens, i);
  if (unit) i = unit.end;
  else if (s.tokens[i]?.text === '%') i++;
  else i = repeatsUnit(s, i, b);
  // A bound ("đến dưới 10 tấn") or a currency written first ("VND1000-VND2000") before the high end.
  const currency = s.lexicon.currencies.matchBefore(s.tokens, b.first);
  const bound = isFunctionWord(s, 'range-bound', b.first - 1) ? 1 : currency && currency.value.position !== 'after' && currency.first > a.last ? b.first - currency.first : 0;
  if (i !== b.first - 1 - bound) return false;
  const link = s.tokens[i]!;
  if (isFunctionWord(s, 'list-conjunction', i) && isFunctionWord(s, 'between', a.first - 1)) return !bound;
  // "58.925 - một trong những …": a dash joins figures written alike, never digits to a word.
  if (RANGE_DASHES.has(link.text)) return a.written === b.written && !isFunctionWord(s, 'range-bound', b.first - 1);
  if (!isFunctionWord(s, 'range-link', i)) return false;
  // "từ 10 đến 15%", and without "từ" when the high end carries the unit ("khoảng 200 đến 250 triệu
  // năm") or both do ("17 giờ đến 19 giờ").
  if (isFunctionWord(s, 'range-opener', a.first - 1) || i > a.last + 1) return true;
  const after = s.tokens[b.last + 1];
  return i === a.last + 1 && (b.scale !== null || after?.text === '%' || !!s.lexicon.measures.matchAt(s.tokens, b.last + 1) || !!s.lexicon.currencies.matchAt(s.tokens, b.last + 1));
}

/**
 * "10-15 tỷ đồng", "từ 10 đến 15%", "5 - 7 ngày": one draft from the low to the high end.
 * The low end takes the high end's scale when it has none ("2 đến 5 triệu" is 2–5 million).
 * Numbers joined by a dash that do not rise ("thắng 2-1", "1-1") are a `pair`, not a range.
 */
function joinRanges(drafts: Draft[], s: SentenceScope): Draft[] {
  let out: Draft[] | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k]!;
    const b = drafts[k + 1];
    if (!isPlain(a) || !isPlain(b) || !isRangeLink(s, a, b)) {
      out?.push(a);
      continue;
    }
    out ??= drafts.slice(0, k);
    const inherited = a.scale === null && b.scale !== null ? a.value * b.scale : a.value;
    const low = inherited < b.value ? inherited : a.value;
    const chained = s.tokens[b.last + 1] && RANGE_DASHES.has(s.tokens[b.last + 1]!.text) && drafts[k + 2]?.first === b.last + 2;
    const shape = low < b.value && !chained ? 'range' : 'pair';
    out.push(withFields(a, { last: b.last, end: b.end, shape, value: low, valueMax: shape === 'range' ? b.value : null,
      scale: b.scale, decimals: Math.max(a.decimals, b.decimals), }));
    k++;
  }
  return out ?? drafts;
}

/** Where the words linking a ratio's numbers end: after a link of one word ("trên", "trong") or of two ("trong số"), as `grammar/function-words.tsv` lists them. */
const ratioLinkEnd = (s: SentenceScope, link: number) => link + (isFunctionPhrase(s, 'ratio-link', link, 2) ? 2 : 1);

/** "3 trên 5 tỉnh", "3 trong (số) 9 người": X of Y written with words. */
function joinWordRatios(drafts: Draft[], s: SentenceScope): Draft[] {
  let out: Draft[] | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k]!;
    const b = drafts[k + 1];
    const link = a.last + 1;
    if (isPlain(a) && isPlain(b) && isFunctionWord(s, 'ratio-link', link) && b.first === ratioLinkEnd(s, link) &&
        a.scale === null && b.scale === null && Number.isInteger(a.value) && Number.isInteger(b.value) && a.value <= b.value) {
      out ??= drafts.slice(0, k);
      out.push(withFields(a, { last: b.last, end: b.end, shape: 'ratio', denominator: b.value }));
      k++;
    } else out?.push(a);
  }
  return out ?? drafts;
}

/** Stage: numbers that belong together — fractions, ranges, word ratios — become one draft. */
export function joinQuantities(drafts: Draft[], s: SentenceScope): Draft[] {
  return joinWordRatios(joinRanges(joinSlashes(drafts, s), s), s);
}
