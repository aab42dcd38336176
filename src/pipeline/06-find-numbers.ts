import { parseDigits } from '../numbers/parse-digits.js';
import { parseNumeralWords } from '../numbers/parse-numeral-words.js';
import { isUpper } from '../text/token.js';
import { newDraft, type Draft } from './draft.js';
import { opensSentence, wordAt, type SentenceScope } from './scope.js';

interface Scaled {
  value: number;
  last: number;
  scale: number | null;
}

const scaleAt = (s: SentenceScope, i: number): number | null => {
  const t = s.tokens[i];
  if (!t || t.type !== 'word') return null;
  const w = s.lexicon.numerals.get(t.lower);
  if (!w || (w.role !== 'scale' && w.role !== 'hundred')) return null;
  return s.lexicon.scaleBlockers.has(wordAt(s, i + 1)) ? null : w.value;
};

/**
 * Scale words after a number: "2,5 nghìn tỷ" (each larger scale multiplies), "1 tỷ 200
 * triệu" (a smaller one after a number adds), "3 triệu rưỡi" (half the scale), or a glued
 * suffix ("100k", "5tr").
 */
function readScales(s: SentenceScope, last: number, value: number): Scaled {
  const next = s.tokens[last + 1];
  const suffix = next && !next.gap && next.type === 'word' ? s.lexicon.suffixes.get(next.text) : undefined;
  if (suffix) return { value: value * suffix, last: last + 1, scale: suffix };
  let scale: number | null = null;
  let lastScale = 0;
  for (;;) {
    const direct = scaleAt(s, last + 1);
    if (direct !== null && (!lastScale || direct > lastScale)) {
      value *= direct;
      scale = (scale ?? 1) * direct;
      lastScale = direct;
      last += 1;
      continue;
    }
    const t = s.tokens[last + 1];
    const addend = lastScale && t?.type === 'num' && /^\d{1,3}$/.test(t.text) ? scaleAt(s, last + 2) : null;
    if (addend !== null && addend < lastScale) {
      value += Number(t!.text) * addend;
      lastScale = addend;
      last += 2;
      continue;
    }
    if (lastScale && wordAt(s, last + 1) === 'rưỡi') {
      value += lastScale / 2;
      last += 1;
    }
    return { value, last, scale };
  }
}

function readDigits(s: SentenceScope, i: number): Draft {
  const t = s.tokens[i]!;
  const parsed = parseDigits(t.text, s.style);
  if (parsed.odd) return newDraft({ first: i, last: i, start: t.start, end: t.end, value: Number.NaN, shape: 'odd' });
  const { value, last, scale } = readScales(s, i, parsed.value);
  return newDraft({
    first: i, last, start: t.start, end: s.tokens[last]!.end, value, scale, decimals: parsed.decimals,
    leadingZero: parsed.leadingZero,
  });
}

/** Only the first token of a sentence (after quotes or brackets) may be a capitalized number word. */
const atSentenceStart = opensSentence;

function readWords(s: SentenceScope, i: number): Draft | null {
  const words: string[] = [];
  for (let j = i; j < s.tokens.length && words.length < 12 && s.tokens[j]!.type === 'word'; j++) {
    words.push(s.tokens[j]!.lower);
  }
  const parsed = parseNumeralWords(words, s.lexicon);
  if (!parsed) return null;
  const first = s.tokens[i]!;
  const wordsLast = i + parsed.used - 1;
  const { value, last, scale } = readScales(s, wordsLast, parsed.value);
  return newDraft({ first: i, last, start: first.start, end: s.tokens[last]!.end, value, scale, written: 'words' });
}

/** "gấp đôi" (twice), "thứ nhất" (first): numbers that number words alone do not spell. */
function readSpecialWords(s: SentenceScope, i: number): Draft | null {
  const multiple = s.lexicon.multipliers.matchAt(s.tokens, i);
  if (multiple) {
    const last = multiple.end - 1;
    return newDraft({
      first: i, last, start: s.tokens[i]!.start, end: s.tokens[last]!.end, value: multiple.value, written: 'words',
      unit: 'lần', unitType: 'noun',
    });
  }
  // "nửa tiếng", "nửa tháng": half a unit. ("nửa người", half the body, counts nothing.)
  if (wordAt(s, i) === 'nửa' && s.lexicon.numerals.get(wordAt(s, i + 1))?.role !== 'scale' && s.lexicon.measures.matchAt(s.tokens, i + 1)) {
    const t = s.tokens[i]!;
    return newDraft({ first: i, last: i, start: t.start, end: t.end, value: 0.5, written: 'words' });
  }
  const ordinal = wordAt(s, i - 1) === 'thứ' ? s.lexicon.ordinals.get(wordAt(s, i)) : undefined;
  if (ordinal === undefined) return null;
  const t = s.tokens[i]!;
  return newDraft({ first: i, last: i, start: t.start, end: t.end, value: ordinal, written: 'words' });
}

/**
 * Stage: every number in the sentence, written in digits ("4.233", "11,07 triệu", "100k")
 * or in words ("hai mươi lăm", "nửa triệu"), with its scale words, as one draft each.
 */
export function findNumbers(s: SentenceScope): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    let draft: Draft | null = null;
    if (t.type === 'num') draft = readDigits(s, i);
    else if (t.type === 'word' && (s.lexicon.numerals.has(t.lower) || s.lexicon.multipliers.startsWordOf(t.lower) || s.lexicon.ordinals.has(t.lower))) {
      draft = readSpecialWords(s, i);
      const rate = s.tokens[i - 1]?.text === '/' && !t.gap; // "đồng/người/năm": a rate, not a number
      if (!draft && !rate && s.lexicon.numerals.has(t.lower) && (!isUpper(t.text) || atSentenceStart(s, i))) draft = readWords(s, i);
    }
    if (draft) {
      drafts.push(draft);
      i = draft.last;
    }
  }
  return drafts;
}
