import { Chalk, type ChalkInstance } from 'chalk';
import type { ClaimRecord, Kind } from '../types.js';
import { alignRows, clip } from './align.js';
import { pickCells, type RecordField } from './fields.js';
import type { FormatWriter, ResolvedWriterOptions } from './writer.js';

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


/** Default table columns: what a reader scanning the claims wants to see. */
export const TABLE_FIELDS: readonly RecordField[] = ['file', 'line', 'kind', 'value', 'qualifier', 'change', 'status', 'unit', 'subject', 'text'];
const MAX_CELL = 32;

/**
 * An aligned table for a terminal, one batch (document) at a time, coloured by kind when
 * colour is on. Value ranges and ratios show in one cell ("10–15", "15/63"). Cells are made
 * safe for a terminal as they are clipped (`clip`), before the colour is added around them:
 * a document's escape sequences show as `\u001b`, the table's own colours stay.
 */
export function tableWriter(options: ResolvedWriterOptions): FormatWriter {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const fields = options.fields.filter((f) => f !== 'value_max' && f !== 'denominator');
  const cell = (r: ClaimRecord, f: RecordField) => clip(CELLS[f]?.(r) ?? String(pickCells(r, [f])[f] ?? ''), MAX_CELL);
  return {
    start: () => '',
    render: (records) => {
      if (!records.length) return '';
      const [head, ...body] = alignRows(fields.map((f) => options.headings[f] ?? f), records.map((r) => fields.map((f) => cell(r, f))));
      return `${chalk.bold(head)}\n${body.map((line, i) => colorOfKind(chalk, records[i]!.kind)(line)).join('\n')}\n`;
    },
    end: () => '',
  };
}
