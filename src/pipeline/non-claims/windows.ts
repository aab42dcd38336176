import type { Draft } from '../draft.js';
import type { SentenceScope } from '../scope.js';
import { matchWordBefore } from '../word-before.js';
import { asDate, asReference, type NonClaimRule } from './rule.js';

/** A period word a few words before the duration ("báo cáo giám sát tài chính 6 tháng"). */
function periodWordBefore(d: Draft, s: SentenceScope): boolean {
  for (let i = d.first; i > Math.max(0, d.first - 5); i--) {
    if (matchWordBefore(s, s.lexicon.periodWords, i)) return true;
    const t = s.tokens[i - 1]!;
    if (t.type !== 'word' || s.lexicon.unitBoundaries.matchAt(s.tokens, i - 1)) return false;
  }
  return false;
}

/**
 * Durations that frame another claim rather than state one (SPEC §4b): "trong 24 giờ
 * qua", "6 tháng đầu năm", "3 năm gần đây", "8 tháng năm 2020", "trong vòng 24 giờ",
 * and the names of reporting periods ("báo cáo 6 tháng", "kế hoạch 5 năm").
 */
export const rejectWindow: NonClaimRule = (d, s) => {
  if (d.unitType !== 'measure' || d.dimension !== 'time') return null;
  if (s.lexicon.windowAfter.matchAt(s.tokens, d.unitEnd)) return asDate('time window');
  const year = s.tokens[d.unitEnd + 1];
  if (s.tokens[d.unitEnd]?.lower === 'năm' && year?.type === 'num' && /^\d{4}$/.test(year.text)) return asDate('time window');
  const q = s.lexicon.qualifiers.matchBefore(s.tokens, d.first);
  if (matchWordBefore(s, s.lexicon.windowBefore, d.first) || (q && matchWordBefore(s, s.lexicon.windowBefore, q.first))) {
    return asDate('time window');
  }
  if (periodWordBefore(d, s)) return asReference('name of a period');
  return null;
};
