import { stringify } from 'csv-stringify/sync';
import type { ClaimRecord } from '../types.js';
import { pickCells } from './fields.js';
import type { CsvLocale, FormatWriter, ResolvedWriterOptions } from './writer.js';

/**
 * The csv-stringify options of a CSV or TSV for its reader: for a program, `,` (a tab in TSV)
 * and a decimal point; for a spreadsheet in a Vietnamese locale (Excel, LibreOffice Calc with
 * vi-VN), `;` and a decimal comma, which is what they split on and parse as numbers — in the
 * machine CSV they read `53.17` as text. Numbers carry no thousands separator either way.
 */
export function csvDialect(tabs: boolean, locale: CsvLocale, escapeFormulas: boolean): Parameters<typeof stringify>[1] {
  const vi = locale === 'vi';
  return {
    delimiter: tabs ? '\t' : vi ? ';' : ',',
    escape_formulas: escapeFormulas,
    cast: vi ? { number: (n: number) => String(n).replace('.', ',') } : undefined,
  };
}

/**
 * CSV (RFC 4180) through csv-stringify: a header row, fields quoted when needed, CRLF-free
 * LF rows, numbers as numbers. With `escapeFormulas` a text cell that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return is prefixed with `'`, so a spreadsheet shows it instead of
 * running it; numeric cells stay numbers (a negative value is not text).
 */
export function csvWriter(options: ResolvedWriterOptions, tabs = false): FormatWriter {
  const columns = [...options.fields];
  const dialect = csvDialect(tabs, options.csvLocale, options.escapeFormulas);
  const rows = (records: readonly ClaimRecord[], header: boolean) =>
    stringify(records.map((r) => pickCells(r, options.fields)), { ...dialect, header, columns });
  return {
    start: () => (options.bom ? '\uFEFF' : '') + rows([], true),
    render: (records) => (records.length ? rows(records, false) : ''),
    end: () => '',
  };
}
