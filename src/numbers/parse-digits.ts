import type { NumberStyle } from '../pipeline/02-detect-number-style.js';

export interface DigitValue {
  value: number;
  /** Digits after the decimal mark. */
  decimals: number;
  /** Grouped like no number is (`10.11.2021`, `192.168.1.1`, `1.2.3`): a date, version or code. */
  odd: boolean;
  /** Starts with a zero that is not `0,…` (`03`, `0985698786`): a code, not a quantity. */
  leadingZero: boolean;
}

const decimal = (int: string, frac: string): DigitValue => ({
  value: Number(`${int}.${frac}`),
  decimals: frac.length,
  odd: false,
  leadingZero: int.length > 1 && int.startsWith('0'),
});
const integer = (digits: string): DigitValue => ({
  value: Number(digits),
  decimals: 0,
  odd: false,
  leadingZero: digits.length > 1 && digits.startsWith('0'),
});
const ODD: DigitValue = { value: Number.NaN, decimals: 0, odd: true, leadingZero: false };

/** Only digits (`/^\d+$/` by char codes: most numbers are plain, and each is asked). */
function isPlain(text: string): boolean {
  if (!text.length) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const isThousands = (groups: readonly string[]) =>
  groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);

/**
 * The value of a digit token such as `4.233`, `1.200.000`, `96,6`, `10.6`, `72,059` or
 * `1,200,000`. Vietnamese text groups thousands with `.` and marks decimals with `,`; a
 * single `.` not followed by exactly three digits is an English decimal point (`10.6%`);
 * a single `,` is a decimal comma unless the document writes numbers the English way.
 */
export function parseDigits(text: string, style: NumberStyle = 'vi'): DigitValue {
  if (isPlain(text)) return integer(text);
  const marks = text.replace(/\d/g, '');
  const groups = text.split(/[.,]/);
  const dots = marks.replace(/,/g, '').length;
  const commas = marks.length - dots;
  if (commas === 0) {
    if (dots === 1 && (groups[1]!.length !== 3 || style === 'en')) return decimal(groups[0]!, groups[1]!);
    return isThousands(groups) ? integer(groups.join('')) : ODD;
  }
  if (dots === 0) {
    // "100,000": three zeros after a single comma group thousands; nobody writes 100.0 that way.
    const zeros = groups[1] === '000';
    if (commas === 1 && !zeros && !(style === 'en' && groups[1]!.length === 3)) return decimal(groups[0]!, groups[1]!);
    return isThousands(groups) ? integer(groups.join('')) : ODD;
  }
  // Both marks: the last one is the decimal mark, the others group thousands.
  const lastMark = marks[marks.length - 1];
  const other = lastMark === ',' ? '.' : ',';
  if (marks.slice(0, -1).split('').some((c) => c !== other)) return ODD;
  const int = groups.slice(0, -1);
  return isThousands(int) ? decimal(int.join(''), groups[groups.length - 1]!) : ODD;
}
