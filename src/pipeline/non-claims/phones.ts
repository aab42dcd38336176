import { asReference, type NonClaimRule } from './rule.js';

const HOTLINE_PREFIX = /^(1900|1800)$/;

/** Phone numbers: after "hotline", "điện thoại", "ĐT:" …, or digit groups of one number ("0912 345 678", "1900 1234"). */
export const rejectPhone: NonClaimRule = (d, s) => {
  let end = d.first;
  while (end > 0 && [':', '(', ')', '.', '+'].includes(s.tokens[end - 1]!.text)) end--;
  if (s.lexicon.phoneMarkers.matchBefore(s.tokens, end)) return asReference('phone number');
  const previous = s.tokens[d.first - 1];
  const token = s.tokens[d.first]!;
  if (previous?.type === 'num' && token.gap && (previous.text.startsWith('0') || HOTLINE_PREFIX.test(previous.text))) {
    return asReference('phone number');
  }
  const next = s.tokens[d.last + 1];
  if (HOTLINE_PREFIX.test(token.text) && next?.type === 'num' && next.gap) return asReference('phone number');
  return null;
};
