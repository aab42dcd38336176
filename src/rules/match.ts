import { leadOf, type Draft } from '../pipeline/draft.js';
import type { SentenceScope } from '../pipeline/scope.js';
import type { Item, Pattern } from './pattern.js';
import type { SentenceWords } from './rule-set.js';
import { numberMask } from './tags.js';

/** Where a pattern matched: tokens `[first, end)`, and where the claim's span may start (`spanFirst`). */
export interface Match {
  first: number;
  end: number;
  /** The first token of the items next to the number that are not `~` context: they join the claim. */
  spanFirst: number;
  /** Tokens matched around the number: the more a rule reads, the more specific it is. */
  size: number;
}

/** Where the span of the match `matchBack` found last may start: a number beside its result, not an object per match. */
let backSpanFirst = 0;

/**
 * The rule word ids of the sentence being matched (null: not known, every atom is asked). An
 * atom of words (`LEVEL`, `giá cơ sở`) is asked only where the token can end (or start) one of
 * them: behind a filler (`ADMINISTERED ~X{0,16} #`) it is tried at every place the filler
 * reaches, and almost everywhere its words are not (20k tries a pass, 26 matches).
 */
let edgeWords: SentenceWords | null = null;

/** Whether item's atom can match with token `i` as its edge (its last token backwards, its first forwards). */
function mayTouch(item: Item, i: number): boolean {
  const ids = item.edgeIds;
  if (ids === null || edgeWords === null) return true;
  return i >= 0 && i < edgeWords.length && ids[edgeWords.ids[i]!] === 1;
}

/**
 * How far back a repeated item (a filler, `~X{0,16}`) is worth reading from `end`: where the
 * farthest token it can reach that ends the item before it stands, when that item must match
 * and is of words. Read no further: there the item before could not match (-1: no bound).
 */
function fillerFloor(items: readonly Item[], k: number, end: number): number {
  const item = items[k]!;
  const next = k > 0 ? items[k - 1]! : null;
  if (item.max === 1 || next === null || next.min === 0 || next.edgeIds === null || edgeWords === null) return -1;
  const ids = next.edgeIds;
  for (let i = Math.max(0, end - item.max * item.atom.maxLength - 1); i < end; i++) if (ids[edgeWords.ids[i]!] === 1) return i + 1;
  return end;
}

/**
 * Items before the number, matched backwards from `end`, the item nearest the number first: the
 * token the match starts at, or -1 (its span's start in `backSpanFirst`).
 * Depth-first with the longest choice first; repetitions are bounded, so the search is too.
 */
function matchBack(s: SentenceScope, d: Draft, items: readonly Item[], k: number, end: number, reps: number, spanFirst: number, open: boolean, floor = -1): number {
  if (k < 0) {
    backSpanFirst = spanFirst;
    return end;
  }
  const item = items[k]!;
  if (reps === 0) floor = fillerFloor(items, k, end);
  if (reps < item.max && end > floor && mayTouch(item, end - 1)) {
    const starts = item.atom.startsBefore(s, end, d);
    for (let j = 0; j < starts.length; j++) {
      const start = starts[j]!;
      const joins = open && !item.context;
      const stillOpen = open && (!item.context || start === end);
      const found = item.atom.zeroWidth
        ? matchBack(s, d, items, k - 1, start, 0, joins ? start : spanFirst, stillOpen)
        : matchBack(s, d, items, k, start, reps + 1, joins ? start : spanFirst, stillOpen, floor);
      if (found !== -1) return found;
    }
  }
  return reps >= item.min ? matchBack(s, d, items, k - 1, end, 0, spanFirst, open) : -1;
}

/** Items after the number, matched forwards from `i`; the index after the match, or -1. */
function matchForth(s: SentenceScope, d: Draft, items: readonly Item[], k: number, i: number, reps: number): number {
  if (k >= items.length) return i;
  const item = items[k]!;
  if (reps < item.max && mayTouch(item, i)) {
    const ends = item.atom.endsAt(s, i, d);
    for (let j = 0; j < ends.length; j++) {
      const end = ends[j]!;
      const found = item.atom.zeroWidth ? matchForth(s, d, items, k + 1, end, 0) : matchForth(s, d, items, k, end, reps + 1);
      if (found !== -1) return found;
    }
  }
  return reps >= item.min ? matchForth(s, d, items, k + 1, i, 0) : -1;
}

/**
 * Whether a pattern matches around a number: its tags hold for the number, its items before
 * end where the number starts, its items after start right after it (`UNIT` reads its unit).
 */
export function matchPattern(p: Pattern, d: Draft, s: SentenceScope): Match | null {
  return testTags(p, d, s, numberMask(d)) ? matchItems(p, d, s) : null;
}

/** Whether the number (whose mask tags are `mask`) has the pattern's tags (`#{slash,!bare}`): cheap, so asked first. */
export function testTags(p: Pattern, d: Draft, s: SentenceScope, mask: number): boolean {
  return (mask & p.need) === p.need && (mask & p.forbid) === 0 && testOtherTags(p, d, s);
}

/** Whether the number has the pattern's tags that are not mask tags (`#{phone}`, `#{=một}`). */
export function testOtherTags(p: Pattern, d: Draft, s: SentenceScope): boolean {
  const tests = p.otherTests;
  for (let k = 0; k < tests.length; k++) if (tests[k]!.test(d, s) === tests[k]!.negated) return false;
  return true;
}

/** Whether the pattern's words match around a number that has its tags (`words`: the sentence's rule words, when known). */
export function matchItems(p: Pattern, d: Draft, s: SentenceScope, words: SentenceWords | null = null): Match | null {
  edgeWords = words;
  const from = d.last + 1;
  const lead = leadOf(d);
  let first = lead;
  let spanFirst = lead;
  if (p.before.length) {
    first = matchBack(s, d, p.before, p.before.length - 1, lead, 0, lead, true);
    if (first === -1) return null;
    spanFirst = backSpanFirst;
  }
  const end = p.after.length ? matchForth(s, d, p.after, 0, from, 0) : from;
  if (end === -1) return null;
  return { first, end, spanFirst, size: lead - first + (end - from) };
}
