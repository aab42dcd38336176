import type { ClaimRecord } from '../types.js';

// Sums of decimals drift in binary floating point: 2,6 + 17,1 is 19.700000000000003, not 19,7.
const tidy = (n: number): number => Number(n.toPrecision(12));

/** The sum of some values, without floating-point drift. */
export const sumOf = (values: readonly number[]): number => tidy(values.reduce((sum, v) => sum + v, 0));

/** Digits after the decimal point of a value as stated (19.7 → 1). */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(tidy(value)).split('e-');
  const dot = mantissa.indexOf('.');
  return (dot === -1 ? 0 : mantissa.length - dot - 1) + Number(exponent);
}

/** The place of the last non-zero digit: 188000 → 1000, 32500000 → 100000, 5.4 → 0.1. */
function placeOfLastDigit(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  if (!Number.isInteger(value)) return 10 ** -decimalsOf(value);
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

const ROUND_TRAILING_ZEROS = 1000;
/** A round figure is not read as rounding away more than this share of it ("2.000 tỷ" is not 1.500–2.500 tỷ). */
const MAX_ROUNDING = 0.025;

/**
 * How far a figure may be from the exact amount and still be right: half the place of its last
 * digit. A figure with a qualifier (`khoảng 500`, `gần 12 triệu`) or written round
 * (`188.000 ha`, `32,5 triệu`) is taken as rounded at its last non-zero digit, by at most 2,5%
 * of it; any other one is exact to its last digit (`500 hộ` ± 0,5, `15 km` ± 0,5, `5,4 km` ± 0,05).
 */
export function roundingOf(record: ClaimRecord): number {
  const value = Math.abs(record.value);
  const exact = 10 ** -decimalsOf(value) / 2;
  const round = record.qualifier !== null || (Number.isInteger(value) && value >= ROUND_TRAILING_ZEROS && value % ROUND_TRAILING_ZEROS === 0);
  return round ? Math.max(exact, Math.min(placeOfLastDigit(value) / 2, value * MAX_ROUNDING)) : exact;
}

// Messages are read by people who read Vietnamese numbers: `13.200 hộ` is thirteen thousand
// two hundred, `13,200` would be thirteen point two (issue #13).
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A number for a message, written the Vietnamese way: `550`, `19,7`, `32.600`. */
export const formatNumber = (n: number): string => NUMBER.format(tidy(n));

/**
 * An amount for a message, with a scale word for large ones (`dictionaries/check/message-scales.tsv`,
 * largest first) and its unit: `550 hộ`, `2,109 nghìn tỷ USD`.
 */
export function formatAmount(n: number, unit: string | null, scales: readonly { value: number; word: string }[]): string {
  const scale = scales.find(({ value }) => Math.abs(n) >= value);
  return `${formatNumber(scale ? n / scale.value : n)}${scale ? ` ${scale.word}` : ''}${unit ? ` ${unit}` : ''}`;
}

/** A claim as a message names it: its text, and for counts its unit (`300 hộ nghèo`). */
export function describe(record: ClaimRecord): string {
  const counted = (record.kind === 'count' || record.kind === 'ratio') && record.unit && !record.text.endsWith(record.unit);
  return `"${counted ? `${record.text} ${record.unit}` : record.text}"`;
}

/** A unit or subject as compared: case and spacing do not count ("Hộ  nghèo" is "hộ nghèo"). */
export const normalizeText = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
