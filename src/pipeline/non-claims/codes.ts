import type { Draft, NonClaim } from '../draft.js';
import { longestWord } from '../noun-phrase.js';
import type { SentenceScope } from '../scope.js';
import { asDate, asReference, dropped, type NonClaimRule } from './rule.js';

const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{4}$/;

/** Three or more numbers glued by hyphens: a date ("2017-06-19", "10-11-2021") or a code ("05-08-15-25"). */
function hyphenChain(d: Draft, s: SentenceScope): NonClaim | null {
  if (d.first !== d.last && d.shape !== 'range' && d.shape !== 'pair') return null;
  // a-b where a and b are numbers glued by a hyphen
  const glued = (a: number) =>
    s.tokens[a]?.type === 'num' && s.tokens[a + 1]?.text === '-' && !s.tokens[a + 1]!.gap &&
    s.tokens[a + 2]?.type === 'num' && !s.tokens[a + 2]!.gap;
  let first = d.first;
  let last = d.first;
  let hops = 0;
  while (first >= 2 && glued(first - 2)) (first -= 2), hops++;
  while (glued(last)) (last += 2), hops++;
  if (hops < 2) return null;
  const text = s.text.slice(s.tokens[first]!.start, s.tokens[last]!.end);
  return ISO_DATE.test(text) ? asDate('date') : asReference('number code');
}

/**
 * Identifiers and codes: digits grouped like no number (`192.168.1.1`; `10.11.2021` is a
 * date), a leading zero (`03`, `0985698786`), digits that continue an identifier
 * (`BN2817-2824`), or that a letter follows after a period (`khoản 1.k`).
 */
export const rejectCode: NonClaimRule = (d, s) => {
  const token = s.tokens[d.first]!;
  if (d.shape === 'odd') return DOTTED_DATE.test(token.text) ? asDate('dotted date') : asReference('digits grouped like no number');
  // "02 giải", "05 ngày": official writing pads small counts with a zero; "0985…", "03" alone are codes.
  const padded = token.text.length <= 3 && d.unitType !== null && (d.unitType !== 'noun' || s.lexicon.countingNouns.matchAt(s.tokens, d.last + 1) || longestWord(s, d.last + 1).tags?.includes('N'));
  if (d.leadingZero && d.shape !== 'slash' && !padded) return asReference('leading zero: a code or identifier');
  const dash = s.tokens[d.first - 1];
  const before = s.tokens[d.first - 2];
  if (dash && !token.gap && !dash.gap && (dash.text === '-' || dash.text === '#' || dash.text === '+') && (dash.text === '#' || (before && (before.type === 'code' || before.type === 'word')))) {
    return asReference('part of an identifier');
  }
  if (dash && !token.gap && !dash.gap && dash.text === '.' && before && !dash.gap && before.type === 'word') {
    return asReference('part of an identifier'); // "Cat.12", "v.2"
  }
  const parts = d.parts ?? [];
  if (parts.length === 2 && parts[0] === 24 && (parts[1] === 24 || parts[1] === 7)) return asReference('round the clock ("24/24", "24/7")');
  if (dash?.text === '/' && !dash.gap && !token.gap && before?.type === 'word') return dropped('denominator of a rate ("đồng/1 kg")');
  if ((dash?.text === 'x' || dash?.text === '×') && token.gap && dash.gap) return asReference('factor in a formula ("… x 2")');
  const times = s.tokens[d.last + 1];
  if ((times?.text === 'x' || times?.text === '×') && s.tokens[d.last + 2]?.type === 'num') return asReference('dimensions or a product');
  const chain = hyphenChain(d, s);
  if (chain) return chain;
  const dot = s.tokens[d.last + 1];
  const letter = s.tokens[d.last + 2];
  if (dot?.text === '.' && !dot.gap && letter && !letter.gap && letter.type === 'word' && letter.text.length === 1) {
    return asReference('numbered clause');
  }
  return null;
};
