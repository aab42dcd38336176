import { asDate, asReference, type NonClaimRule } from './rule.js';

const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

/**
 * Identifiers and codes: digits grouped like no number (`192.168.1.1`; `10.11.2021` is a
 * date), a leading zero (`03`, `0985698786`), digits that continue an identifier
 * (`BN2817-2824`), or that a letter follows after a period (`khoản 1.k`).
 */
export const rejectCode: NonClaimRule = (d, s) => {
  const token = s.tokens[d.first]!;
  if (d.shape === 'odd') return DOTTED_DATE.test(token.text) ? asDate('dotted date') : asReference('digits grouped like no number');
  if (d.leadingZero && d.shape !== 'slash') return asReference('leading zero: a code or identifier');
  const dash = s.tokens[d.first - 1];
  const before = s.tokens[d.first - 2];
  if (dash && !token.gap && !dash.gap && (dash.text === '-' || dash.text === '#') && (dash.text === '#' || (before && (before.type === 'code' || before.type === 'word')))) {
    return asReference('part of an identifier');
  }
  const dot = s.tokens[d.last + 1];
  const letter = s.tokens[d.last + 2];
  if (dot?.text === '.' && !dot.gap && letter && !letter.gap && letter.type === 'word' && letter.text.length === 1) {
    return asReference('numbered clause');
  }
  return null;
};
