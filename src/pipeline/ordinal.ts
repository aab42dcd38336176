import type { Draft } from './draft.js';
import { wordAt, type SentenceScope } from './scope.js';
import { matchWordBefore } from './word-before.js';

/**
 * What "thứ N" is: a `rank` after a ranking verb ("xếp thứ 16", "đứng thứ hai"), before
 * "cả nước", with a denominator ("thứ 15/63") or in a list after another rank ("xếp thứ 14
 * … và thứ 13"); a `label` after an edition noun ("lần thứ 3", "kỳ họp thứ 3"); a `weekday`
 * for "thứ 2" … "thứ 7" otherwise (SPEC §4b). Null when the number does not follow "thứ".
 */
export function readOrdinal(d: Draft, s: SentenceScope, earlierRank: boolean): 'rank' | 'label' | 'weekday' | null {
  const thu = d.first - 1;
  if (wordAt(s, thu) !== 'thứ') return null;
  if (matchWordBefore(s, s.lexicon.ordinalLabels, thu)) return 'label';
  const marker = matchWordBefore(s, s.lexicon.rankMarkers, thu) ?? matchWordBefore(s, s.lexicon.rankMarkers, thu - 1);
  const listed = earlierRank && (wordAt(s, thu - 1) === 'và' || s.tokens[thu - 1]?.text === ',');
  if (marker || listed || d.shape === 'slash' || s.lexicon.rankFollowers.matchAt(s.tokens, d.last + 1)) return 'rank';
  if (d.value >= 2 && d.value <= 7 && Number.isInteger(d.value)) return 'weekday';
  // "Thứ nhất, …" (firstly) counts arguments, not places; "thứ 16 về …" is a place.
  return d.written === 'words' ? 'label' : 'rank';
}
