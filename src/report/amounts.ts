import type { ClaimRecord } from '../types.js';
import { formatValue } from '../writers/table.js';
import type { ReportStrings } from './strings/index.js';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** Decimals a figure may keep in a scale: `2,125 tỷ` reads as an amount, `2,1254 tỷ` no longer does. */
const SCALE_DECIMALS = 3;

// Exact in the scale: the quotient has at most SCALE_DECIMALS decimals, up to floating-point
// noise (4,31 tỷ is 4310000000 / 1e9 = 4.3100000000000005).
function inScale(value: number, scale: number): boolean {
  const q = value / scale;
  const rounded = Math.round(q * 10 ** SCALE_DECIMALS) / 10 ** SCALE_DECIMALS;
  return Math.abs(value) >= scale && Math.abs(q - rounded) <= 1e-9 * Math.max(1, Math.abs(q));
}

/**
 * A figure as the interface's readers write an amount: in Vietnamese `2,5 tỷ`, `11,07 triệu`,
 * `1.177.100 tỷ`, a range in one scale (`10–15 tỷ`); below a million, or where no scale word
 * holds the figure without rounding it, as `formatValue` writes it (`13.200`, `1.234.567`) —
 * a fact-checker compares digits, and a scale must not hide one. Ratios (`15/63`) and
 * languages without scale words (`scales` empty) as `formatValue` too.
 */
export function formatFigure(r: Pick<ClaimRecord, 'value' | 'value_max' | 'denominator'>, s: ReportStrings): string {
  if (r.denominator !== null) return formatValue(r);
  const ends = r.value_max === null ? [r.value] : [r.value, r.value_max];
  const scale = s.scales.find(([size]) => ends.every((v) => inScale(v, size)));
  if (!scale) return formatValue(r);
  return `${ends.map((v) => NUMBER.format(v / scale[0])).join('–')} ${scale[1]}`;
}

/** A signed difference in the same way (`+620 tỷ`, `-1.200`). */
export function formatDifference(difference: number, s: ReportStrings): string {
  const text = formatFigure({ value: Math.abs(difference), value_max: null, denominator: null }, s);
  return difference > 0 ? `+${text}` : difference < 0 ? `-${text}` : text;
}
