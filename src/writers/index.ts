import { SolieuError } from '../errors.js';
import { csvWriter } from './csv.js';
import { RECORD_FIELDS } from './fields.js';
import { jsonlWriter, jsonWriter } from './json.js';
import { TABLE_FIELDS, tableWriter } from './table.js';
import { completeWriter, FORMATS, type Format, type ResolvedWriterOptions, type Writer, type WriterOptions } from './writer.js';

export { RECORD_FIELDS, OPTIONAL_FIELDS, SOURCE_FIELDS, EXPLAIN_FIELDS, parseFields, type RecordField } from './fields.js';
export { formatValue, colorOfKind, TABLE_FIELDS } from './table.js';
export { FORMATS, CSV_LOCALES, type CsvLocale, type Format, type Writer, type WriterOptions } from './writer.js';
export { XlsxRows } from './xlsx.js';

/** Fills in every writer option once, at the boundary. */
export function normalizeWriterOptions(format: Format, options: WriterOptions = {}): ResolvedWriterOptions {
  return {
    fields: options.fields ?? (format === 'table' ? TABLE_FIELDS : RECORD_FIELDS),
    bom: options.bom ?? false,
    escapeFormulas: options.escapeFormulas ?? true,
    color: options.color ?? false,
    csvLocale: options.csvLocale ?? 'machine',
    headings: options.headings ?? {},
  };
}

/**
 * A writer for `format`: `csv`, `tsv`, `json`, `jsonl`, `table`, or `xlsx` — whose records are
 * rendered as JSON Lines and made a workbook where they are written (`XlsxRows`).
 */
export function createWriter(format: Format, options: WriterOptions = {}): Writer {
  if (!FORMATS.includes(format)) {
    throw new SolieuError('INVALID_OPTION', `option \`--format\` must be one of ${FORMATS.join(', ')}, got "${String(format)}"`);
  }
  const resolved = normalizeWriterOptions(format, options);
  switch (format) {
    case 'csv':
      return completeWriter(csvWriter(resolved));
    case 'tsv':
      return completeWriter(csvWriter(resolved, true));
    case 'json':
      return completeWriter(jsonWriter(resolved));
    case 'jsonl':
    case 'xlsx':
      return completeWriter(jsonlWriter(resolved));
    default:
      return completeWriter(tableWriter(resolved));
  }
}

/** All records in one string: the writer's three steps in a row. */
export function writeRecords(records: Parameters<Writer['write']>[0], format: Format, options: WriterOptions = {}): string {
  const writer = createWriter(format, options);
  return writer.start() + writer.write(records) + writer.end();
}
