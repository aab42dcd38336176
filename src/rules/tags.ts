import type { Draft } from '../pipeline/draft.js';
import { opensSentence, type SentenceScope } from '../pipeline/scope.js';
import { isUpper } from '../text/token.js';
import { isDayMonth, isMonthYear, isSeason, slashDateParts } from './shapes/dates.js';
import { hyphenChain, inIdentifier, isDocumentNumber, isListNumber, isPhoneNumber, startsDateRange, beforeSlashDate, isClauseLetter } from './shapes/codes.js';
import { isModelWord } from './atoms.js';
import { longestWord } from '../pipeline/noun-phrase.js';
import { currencyNear } from './shapes/currency.js';

/** A condition on the number itself, written `#{tag,!tag}` in a pattern. */
export type NumberTest = (d: Draft, s: SentenceScope) => boolean;

const int = (n: number | null) => n !== null && Number.isInteger(n);
const between = (lo: number, hi: number) => (d: Draft) => int(d.value) && d.value >= lo && d.value <= hi && d.shape === 'plain';
const tokenText = (d: Draft, s: SentenceScope) => s.tokens[d.first]!.text;
const isYear = (n: number) => int(n) && n >= 1900 && n <= 2100;

/**
 * The tags a pattern may ask of its number: its shape, how it is written, its size, its unit and
 * kind (where the stage runs after those are read), and the shapes of dates, codes and phone
 * numbers written in digits. Language-neutral: what the words around the number mean is the
 * rules' business.
 */
export const NUMBER_TAGS: Readonly<Record<string, NumberTest>> = {
  // shape and writing
  plain: (d) => d.shape === 'plain',
  slash: (d) => d.shape === 'slash',
  range: (d) => d.shape === 'range',
  ratio: (d) => d.shape === 'ratio',
  pair: (d) => d.shape === 'pair',
  odd: (d) => d.shape === 'odd',
  digits: (d) => d.written === 'digits',
  words: (d) => d.written === 'words',
  single: (d) => d.first === d.last,
  glued: (d, s) => !s.tokens[d.first]!.gap,
  opening: (d, s) => opensSentence(s, d.first),
  /** Two digits as written: "02", "05" are padded counts; "007", "0985…" codes. */
  'two-digits': (d, s) => tokenText(d, s).length === 2,
  lead0: (d) => d.leadingZero,
  scaled: (d) => d.scale !== null,
  // size
  int: (d) => int(d.value),
  /** Both ends whole: a range of counts or a score. */
  whole: (d) => int(d.value) && (d.valueMax === null || int(d.valueMax)),
  one: (d) => d.value === 1,
  small: (d) => int(d.value) && d.value <= 20,
  /** Below a thousand and written without separators: what ends a name ("Sư đoàn 9", "Bệnh viện 175"). */
  'name-sized': (d, s) => int(d.value) && d.value < 1000 && /^\d+$/.test(tokenText(d, s)),
  // The value first: most numbers tried for a year are not one, and it costs no regular expression.
  year: (d, s) => d.first === d.last && isYear(d.value) && /^\d{4}$/.test(tokenText(d, s)),
  /** A number after "năm" that can be a year: whole and below 3000. */
  'year-ish': (d) => d.shape === 'plain' && int(d.value) && d.value < 3000,
  day: between(1, 31),
  month: between(1, 12),
  quarter: between(1, 4),
  // "thứ 2" … "thứ 7", "thứ hai", "thứ tư": a day of the week can be; "thứ nhì" never is.
  weekday: (d, s) => d.shape === 'plain' && int(d.value) && d.value >= 2 && d.value <= 7 &&
    (d.written === 'digits' || s.lexicon.numerals.has(s.tokens[d.first]!.lower)),
  /** Read from an ordinal word: "nhất", "nhì", "đầu tiên". */
  ordinal: (d, s) => d.written === 'words' && s.lexicon.ordinals.matchAt(s.tokens, d.first)?.end === d.last + 1,
  hour: (d) => d.shape === 'plain' && d.value >= 0 && d.value <= 24,
  minute: between(0, 59),
  million: (d) => (d.scale ?? 0) >= 1e6,
  billion: (d) => (d.scale ?? 0) >= 1e9,
  /** A slash fraction whose denominator is at least 100: a map scale ("1/5.000"). */
  'large-denominator': (d) => d.shape === 'slash' && (d.parts![1] ?? 0) >= 100,
  /** A slash fraction X/Y with X ≤ Y (something counted: "1/3 số dân"). */
  proper: (d) => d.shape === 'slash' && d.parts!.length === 2 && d.parts![0]! <= d.parts![1]!,
  // unit and kind, as the earlier stages read them
  bare: (d) => d.unitType === null,
  noun: (d) => d.unitType === 'noun',
  percent: (d) => d.unitType === 'percent',
  currency: (d) => d.unitType === 'currency',
  measure: (d) => d.unitType === 'measure',
  time: (d) => d.unitType === 'measure' && d.dimension === 'time',
  /** A rate per something: `đồng/lít`, `%/năm`, `triệu đồng/tháng`. */
  per: (d) => d.unit !== null && d.unit.includes('/'),
  /** Money in Vietnamese đồng. */
  vnd: (d) => d.currency === 'VND',
  /** A percentage, an amount of money or a measure that is not a duration: a figure, never a label. */
  quantity: (d) => d.unitType === 'percent' || d.unitType === 'currency' || (d.unitType === 'measure' && d.dimension !== 'time'),
  /** A percentage, money or any measure: what a document number never carries. */
  measured: (d) => d.unitType === 'percent' || d.unitType === 'currency' || d.unitType === 'measure',
  /** The unit stage read a noun phrase that opens with a capital: "11 Pro", "2020 Ronaldo". */
  'named-unit': (d, s) => d.unitType === 'noun' && isUpper(s.tokens[d.last + 1]?.text ?? ''),
  /** Nothing counted after the number, or a fraction, or a capitalized word: free to end a model name ("iPhone 11"). */
  free: (d, s) => d.unitType === null || d.shape === 'slash' || (d.unitType === 'noun' && isUpper(s.tokens[d.last + 1]?.text ?? '')),
  /** The unit stage read a noun phrase of model words: "11 Pro Max", "865 5G". */
  'model-unit': (d, s) => d.unitType === 'noun' && isModelWord(s, s.tokens[d.last + 1]) &&
    s.tokens.slice(d.last + 1, d.unitEnd).every((t) => isModelWord(s, t) || t.type === 'code' || isUpper(t.text)),
  /** A number word that is the first syllable of another word ("chín chắn", "ba hoa"), not a numeral compound. */
  syllable: (d, s) => {
    const word = longestWord(s, d.first);
    return d.written === 'words' && word.end > d.first + 1 && !word.tags?.includes('M');
  },
  /** A currency written after another amount near the number: "… 5 tỷ USD, trong đó 948 triệu …". */
  'currency-near': (d, s) => currencyNear(d, s) !== null,
  /** A number that opens with a scale word, no number before it: "nghìn", "trăm tỷ" (one of them). */
  'bare-scale': (d, s) => d.written === 'words' && ['scale', 'hundred', 'dozen'].includes(s.lexicon.numerals.get(s.tokens[d.first]!.lower)?.role ?? ''),
  qualified: (d) => d.qualifier !== null,
  rank: (d) => d.kind === 'rank',
  // dates, codes and numbers that are written in digits like no quantity
  'dotted-date': (d, s) => /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(tokenText(d, s)),
  'dotted-day': (d, s) => /^\d{1,2}\.\d{1,2}$/.test(tokenText(d, s)),
  /** "12.2017": a month and a year joined by a dot (read as a decimal). */
  'dotted-month': (d, s) => /^(0?[1-9]|1[0-2])\.(19|20)\d\d$/.test(tokenText(d, s)),
  /** "4.0", "3.0": a version number. */
  'dot-zero': (d, s) => tokenText(d, s).length <= 4 && /^\d{1,2}\.0$/.test(tokenText(d, s)),
  'date-dmy': (d) => slashDateParts(d) === 'dmy',
  'slash-code': (d) => slashDateParts(d) === 'code',
  'month-year': (d) => isMonthYear(d),
  'day-month': (d) => isDayMonth(d),
  season: (d) => isSeason(d),
  'year-range': (d) => d.shape === 'range' && isYear(d.value) && isYear(d.valueMax ?? 0),
  'round-the-clock': (d) => d.shape === 'slash' && d.parts!.length === 2 && d.parts![0] === 24 && (d.parts![1] === 24 || d.parts![1] === 7),
  'in-identifier': inIdentifier,
  'rate-denominator': (d, s) => s.tokens[d.first - 1]?.text === '/' && !s.tokens[d.first - 1]!.gap && !s.tokens[d.first]!.gap && s.tokens[d.first - 2]?.type === 'word',
  'hyphen-chain': (d, s) => hyphenChain(d, s) !== null,
  'iso-date': (d, s) => hyphenChain(d, s) === 'date',
  'document-number': isDocumentNumber,
  phone: isPhoneNumber,
  'list-number': isListNumber,
  'clause-letter': isClauseLetter,
  'date-range-start': startsDateRange,
  'before-date': beforeSlashDate,
};

type Shape = Draft['shape'];
const SLASH: readonly Shape[] = ['slash'];
const PLAIN: readonly Shape[] = ['plain'];

/**
 * The shapes and writing a tag implies, and the punctuation it needs next to the number, for the
 * index: a rule that asks `#{date-dmy}` is only ever tried on slash-joined numbers, one that asks
 * `#{list-number}` only on numbers with punctuation after them — with `marks`, only on those
 * with one of these marks right after them (or before, or either side, as `punct` says: the token the test reads);
 * with `capitalAfter`, only on numbers with a capitalized word right after them. A tag not listed implies nothing.
 */
export const TAG_IMPLIES: Readonly<Record<string, { shapes?: readonly Shape[]; written?: Draft['written']; punct?: 'before' | 'after' | 'either'; marks?: readonly string[]; unitTypes?: readonly Draft['unitType'][]; capitalAfter?: boolean }>> = {
  plain: { shapes: PLAIN }, slash: { shapes: SLASH }, range: { shapes: ['range'] }, ratio: { shapes: ['ratio'] },
  pair: { shapes: ['pair'] }, odd: { shapes: ['odd'] }, digits: { written: 'digits' }, words: { written: 'words' },
  lead0: { written: 'digits' }, 'two-digits': { written: 'digits' }, year: { shapes: PLAIN, written: 'digits' },
  'year-ish': { shapes: PLAIN }, day: { shapes: PLAIN }, month: { shapes: PLAIN }, quarter: { shapes: PLAIN },
  minute: { shapes: PLAIN }, hour: { shapes: PLAIN }, 'dotted-date': { shapes: ['odd'] },
  'date-dmy': { shapes: SLASH }, 'slash-code': { shapes: SLASH }, 'month-year': { shapes: SLASH }, 'day-month': { shapes: SLASH },
  season: { shapes: SLASH }, 'round-the-clock': { shapes: SLASH }, 'large-denominator': { shapes: SLASH }, proper: { shapes: SLASH },
  'year-range': { shapes: ['range'] }, 'in-identifier': { written: 'digits', punct: 'before', marks: ['#', '-', '+', '.'] },
  'rate-denominator': { written: 'digits', punct: 'before', marks: ['/'] },
  // A hyphen glued right before the number or right after it: both chain to the next number.
  'hyphen-chain': { shapes: ['plain', 'range', 'pair'], written: 'digits', punct: 'either', marks: ['-'] },
  'iso-date': { shapes: ['plain', 'range', 'pair'], written: 'digits', punct: 'either', marks: ['-'] },
  'document-number': { written: 'digits', punct: 'after', marks: ['/', '-'] }, phone: { written: 'digits' },
  'list-number': { shapes: PLAIN, written: 'digits', punct: 'after', marks: ['.', ')'] },
  'clause-letter': { written: 'digits', punct: 'after', marks: ['.'] }, 'date-range-start': { written: 'digits', punct: 'after', marks: ['-', '–'] }, syllable: { written: 'words' }, 'name-sized': { written: 'digits' }, 'bare-scale': { written: 'words' }, ordinal: { written: 'words' },
  'model-unit': { unitTypes: ['noun'], capitalAfter: true }, 'before-date': { unitTypes: ['measure'] }, 'named-unit': { unitTypes: ['noun'], capitalAfter: true },
};

/**
 * Tags that are bits of one number read once per decision (`numberMask`): a rule whose mask the
 * number does not fit is ruled out by one comparison, before any word is read.
 */
export const MASK_TAGS = [
  'plain', 'slash', 'range', 'ratio', 'pair', 'odd', 'digits', 'words', 'single', 'bare', 'noun', 'percent', 'currency',
  'measure', 'time', 'quantity', 'measured', 'qualified', 'rank', 'scaled', 'lead0', 'int', 'million', 'billion',
] as const;
export const TAG_BIT: Readonly<Record<string, number>> = Object.fromEntries(MASK_TAGS.map((tag, i) => [tag, 1 << i]));

/**
 * Mask tags that a tag's test holds only with: a rule asking `#{before-date}` needs `time` too, and
 * is ruled out by the mask's one comparison on most numbers, before its test is called.
 */
export const TAG_NEEDS: Readonly<Record<string, readonly (typeof MASK_TAGS)[number][]>> = {
  'before-date': ['time'], year: ['single', 'int'],
};

const BIT = TAG_BIT as Readonly<Record<(typeof MASK_TAGS)[number], number>>;

/** The bit of a shape: a `switch`, not a lookup by string (asked for every number of every decision). */
function shapeBit(shape: Draft['shape']): number {
  switch (shape) {
    case 'plain': return BIT.plain;
    case 'slash': return BIT.slash;
    case 'range': return BIT.range;
    case 'ratio': return BIT.ratio;
    case 'pair': return BIT.pair;
    default: return BIT.odd;
  }
}

/** The bits of a unit type: what it is and the wider tags it implies. */
function unitBits(d: Draft): number {
  switch (d.unitType) {
    case null: return BIT.bare;
    case 'noun': return BIT.noun;
    case 'percent': return BIT.percent | BIT.quantity | BIT.measured;
    case 'currency': return BIT.currency | BIT.quantity | BIT.measured;
    default: return BIT.measure | BIT.measured | (d.dimension === 'time' ? BIT.time : BIT.quantity);
  }
}

/** The mask tags that hold for the number (the same as their tests in `NUMBER_TAGS`, read at once). */
export function numberMask(d: Draft): number {
  let mask = shapeBit(d.shape) | (d.written === 'digits' ? BIT.digits : BIT.words) | unitBits(d);
  if (d.first === d.last) mask |= BIT.single;
  if (d.qualifier !== null) mask |= BIT.qualified;
  if (d.kind === 'rank') mask |= BIT.rank;
  if (d.scale !== null) {
    mask |= BIT.scaled;
    // Asked by the rules of money without a currency: 80k tests a pass, most of them failing, read here once a decision.
    if (d.scale >= 1e6) mask |= BIT.million;
    if (d.scale >= 1e9) mask |= BIT.billion;
  }
  if (d.leadingZero) mask |= BIT.lead0;
  if (Number.isInteger(d.value)) mask |= BIT.int;
  return mask;
}
