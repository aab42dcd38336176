import { type Draft, withFields } from '../../pipeline/draft.js';
import type { EnglishScope } from '../scope.js';

/** Words that may stand between a change word and its amount: "rose by 5%", "up sharply by", "an increase of". */
const BETWEEN = new Set(['by', 'of', 'a', 'an', 'some', 'nearly', 'almost', 'about', 'around', 'over', 'more', 'than', 'sharply', 'slightly', 'strongly', 'further', 'another', 'respectively', 'year-on-year', 'annually']);
const LOOK_BACK = 4;

/** A comparative after the figure and its unit, before "than": "9.6 percent more than in 2022", "89 more deaths than". */
function comparativeAfter(s: EnglishScope, d: Draft): 'up' | 'down' | null {
  for (const k of [d.last + 1, Math.max(d.unitEnd, d.last + 1)]) {
    const direction = s.lexicon.comparatives.get(s.words[k] ?? '');
    if (direction && s.words.slice(k + 1, k + 6).includes('than')) return direction;
  }
  return null;
}

/** The change a figure states by itself: a change word before it, a change noun or comparative after it; `level` after "to"/"from". */
function ownChange(d: Draft, s: EnglishScope): 'up' | 'down' | 'level' | null {
  const first = s.tokens.findIndex((t) => s.sentence.start + t.start === d.start);
  for (let k = first - 1; k >= Math.max(0, first - LOOK_BACK); k--) {
    const w = s.words[k]!;
    // The level reached, or the one left: no change, whatever follows.
    if (w === 'to' || w === 'from' || w === 'at') return 'level';
    const direction = s.lexicon.changes.get(w);
    if (direction) return direction;
    if (!BETWEEN.has(w)) break;
  }
  const after = s.words[Math.max(d.unitEnd, d.last + 1)];
  if (after && s.lexicon.changeNouns.has(after)) return s.lexicon.changes.get(after)!;
  return comparativeAfter(s, d);
}

/** Words that may stand between two figures of one list: "3.41 percent in the first quarter, 4.25 percent in the second". */
const LIST_GLUE = new Set([',', 'and', 'in', 'the', 'of', 'for', 'by', 'value', 'volume', 'terms', 'respectively', 'while', 'with']);

/**
 * Stage: whether a number is the amount of a change (SPEC §3): a change word before it —
 * "rose 10.6%", "increased by 5 percent", "up $393", "beating the target by 4.3 percent" — a
 * change noun or a comparative after it — "a 5% increase", "9.6 percent more than in 2022".
 * After "to" the number is the level reached ("rose to $371.85 billion"), after "from" the one
 * left. A figure listed after a change, of the same kind, shares it: "up 35 percent in value
 * and 17 percent in volume".
 */
export function attachEnglishChange(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  const out: Draft[] = [];
  drafts.forEach((d, k) => {
    if (d.kind === 'rank' || d.nonClaim) {
      out.push(d);
      return;
    }
    const own = ownChange(d, s);
    if (own === 'up' || own === 'down') out.push(withFields(d, { change: own }));
    else if (own === null && k > 0 && listedAfter(out[k - 1]!, d, s)) out.push(withFields(d, { change: out[k - 1]!.change }));
    else out.push(d);
  });
  return out;
}

/** Whether `d` continues a list that `previous` opened with a change: same kind, only list words between them. */
function listedAfter(previous: Draft, d: Draft, s: EnglishScope): boolean {
  if (!previous.change || previous.kind !== d.kind || previous.nonClaim) return false;
  for (let k = Math.max(previous.unitEnd, previous.last + 1); k < d.first; k++) {
    const w = s.words[k]!;
    if (!LIST_GLUE.has(w) && !s.lexicon.ordinals.has(w) && !/^(first|second|third|fourth|quarter|half|year|month)s?$/.test(w)) return false;
  }
  return true;
}
