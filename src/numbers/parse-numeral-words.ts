import type { Lexicon, NumeralRole } from '../lexicon/lexicon.js';

export interface NumeralWordsValue {
  value: number;
  /** How many of the words make up the number. */
  used: number;
}

/**
 * The value of Vietnamese number words at the start of `words` (lower case): "hai mươi lăm"
 * 25, "mười lăm" 15, "một trăm linh năm" 105, "hai triệu rưỡi" 2,500,000, "nửa triệu"
 * 500,000. Stops where the words stop making one number: "hai năm" is two years (only "lăm"
 * is five after "mươi"), "một trăm năm" is a hundred years unless "mươi" follows. Null when
 * the words do not start with a number.
 */
export function parseNumeralWords(words: readonly string[], lexicon: Lexicon): NumeralWordsValue | null {
  let total = 0;
  let group = 0;
  let digit: number | null = null;
  let lastScale = 0;
  let prev: NumeralRole | null = null;
  let best: NumeralWordsValue | null = null;
  const current = () => total + group + (digit ?? 0);

  for (let k = 0; k < words.length; k++) {
    const w = lexicon.numerals.get(words[k]!);
    if (!w) break;
    const { role, value } = w;
    let complete = true;
    if (role === 'digit') {
      if (prev === 'ten' || prev === 'tens') {
        if (value === 5) break; // "mười năm", "hai mươi năm": years, not 15 or 25
        group += value;
      } else if (prev === 'filler') group += value;
      else if (prev === 'hundred') {
        if (lexicon.numerals.get(words[k + 1] ?? '')?.role !== 'tens') break;
        digit = value;
      } else if (prev === null || prev === 'scale') digit = value;
      else break;
    } else if (role === 'compound-digit') {
      if (prev !== 'ten' && prev !== 'tens') break;
      group += value;
    } else if (role === 'ten') {
      if (prev !== null && prev !== 'scale' && prev !== 'hundred') break;
      group += 10;
    } else if (role === 'tens' || role === 'dozen') {
      if (prev !== 'digit' || digit === null || (role === 'tens' && digit < 2)) break;
      group += digit * 10;
      digit = null;
    } else if (role === 'hundred') {
      if (prev !== 'digit' || digit === null) break;
      group += digit * 100;
      digit = null;
    } else if (role === 'filler') {
      if (prev !== 'hundred' && prev !== 'scale') break;
      complete = false;
    } else if (role === 'scale' && prev === 'scale') {
      if (value <= lastScale) break;
      total *= value; // "hai nghìn tỷ": a scale of scales
      lastScale = value;
    } else if (role === 'scale') {
      const v = prev === 'half-prefix' ? value * 0.5 : group + (digit ?? 0);
      if (prev === null || prev === 'filler' || v === 0) break;
      if (prev === 'half-prefix') total += v;
      else if (lastScale && value > lastScale) total = (total + v) * value;
      else total += v * value;
      group = 0;
      digit = null;
      lastScale = value;
    } else if (role === 'half') {
      if (prev === 'scale') total += 0.5 * lastScale;
      else if (prev === 'digit' && digit !== null) digit += 0.5;
      else break;
      best = { value: current(), used: k + 1 };
      break;
    } else if (role === 'half-prefix') {
      if (prev !== null) break;
      complete = false;
    }
    prev = role;
    if (complete) best = { value: current(), used: k + 1 };
  }
  return best;
}
