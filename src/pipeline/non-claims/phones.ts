import { asReference, type NonClaimRule } from './rule.js';

const HOTLINE_PREFIX = /^(1900|1800)$/;

/** Phone numbers: after "hotline", "điện thoại", "ĐT:" …, or digit groups of one number ("0912 345 678", "1900 1234"). */
export const rejectPhone: NonClaimRule = (d, s) => {
  let end = d.first;
  while (end > 0 && [':', '(', ')', '.', '+'].includes(s.tokens[end - 1]!.text)) end--;
  if (s.lexicon.phoneMarkers.matchBefore(s.tokens, end)) return asReference('phone number');
  const token = s.tokens[d.first]!;
  // "0912 345 678": later groups of a number that starts with 0 (or a 1900/1800 hotline).
  let first = d.first;
  while (first > 0 && s.tokens[first - 1]!.type === 'num' && s.tokens[first]!.gap) first--;
  const lead = s.tokens[first]!.text;
  if (first < d.first && (lead.startsWith('0') || HOTLINE_PREFIX.test(lead))) return asReference('phone number');
  const next = s.tokens[d.last + 1];
  if (HOTLINE_PREFIX.test(token.text) && next?.type === 'num' && next.gap) return asReference('phone number');
  return null;
};
