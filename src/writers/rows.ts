import { stringify } from 'csv-stringify/sync';
import { alignRows, clip } from './align.js';
import { csvDialect } from './csv.js';
import type { Format, WriterOptions } from './writer.js';

export type Row = Record<string, string | number | null>;

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
const MAX_CELL = 40;

/**
 * Rows other than claim records (the groups of `solieu stats`) in the same formats, with
 * the same CSV rules (formula escaping, optional BOM) and JSON layout as records.
 */
export function writeRows(rows: readonly Row[], columns: readonly string[], format: Format, options: Pick<WriterOptions, 'bom' | 'escapeFormulas' | 'csvLocale'> & { headings?: Readonly<Record<string, string>> } = {}): string {
  const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  switch (format) {
    case 'csv':
    case 'tsv':
      return (options.bom ? '\uFEFF' : '') + stringify(ordered, { ...csvDialect(format === 'tsv', options.csvLocale ?? 'machine', options.escapeFormulas ?? true), header: true, columns: [...columns] });
    case 'json':
      return ordered.length ? `[\n${ordered.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n` : '[]\n';
    // A workbook's rows travel as JSON Lines to where it is written (`XlsxRows`).
    case 'xlsx':
    case 'jsonl':
      return ordered.map((r) => `${JSON.stringify(r)}\n`).join('');
    default: {
      // The last column is not cut: nothing after it needs aligning, and it is where a message goes.
      const cell = (v: string | number | null, last: boolean) => {
        const text = v === null ? '' : typeof v === 'number' ? NUMBER.format(v) : v;
        return last ? text : clip(text, MAX_CELL);
      };
      const body = ordered.map((r) => columns.map((c, k) => cell(r[c]!, k === columns.length - 1)));
      // The table is read by people: its headings may be in their language (`--ui vi`).
      const headings = columns.map((c) => options.headings?.[c] ?? c);
      return ordered.length ? `${alignRows(headings, body).join('\n')}\n` : '';
    }
  }
}
