import { Chalk, type ChalkInstance } from 'chalk';
import type { ClaimRecord, Kind } from '../types.js';
import type { RecordField } from './fields.js';
import type { ResolvedWriterOptions, Writer } from './writer.js';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A value as a Vietnamese reader writes it: "11.070.000", "96,6", "15/63", "10–15". */
export function formatValue(r: Pick<ClaimRecord, 'value' | 'value_max' | 'denominator'>): string {
  let s = NUMBER.format(r.value);
  if (r.value_max !== null) s += `–${NUMBER.format(r.value_max)}`;
  if (r.denominator !== null) s += `/${NUMBER.format(r.denominator)}`;
  return s;
}

const KIND_COLORS: Record<Kind, (c: ChalkInstance) => ChalkInstance> = {
  count: (c) => c.cyan,
  percent: (c) => c.magenta,
  ratio: (c) => c.blue,
  rank: (c) => c.yellow,
  money: (c) => c.green,
  measure: (c) => c.red,
  date: (c) => c.gray,
  reference: (c) => c.gray,
};

/** Colour of a kind, shared by the table and the annotated view. */
export const colorOfKind = (chalk: ChalkInstance, kind: Kind): ChalkInstance => KIND_COLORS[kind](chalk);

const CELLS: Partial<Record<RecordField, (r: ClaimRecord) => string>> = {
  value: formatValue,
  value_max: () => '',
  denominator: () => '',
};

const width = (s: string) => [...s].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const clip = (s: string, n: number) => (width(s) > n ? `${[...s].slice(0, n - 1).join('')}…` : s);

/** Default table columns: what a reader scanning the claims wants to see. */
export const TABLE_FIELDS: readonly RecordField[] = ['file', 'line', 'kind', 'value', 'qualifier', 'change', 'unit', 'subject', 'text'];
const MAX_CELL = 32;

/**
 * An aligned table for a terminal, one batch (document) at a time, coloured by kind when
 * colour is on. Value ranges and ratios show in one cell ("10–15", "15/63").
 */
export function tableWriter(options: ResolvedWriterOptions): Writer {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const fields = options.fields.filter((f) => f !== 'value_max' && f !== 'denominator');
  const cell = (r: ClaimRecord, f: RecordField) => clip(CELLS[f]?.(r) ?? String(r[f] ?? ''), MAX_CELL);
  return {
    start: () => '',
    write: (records) => {
      if (!records.length) return '';
      const rows = records.map((r) => fields.map((f) => cell(r, f)));
      const widths = fields.map((f, k) => Math.max(width(f), ...rows.map((row) => width(row[k]!))));
      const line = (cells: string[]) => cells.map((c, k) => pad(c, widths[k]!)).join('  ').trimEnd();
      const head = chalk.bold(line([...fields]));
      const body = rows.map((row, i) => {
        const text = line(row);
        return colorOfKind(chalk, records[i]!.kind)(text);
      });
      return `${head}\n${body.join('\n')}\n`;
    },
    end: () => '',
  };
}
