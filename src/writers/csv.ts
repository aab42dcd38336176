import { stringify } from 'csv-stringify/sync';
import type { ClaimRecord } from '../types.js';
import { pickCells } from './fields.js';
import type { FormatWriter, ResolvedWriterOptions } from './writer.js';

/**
 * CSV (RFC 4180) through csv-stringify: a header row, fields quoted when needed, CRLF-free
 * LF rows, numbers as numbers. With `escapeFormulas` a text cell that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return is prefixed with `'`, so a spreadsheet shows it instead of
 * running it; numeric cells stay numbers (a negative value is not text).
 */
export function csvWriter(options: ResolvedWriterOptions): FormatWriter {
  const columns = [...options.fields];
  const rows = (records: readonly ClaimRecord[], header: boolean) =>
    stringify(records.map((r) => pickCells(r, options.fields)), {
      header,
      columns,
      escape_formulas: options.escapeFormulas,
    });
  return {
    start: () => (options.bom ? '\uFEFF' : '') + rows([], true),
    render: (records) => (records.length ? rows(records, false) : ''),
    end: () => '',
  };
}
