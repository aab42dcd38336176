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
  for (const field of ['kind', 'value', 'value_max', 'denominator', 'unit', 'qualifier', 'change']) {
    const cell = row[field];
    if (cell === undefined || cell === '') continue;
    out[field] = cell === '-' ? null : numeric.has(field) ? Number(cell) : cell;
  }
  return out as Partial<ClaimRecord>;
}
