import type { Change } from '../types.js';
import type { Draft } from './draft.js';
import { wordAt, type SentenceScope } from './scope.js';
import { matchWordBefore } from './word-before.js';

/**
 * Whether the number is the amount of a change (SPEC §3): the nearest change word before it,
 * across qualifiers and fillers ("tăng hơn 10%", "giảm mạnh tới 0,2%", "mức giảm giá 2
 * triệu"). Words of a level ("lên", "xuống còn", "đạt") and a starting point ("giảm từ
 * 4,25% xuống 4%") make it no change.
 */
function changeOf(d: Draft, s: SentenceScope): Change | null {
  let end = d.first;
  for (let hop = 0; hop < 5 && end > 0; hop++) {
    const word = matchWordBefore(s, s.lexicon.change, end);
    if (word) {
      const { direction, notFor } = word.value;
      return direction === 'level' || (notFor !== null && notFor === d.dimension) ? null : direction;
    }
    if (wordAt(s, end - 1) === 'từ') {
      // "giảm từ 4,25% xuống 4%": a starting level. "mức giảm từ 2 đến 5 triệu": a range of changes.
      if (d.shape !== 'range') return null;
      end--;
      continue;
    }
    const skip = s.lexicon.qualifiers.matchBefore(s.tokens, end) ?? s.lexicon.qualifierLinks.matchBefore(s.tokens, end);
    if (skip) {
      end = skip.first;
      continue;
    }
    if (!s.lexicon.changeFillers.has(wordAt(s, end - 1))) return null;
    end--;
  }
  return null;
}

/** Stage: `change` of every claim. */
export function attachChange(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    const change = d.nonClaim ? null : changeOf(d, s);
    return change ? { ...d, change } : d;
  });
}
