import { type Draft, withFields } from '../../pipeline/draft.js';
import type { EnglishScope } from '../scope.js';

const DASHES = new Set(['-', '–', '—']);
const PERCENT = new Set(['%', 'percent', 'pct']);

/** Whether a percent sign or word follows token `i` ("6.0%-6.5%"), as the index after it. */
const afterPercent = (s: EnglishScope, i: number) => (PERCENT.has(s.words[i] ?? '') ? i + 1 : i);

/**
 * The second number of a range after `d`: "6-6.5 percent", "6.0%-6.5%", "5 to 7 per cent",
 * "10-15 billion" (the scale of the second applies to the first), and "between 5 and 7".
 */
function rangeEnd(s: EnglishScope, d: Draft, next: Draft | undefined, between: boolean): number | null {
  if (!next || next.kind === 'rank' || d.kind === 'rank') return null;
  const gap = afterPercent(s, d.last + 1);
  const link = s.words[gap];
  // "1.9 percent to 43.5 million tonnes": a percent and a quantity are no range; "5% to 7%" is.
  if (gap > d.last + 1 && afterPercent(s, next.last + 1) === next.last + 1) return null;
  if (next.value <= d.value && next.scale === d.scale) return null;
  const joined = (DASHES.has(link ?? '') && next.first === gap + 1) || (link === 'to' && next.first === gap + 1) || (between && link === 'and' && next.first === gap + 1);
  return joined ? next.first : null;
}

/** "X out of Y", "X in Y" ("one in five"), "X of Y firms", "X/Y": a part of a whole. */
function ratioWhole(s: EnglishScope, d: Draft, next: Draft | undefined): Draft | null {
  if (!next || d.shape !== 'plain' || next.shape !== 'plain') return null;
  const out = s.words[d.last + 1] === 'out' && s.words[d.last + 2] === 'of' && next.first === d.last + 3;
  const inOne = s.words[d.last + 1] === 'in' && next.first === d.last + 2 && d.written === next.written && d.value < next.value;
  // "3 of 10 firms", "5 of its 20 provinces": the whole counts the same things, named after it.
  const ofWhole = s.words[d.last + 1] === 'of' && (next.first === d.last + 2 || (next.first === d.last + 3 && ['the', 'its', 'their'].includes(s.words[d.last + 2]!)))
    && d.written === next.written && d.value < next.value && d.scale === null && next.scale === null && s.tokens[next.last + 1]?.type === 'word';
  const slash = s.raw[d.last + 1] === '/' && next.first === d.last + 2 && !s.tokens[d.last + 1]!.gap && !s.tokens[next.first]!.gap;
  return out || inOne || ofWhole || (slash && next.value >= d.value) ? next : null;
}

/** The total a place is out of: "48th out of 132", "10th among the 16 economies", "2nd of 37". */
function rankTotal(s: EnglishScope, d: Draft, next: Draft): Draft | null {
  let k = d.last + 1;
  if (s.words[k] === 'out' && s.words[k + 1] === 'of') k += 2;
  else if (s.words[k] === 'among' || s.words[k] === 'of') k += 1;
  else return null;
  if (s.words[k] === 'the') k++;
  return next.first === k && next.value >= d.value ? next : null;
}

/**
 * Stage: numbers that make one quantity together — a range (value … value_max), a ratio or a
 * rank out of a total (value … denominator) — become one draft spanning both.
 */
export function joinEnglishQuantities(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const next = drafts[k + 1];
    const whole = ratioWhole(s, d, next) ?? (d.kind === 'rank' && next ? rankTotal(s, d, next) : null);
    if (whole) {
      out.push(withFields(d, { last: whole.last, end: whole.end, denominator: whole.value, shape: d.kind === 'rank' ? 'plain' : 'ratio' }));
      k++;
      continue;
    }
    const between = s.words[d.first - 1] === 'between';
    // "rose from 5% to 7%": the level left and the level reached, two claims (SPEC §4b); "rose
    // 1.9 percent to 43.5 million": the change and the level reached.
    const fromLevel = (s.words[d.first - 1] === 'from' && [2, 3, 4].some((k) => s.lexicon.changes.has(s.words[d.first - k] ?? '')))
      || (s.words[afterPercent(s, d.last + 1)] === 'to' && [1, 2].some((k) => s.lexicon.changes.has(s.words[d.first - k] ?? '')));
    if (!fromLevel && rangeEnd(s, d, next, between) !== null) {
      // "10-15 billion": the first number takes the second's scale when it has none.
      const value = d.scale === null && next!.scale !== null ? d.value * next!.scale : d.value;
      const start = between ? s.sentence.start + s.tokens[d.first - 1]!.start : d.start;
      out.push(withFields(d, { first: between ? d.first - 1 : d.first, last: next!.last, start, end: next!.end, value, valueMax: next!.value, scale: next!.scale ?? d.scale, shape: 'range' }));
      k++;
      continue;
    }
    out.push(d);
  }
  return out;
}
