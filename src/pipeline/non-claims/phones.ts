import { asReference, type NonClaimRule } from './rule.js';

const HOTLINE_PREFIX = /^(1900|1800)$/;

/** Phone numbers: after "hotline", "điện thoại", "ĐT:" …, or digit groups of one number ("0912 345 678", "1900 1234"). */
const GROUP_MARKS = new Set([':', '(', ')', '.', '+', '-']);

export const rejectPhone: NonClaimRule = (d, s) => {
  // Back over the groups and brackets of one number: "(028) 7308 3333", "0912 345 678".
  let first = d.first;
  while (first > 0 && (s.tokens[first - 1]!.type === 'num' || GROUP_MARKS.has(s.tokens[first - 1]!.text)) && first > d.first - 6) first--;
  while (first < d.first && s.tokens[first]!.type !== 'num') first++;
  let end = first;
  while (end > 0 && GROUP_MARKS.has(s.tokens[end - 1]!.text)) end--;
  if (s.lexicon.phoneMarkers.matchBefore(s.tokens, end)) return asReference('phone number');
  const token = s.tokens[d.first]!;
  const lead = s.tokens[first]!.text;
  if (first < d.first && (/^0\d+$/.test(lead) || HOTLINE_PREFIX.test(lead))) return asReference('phone number');
  const next = s.tokens[d.last + 1];
  if (HOTLINE_PREFIX.test(token.text) && next?.type === 'num' && next.gap) return asReference('phone number');
  return null;
};
