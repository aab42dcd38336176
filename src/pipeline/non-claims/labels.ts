import { isAscii, isUpper, type Token } from '../../text/token.js';
import type { Draft } from '../draft.js';
import { readOrdinal } from '../ordinal.js';
import { isFunctionWord, opensSentence, wordAt, type SentenceScope } from '../scope.js';
import { matchWordBefore, wordEndingAt } from '../word-before.js';
import { asReference, type NonClaimRule } from './rule.js';

/** Marks that join labelled numbers into a list, besides conjunctions and range words: "quận 3, 4 và 7". */
const JOINING_MARKS = new Set([',', '-', '–']);

/** The label noun that heads the number, directly or through a list of labelled numbers. */
function labelNounBefore(d: Draft, s: SentenceScope): boolean {
  let i = d.first;
  let joined = false;
  let numbers = false;
  for (let hops = 0; hops < 10 && i > 0; hops++) {
    const label = matchWordBefore(s, s.lexicon.labelNouns, i);
    // "nhiều lần hai vợ chồng cãi cọ": after a plural word the noun is plain, not a label.
    if (label) return (numbers || !joined) && !s.lexicon.labelExceptions.matchBefore(s.tokens, i) && !isFunctionWord(s, 'plural', label.first - 1);
    const t = s.tokens[i - 1]!;
    const time = t.type === 'word' && s.lexicon.measures.matchAt(s.tokens, i - 1)?.value.dimension === 'time';
    if (t.type === 'num' || time) numbers = true;
    else if (JOINING_MARKS.has(t.text) || isFunctionWord(s, 'list-conjunction', i - 1) || isFunctionWord(s, 'range-link', i - 1)) joined = true;
    else if (!isFunctionWord(s, 'list-opener', i - 1)) return false;
    i--;
  }
  return false;
}

/** A product or model name: a capitalized Latin word, not all capitals and not Vietnamese ("iPhone", "Galaxy", "Pro"). */
const isModelWord = (s: SentenceScope, t: Token | undefined): boolean =>
  !!t && (t.type === 'word' || t.type === 'code') && isAscii(t.text) && /[A-Z]/.test(t.text) &&
  t.text !== t.text.toUpperCase() && !s.lexicon.pos.has(t.lower);

const LIST_MARKS = new Set(['.', ')']);

/**
 * A bare number right after a noun, with nothing counted after it, ends a name
 * ("Trường trung cấp Cảnh sát nhân dân 5", "Hạm đội 7"): a stated figure has a verb,
 * a linking word or a colon before it ("là 642.945", "bệnh viện: 266").
 */
function endsName(d: Draft, s: SentenceScope): boolean {
  const t = s.tokens[d.first - 1];
  if (!t || t.type !== 'word' || !s.tokens[d.first]!.gap) return false;
  const lex = s.lexicon;
  if (lex.unitBoundaries.matchBefore(s.tokens, d.first) || lex.qualifiers.matchBefore(s.tokens, d.first) ||
      lex.qualifierLinks.matchBefore(s.tokens, d.first) || lex.change.matchBefore(s.tokens, d.first) ||
      lex.rankMarkers.matchBefore(s.tokens, d.first) || lex.numerals.has(t.lower)) return false;
  // A capitalized word inside the sentence is a proper name: "phường Mỹ Đình 2", "Không đoàn Viễn chinh 379".
  if (isUpper(t.text) && d.first > 1) return true;
  const { tags } = wordEndingAt(s, d.first - 1);
  return tags !== undefined && tags.includes('N') && !tags.includes('V');
}

/**
 * Numbers that are part of a name or label (SPEC §1): after a label noun ("Quận 1",
 * "thôn 2", "vòng 13", "kỳ hạn 1 tháng"), editions ("lần thứ 3"), model names ("iPhone 11",
 * "Snapdragon 865", "11 Pro"), map scales ("tỷ lệ 1/500"), list numbering ("1. …").
 */
export const rejectLabel: NonClaimRule = (d, s) => {
  if (readOrdinal(d, s, false) === 'label') return asReference('edition or round');
  if (d.kind === 'rank') return null;
  const quantity = d.unitType === 'percent' || d.unitType === 'currency' || (d.unitType === 'measure' && d.dimension !== 'time');
  if (!quantity && labelNounBefore(d, s)) return asReference('label');
  // "iPhone 11", "Snapdragon 865 cao cấp" — but "Chelsea 12 điểm" counts points.
  const free = d.unitType === null || d.shape === 'slash' || (d.unitType === 'noun' && isUpper(s.tokens[d.last + 1]?.text ?? ''));
  const counter = s.lexicon.countingNouns.matchBefore(s.tokens, d.first);
  if (free && s.tokens[d.first]!.gap && isModelWord(s, s.tokens[d.first - 1])) return asReference('model name');
  const before = s.tokens[d.first - 1];
  if (d.unitType === null && before?.type === 'word' && isAscii(before.text) && isUpper(before.text) && !s.lexicon.pos.has(before.lower)) {
    return asReference('part of a name');
  }
  if (d.unitType === 'noun' && !counter && isModelWord(s, s.tokens[d.last + 1]) &&
      s.tokens.slice(d.last + 1, d.unitEnd).every((t) => isModelWord(s, t) || t.type === 'code' || isUpper(t.text))) {
    return asReference('model name');
  }
  if (d.unitType === null && d.scale === null && d.shape === 'plain' && endsName(d, s)) return asReference('part of a name');
  const scale = wordAt(s, d.first - 1) === 'lệ' && ['tỷ', 'tỉ'].includes(wordAt(s, d.first - 2));
  if (d.shape === 'slash' && scale && (d.parts![1] ?? 0) >= 100) return asReference('map scale');
  const next = s.tokens[d.last + 1];
  const after = s.tokens[d.last + 2];
  const opensLine = opensSentence(s, d.first);
  // "1. Kích hoạt …", "Facebook: 1. Kích hoạt", "…".2. Thêm …": small numbers that open list items.
  const previous = s.tokens[d.first - 1];
  const afterPeriod = previous?.text === '.' && !s.tokens[d.first]!.gap && (after === undefined || after.gap);
  const afterColon = (previous?.text === ':' || previous?.text === ';') && !!after?.gap && isUpper(after.text);
  const small = d.shape === 'plain' && Number.isInteger(d.value) && d.value <= 20 && d.written === 'digits';
  if (small && (opensLine || afterPeriod || afterColon) && next && !next.gap && LIST_MARKS.has(next.text)) return asReference('list number');
  return null;
};
