import { parseDigits } from '../numbers/parse-digits.js';
import { parseNumeralWords, readFractionWords } from '../numbers/parse-numeral-words.js';
import type { NumeralRole } from '../lexicon/lexicon.js';
import { isUpper } from '../text/token.js';
import { copyDraft, newDraft, type Draft, withFields } from './draft.js';
import { opensSentence, wordAt, type SentenceScope } from './scope.js';

interface Scaled {
  value: number;
  last: number;
  scale: number | null;
}

const roleAt = (s: SentenceScope, i: number) => (s.tokens[i]?.type === 'word' ? s.lexicon.numerals.get(s.tokens[i]!.lower)?.role : undefined);

const scaleAt = (s: SentenceScope, i: number): number | null => {
  const t = s.tokens[i];
  if (!t || t.type !== 'word') return null;
  const w = s.lexicon.numerals.get(t.lower);
  if (!w || (w.role !== 'scale' && w.role !== 'hundred')) return null;
  return s.lexicon.scaleBlockers.has(wordAt(s, i + 1)) ? null : w.value;
};

const BLANK = newDraft({ first: 0, last: 0, start: 0, end: 0, value: 0 });

/**
 * A new draft of the number at tokens `[first, last]`: a copy of a blank draft with its fields
 * set. (`newDraft`, fed literals of the five shapes of this stage, read each of its 26 fields
 * by a megamorphic lookup: some 140 ns a number, against 20.)
 */
function numberDraft(s: SentenceScope, first: number, last: number, value: number, written: Draft['written']): Draft {
  const d = copyDraft(BLANK);
  d.first = first;
  d.last = last;
  d.start = s.tokens[first]!.start;
  d.end = s.tokens[last]!.end;
  d.value = value;
  d.written = written;
  d.unitEnd = last + 1;
  d.rules = [];
  return d;
}

/**
 * Scale words after a number: "2,5 nghìn tỷ" (each larger scale multiplies), "1 tỷ 200
 * triệu" (a smaller one after a number adds), "3 triệu rưỡi" (half the scale), or a glued
 * suffix ("100k", "5tr").
 */
function readScales(s: SentenceScope, last: number, value: number): Scaled {
  const next = s.tokens[last + 1];
  const suffix = next && !next.gap && next.type === 'word' ? s.lexicon.suffixes.get(next.text) : undefined;
  if (suffix && (!suffix.decimalOnly || !Number.isInteger(value))) return { value: value * suffix.multiplier, last: last + 1, scale: suffix.multiplier };
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
    if (lastScale && roleAt(s, last + 1) === 'half') {
      value += lastScale / 2;
      last += 1;
    }
    return { value, last, scale };
  }
}

/**
 * A decimal point read aloud after a whole number: "ba phẩy bảy" (3.7), "2 chấm 23" (2.23),
 * "hai phẩy không năm" (2.05). The draft grows over the point and the digits after it.
 */
function readPoint(s: SentenceScope, d: Draft): Draft {
  const point = d.last + 1;
  if (roleAt(s, point) !== 'point' || !Number.isInteger(d.value) || d.shape !== 'plain') return d;
  const after = s.tokens[point + 1];
  if (after?.type === 'num' && /^\d+$/.test(after.text)) {
    return withFields(d, { value: Number(`${d.value}.${after.text}`), decimals: after.text.length, last: point + 1, end: after.end });
  }
  const words: string[] = [];
  for (let j = point + 1; j < s.tokens.length && words.length < 8 && s.tokens[j]!.type === 'word'; j++) words.push(s.tokens[j]!.lower);
  const fraction = readFractionWords(words, s.lexicon);
  if (!fraction) return d;
  const last = point + fraction.used;
  return withFields(d, { value: Number(`${d.value}.${fraction.digits}`), decimals: fraction.digits.length, last, end: s.tokens[last]!.end, written: 'words' });
}

/** The number's scale words, after its decimal point if it has one: "bốn phẩy tám triệu". */
function withScales(s: SentenceScope, d: Draft): Draft {
  const pointed = readPoint(s, d);
  const { value, last, scale } = readScales(s, pointed.last, pointed.value);
  if (last === pointed.last) return pointed;
  const scaled = copyDraft(pointed);
  scaled.value = value;
  scaled.last = last;
  scaled.scale = scale === null ? pointed.scale : (pointed.scale ?? 1) * scale;
  scaled.end = s.tokens[last]!.end;
  return scaled;
}

function readDigits(s: SentenceScope, i: number): Draft {
  const t = s.tokens[i]!;
  const parsed = parseDigits(t.text, s.style);
  const d = numberDraft(s, i, i, parsed.odd ? Number.NaN : parsed.value, 'digits');
  if (parsed.odd) {
    d.shape = 'odd';
    return d;
  }
  d.decimals = parsed.decimals;
  d.leadingZero = parsed.leadingZero;
  return withScales(s, d);
}

/** Only the first token of a sentence (after quotes or brackets) may be a capitalized number word. */
const atSentenceStart = opensSentence;

/** `role`: the numeral role of the word at `i` (looked up once by the caller). */
function readWords(s: SentenceScope, i: number, role: NumeralRole): Draft | null {
  const next = role === 'zero' ? roleAt(s, i + 1) : undefined;
  // "không" is zero only where a number needs it ("không trăm", "không phẩy năm"); else it is "not".
  if (role === 'zero' && next !== 'hundred' && next !== 'point') return null;
  // "tỷ lệ", "tỷ giá": a scale word that is the first syllable of another word.
  if (role === 'scale' && s.lexicon.scaleBlockers.has(wordAt(s, i + 1))) return null;
  const words: string[] = [];
  for (let j = i; j < s.tokens.length && words.length < 12 && s.tokens[j]!.type === 'word'; j++) words.push(s.tokens[j]!.lower);
  const parsed = role === 'zero' && next === 'point' ? { value: 0, used: 1, scale: null } : parseNumeralWords(words, s.lexicon);
  if (!parsed) return null;
  const d = numberDraft(s, i, i + parsed.used - 1, parsed.value, 'words');
  d.scale = parsed.scale;
  return withScales(s, d);
}

/** "gấp đôi" (twice), "thứ nhất" (first): numbers that number words alone do not spell. */
function readSpecialWords(s: SentenceScope, i: number, role: NumeralRole | undefined): Draft | null {
  const multiple = s.lexicon.multipliers.matchAt(s.tokens, i);
  if (multiple) {
    const d = numberDraft(s, i, multiple.end - 1, multiple.value, 'words');
    d.unit = s.lexicon.multipleUnit;
    d.unitType = 'noun';
    return d;
  }
  // "nửa tiếng", "nửa tháng": half a unit. ("nửa người", half the body, counts nothing.)
  if (role === 'half-prefix' && roleAt(s, i + 1) !== 'scale' && s.lexicon.measures.matchAt(s.tokens, i + 1)) {
    return numberDraft(s, i, i, 0.5, 'words');
  }
  // "thứ nhất", "hạng nhì", "về đích đầu tiên": an ordinal word after a marker or a ranking verb.
  const ordinal = s.lexicon.ordinals.matchAt(s.tokens, i);
  if (!ordinal) return null;
  const marked = s.lexicon.functionWords['ordinal-marker'].has(wordAt(s, i - 1)) || s.lexicon.rankMarkers.matchBefore(s.tokens, i) !== null;
  if (!marked) return null;
  return numberDraft(s, i, ordinal.end - 1, ordinal.value, 'words');
}

/** "đồng/người/năm": a word glued after a slash is a rate, not a number. */
const inRate = (s: SentenceScope, i: number) => s.tokens[i - 1]?.text === '/' && !s.tokens[i]!.gap;

const OPENING_MARKS = new Set(['(', '[', '{', '"', '“', "'", '‘', ':', ';', ',', '/']);

/** A number that can follow a minus: digits, or number words (not another sign). */
function readUnsigned(s: SentenceScope, i: number): Draft | null {
  const t = s.tokens[i];
  if (!t) return null;
  if (t.type === 'num') return readDigits(s, i);
  const role = t.type === 'word' ? s.lexicon.numerals.get(t.lower)?.role : undefined;
  if (role !== undefined && role !== 'minus') return readWords(s, i, role);
  return null;
}

/**
 * A negative number: `âm` before it ("âm năm độ C", "âm 2.000 tỷ đồng"), or a minus sign glued to
 * its digits where no number stands before it ("-5°C", "từ -2 đến 3"; "10-15" is a range).
 */
function readNegative(s: SentenceScope, i: number): Draft | null {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  const sign = t.type === 'punct' && (t.text === '-' || t.text === '−');
  if (sign) {
    // A minus after white space or an opening mark; after a number or its unit ("3%-5%") a dash joins a range.
    const before = s.tokens[i - 1];
    const standsAlone = !before || (before.type !== 'num' && (t.gap || OPENING_MARKS.has(before.text)));
    if (!standsAlone || next?.type !== 'num' || next.gap) return null;
  }
  const number = readUnsigned(s, i + 1);
  if (!number || number.shape !== 'plain' || Number.isNaN(number.value)) return null;
  return withFields(number, { first: i, start: t.start, value: -number.value });
}

/**
 * Stage: every number in the sentence, written in digits ("4.233", "11,07 triệu", "100k", "-5")
 * or in words ("hai mươi lăm", "nửa triệu", "ba phẩy bảy", "âm năm"), with its scale words, as
 * one draft each.
 */
export function findNumbers(s: SentenceScope): Draft[] {
  const drafts: Draft[] = [];
  // Read once for the sentence: most tokens are words that start no number, turned away first.
  const { tokens } = s;
  const starts = s.lexicon.numberStarts;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'word' && !starts.has(t.lower)) continue;
    let draft: Draft | null = null;
    if (t.type === 'num') draft = readDigits(s, i);
    else if (t.type === 'punct') draft = t.text === '-' || t.text === '−' ? readNegative(s, i) : null;
    else if (t.type === 'word') {
      const role = s.lexicon.numerals.get(t.lower)?.role;
      if (role === 'minus') draft = readNegative(s, i);
      else {
        draft = readSpecialWords(s, i, role);
        if (!draft && role !== undefined && !inRate(s, i) && (!isUpper(t.text) || atSentenceStart(s, i))) draft = readWords(s, i, role);
      }
    }
    if (draft) {
      drafts.push(draft);
      i = draft.last;
    }
  }
  return drafts;
}
