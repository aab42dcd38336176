import type { Lexicon, NumeralRole } from '../lexicon/lexicon.js';

export interface NumeralWordsValue {
  value: number;
  /** How many of the words make up the number. */
  used: number;
  /** The multiplier of the scale words the number ends with ("ba triệu" 1e6, "hai nghìn tỷ" 1e12), null when none. */
  scale: number | null;
}

/**
 * The reader's state inside one number: `total` holds the groups closed by a scale word
 * ("hai nghìn" → 2000), `group` the group being read (below a thousand), `digit` a digit still
 * waiting for its `mươi`, `trăm` or scale word.
 */
interface State {
  total: number;
  group: number;
  digit: number | null;
  lastScale: number;
  prev: NumeralRole | null;
}

const value = (st: State) => st.total + st.group + (st.digit ?? 0);

/**
 * One word more of a number, or false where the words stop making one number. Returns
 * `'complete'` when the number may end after this word, `'open'` when it may not ("linh" must
 * be followed by a digit). The grammar of a school textbook:
 * - units `một … chín`, `không` (zero, before `trăm`: "một nghìn không trăm linh năm");
 * - `mười` (10), a digit with `mươi` (×10), `chục` (×10), a digit with `trăm` (×100);
 * - after `mười`/`mươi` the units `mốt` (1), `tư` (4), `lăm`/`nhăm` (5); `năm` there is a
 *   year ("mười năm" is ten years), so the number stops before it;
 * - spoken tens: a digit then `mốt`/`tư`/`lăm` ("hai mốt" 21, "ba lăm" 35);
 * - `linh`/`lẻ` for zero tens ("một trăm linh năm" 105, "hai nghìn lẻ tám" 2008);
 * - scale words multiply what stands before them and close a group (`nghìn`, `vạn`, `triệu`,
 *   `tỷ`), a larger one after a smaller multiplies all ("hai nghìn tỷ"), alone they mean one
 *   ("nghìn" 1000);
 * - `rưỡi`/`rưởi`: half of the unit before ("hai triệu rưỡi", "một trăm rưởi" 150, "một rưỡi" 1.5).
 */
function step(st: State, role: NumeralRole, v: number, next: NumeralRole | undefined, inWord: boolean): 'complete' | 'open' | false {
  const { prev } = st;
  switch (role) {
    case 'digit':
      if (prev === 'ten' || prev === 'tens' || prev === 'dozen') {
        if (v === 5) return false; // "mười năm", "hai mươi năm": years, not 15 or 25
        st.group += v;
      } else if (prev === 'filler') st.group += v;
      else if (prev === 'hundred') {
        if (next !== 'tens' && next !== 'dozen') return false; // "một trăm năm": a hundred years
        st.digit = v;
      } else if (prev === null) st.digit = v;
      else if (prev === 'scale') {
        // After a scale word a digit needs its place: "hai nghìn năm trăm" is 2500, "nghìn năm" a thousand years.
        st.digit = v;
        return next === 'hundred' || next === 'tens' || next === 'dozen' || next === 'scale' || next === 'half' ? 'complete' : 'open';
      } else return false;
      return 'complete';
    case 'zero':
      // Zero stands for an empty hundreds place ("không trăm"), never alone inside a number.
      if ((prev !== null && prev !== 'scale') || next !== 'hundred') return prev === null && next === undefined ? 'complete' : false;
      st.digit = 0;
      return 'open';
    case 'compound-digit':
      if (prev === 'ten' || prev === 'tens' || (prev === 'filler' && v === 4)) st.group += v; // "hai mươi tư", "một trăm linh tư"
      else if (prev === 'digit' && st.digit !== null && st.digit >= 2 && !inWord) {
        st.group += st.digit * 10 + v; // spoken tens: "hai mốt", "ba lăm" (not "hai tư lệnh": two commanders)
        st.digit = null;
      } else return false;
      return 'complete';
    case 'ten':
      if (prev !== null && prev !== 'scale' && prev !== 'hundred') return false;
      st.group += 10;
      return 'complete';
    case 'tens':
    case 'dozen':
      if (prev === null && role === 'dozen') {
        st.group += 10; // "chục" alone: ten
        return 'complete';
      }
      if (prev !== 'digit' || st.digit === null || (role === 'tens' && st.digit < 2)) return false;
      st.group += st.digit * 10;
      st.digit = null;
      return 'complete';
    case 'hundred':
      if (prev === null) st.group += 100; // "trăm" alone: a hundred
      else if ((prev === 'digit' || prev === 'zero') && st.digit !== null) st.group += st.digit * 100;
      else return false;
      st.digit = null;
      return 'complete';
    case 'filler':
      return prev === 'hundred' || prev === 'scale' ? 'open' : false;
    case 'scale': {
      if (prev === 'scale') {
        if (v <= st.lastScale) return false;
        st.total *= v; // "hai nghìn tỷ": a scale of scales
        st.lastScale = v;
        return 'complete';
      }
      if (prev === 'filler' || prev === 'zero') return false;
      const factor = prev === null ? 1 : prev === 'half-prefix' ? 0.5 : st.group + (st.digit ?? 0);
      if (factor === 0) return false;
      if (st.lastScale && v > st.lastScale) st.total = (st.total + factor) * v;
      else st.total += factor * v;
      st.group = 0;
      st.digit = null;
      st.lastScale = v;
      return 'complete';
    }
    case 'half':
      if (prev === 'scale') st.total += 0.5 * st.lastScale;
      else if (prev === 'hundred') st.group += 50;
      else if (prev === 'digit' && st.digit !== null) st.digit += 0.5;
      else return false;
      return 'complete';
    case 'half-prefix':
      return prev === null ? 'open' : false;
    default:
      return false; // a decimal point or a minus sign is read around the number, not inside it
  }
}

/** Whether `a b` is a word of the lexicon: followed syllable by syllable in its trie, with no joined string to build and hash. */
const startsTwoSyllableWord = (lexicon: Lexicon, a: string, b: string): boolean => lexicon.posTrie.get(a)?.next?.get(b)?.tags !== undefined;

/**
 * The value of Vietnamese number words at the start of `words` (lower case): "hai mươi lăm" 25,
 * "mười lăm" 15, "một trăm linh năm" 105, "ba mươi hai nghìn không trăm linh năm" 32005,
 * "hai triệu rưỡi" 2,500,000, "nửa triệu" 500,000, "nghìn" 1000. Stops where the words stop
 * making one number (see `step`). Null when the words do not start with a number.
 */
export function parseNumeralWords(words: readonly string[], lexicon: Lexicon): NumeralWordsValue | null {
  const st: State = { total: 0, group: 0, digit: null, lastScale: 0, prev: null };
  let best: NumeralWordsValue | null = null;
  let scale: number | null = null;
  // Each word's numeral is looked up once: as the next word of one step, then as the word of the next.
  let next = words.length ? lexicon.numerals.get(words[0]!) : undefined;
  for (let k = 0; k < words.length; k++) {
    const w = next;
    if (!w) break;
    next = k + 1 < words.length ? lexicon.numerals.get(words[k + 1]!) : undefined;
    // A number word that begins a longer word of the lexicon ("tư lệnh") is that word's.
    const inWord = k + 1 < words.length && startsTwoSyllableWord(lexicon, words[k]!, words[k + 1]!);
    const result = step(st, w.role, w.value, next?.role, inWord);
    if (!result) break;
    if (w.role === 'scale') scale = st.prev === 'scale' ? (scale ?? 1) * w.value : w.value;
    else if (w.role !== 'half') scale = null;
    st.prev = w.role;
    if (result === 'complete') best = { value: value(st), used: k + 1, scale };
    if (w.role === 'half') break;
  }
  return best;
}

/**
 * The digits after a decimal point written in words ("ba phẩy bảy" → "7", "hai phẩy không
 * năm" → "05", "một phẩy hai lăm" → "25"): leading `không` are zeros, then a number or digit
 * words read one by one. Null when no digit follows.
 */
export function readFractionWords(words: readonly string[], lexicon: Lexicon): { digits: string; used: number } | null {
  let digits = '';
  let k = 0;
  while (k < words.length - 1 && lexicon.numerals.get(words[k]!)?.role === 'zero') (digits += '0'), k++;
  // The digits end before a scale word: "bốn phẩy tám triệu" is 4.8 million.
  const scaleAt = words.findIndex((w, j) => j >= k && lexicon.numerals.get(w)?.role === 'scale');
  const number = parseNumeralWords(words.slice(k, scaleAt === -1 ? undefined : scaleAt), lexicon);
  if (number && Number.isInteger(number.value) && number.value < 1000) {
    digits += String(number.value);
    k += number.used;
    // "bốn năm sáu": digits read one by one.
    for (let w = lexicon.numerals.get(words[k] ?? ''); number.used === 1 && w && (w.role === 'digit' || w.role === 'zero'); w = lexicon.numerals.get(words[k] ?? '')) {
      digits += String(w.value);
      k++;
    }
  } else if (lexicon.numerals.get(words[k] ?? '')?.role === 'zero') (digits += '0'), k++;
  return digits ? { digits, used: k } : null;
}
