import { expect } from 'vitest';
import { extract, normalize, type ClaimRecord, type ExtractOptions } from '../../src/index.js';
import { occurrences } from '../../src/eval/gold.js';

/** The claim whose span overlaps the first stand-alone occurrence of `num` in `text` (as gold does). */
export function claimAt(text: string, num: string, options: ExtractOptions = {}): ClaimRecord | undefined {
  const normalized = normalize(text);
  const at = occurrences(normalized, num.normalize('NFC'))[0];
  if (at === undefined) throw new Error(`"${num}" does not stand alone in "${text}"`);
  return extract(text, options).find((r) => r.start < at + num.length && at < r.end);
}

/** Expected field values from a corpus row: `-` is null, an empty cell is not checked. */
export function expectedFields(row: Record<string, string>): Partial<ClaimRecord> {
  const out: Record<string, unknown> = {};
  const numeric = new Set(['value', 'value_max', 'denominator']);
  for (const field of ['kind', 'value', 'value_max', 'denominator', 'unit', 'qualifier', 'change', 'currency']) {
    const cell = row[field];
    if (cell === undefined || cell === '') continue;
    // Values are compared to nine decimals, as the scorer allows (10 tuổi 4 tháng = 10.333…).
    out[field] = cell === '-' ? null : numeric.has(field) ? (Number.isInteger(Number(cell)) ? Number(cell) : expect.closeTo(Number(cell), 9)) : cell;
  }
  return out as Partial<ClaimRecord>;
}
