import type { ClaimRecord } from '../types.js';
import type { RecordField } from './fields.js';

/**
 * A writer turns records into text in three pure steps, so output can be written as each
 * document finishes: `start()` once, `write(records)` per batch, `end()` once.
 *
 * `write` is `append(render(records))`: `render` is the batch's text on its own, the same
 * wherever it lands (so worker threads render documents in parallel), and `append` what goes
 * out once it is placed after the batches before it (JSON's commas).
 */
export interface Writer {
  /** What joins two batches rendered one after the other (JSON's comma; nothing for the others). */
  between: string;
  start(): string;
  write(records: readonly ClaimRecord[]): string;
  render(records: readonly ClaimRecord[]): string;
  append(rendered: string): string;
  end(): string;
}

/** A format's part of a writer: `append` defaults to writing the rendered text as it is. */
export type FormatWriter = Pick<Writer, 'start' | 'render' | 'end'> & Partial<Pick<Writer, 'append' | 'between'>>;

export function completeWriter(format: FormatWriter): Writer {
  const append = format.append ?? ((rendered: string) => rendered);
  return { ...format, between: format.between ?? '', append, write: (records) => append(format.render(records)) };
}

export type Format = 'csv' | 'tsv' | 'json' | 'jsonl' | 'table' | 'xlsx';
export const FORMATS: readonly Format[] = ['csv', 'tsv', 'json', 'jsonl', 'table', 'xlsx'];

/** How CSV cells are written: `machine` (`,`, a decimal point: for programs) or `vi` (`;`, a decimal comma: Excel and LibreOffice in a Vietnamese locale). */
export type CsvLocale = 'machine' | 'vi';
export const CSV_LOCALES: readonly CsvLocale[] = ['machine', 'vi'];

/** Writer options, normalised once by {@link normalizeWriterOptions}. */
export interface WriterOptions {
  /** Fields to write, in order. Default: all of `RECORD_FIELDS`. */
  fields?: readonly RecordField[];
  /** CSV: start with a UTF-8 byte-order mark so Excel reads Vietnamese correctly. Default false. */
  bom?: boolean;
  /** CSV: prefix `'` to cells that a spreadsheet would run as a formula. Default true. */
  escapeFormulas?: boolean;
  /** Table: colour by kind. Default false. */
  color?: boolean;
  /** CSV and TSV: the reader's locale. Default `machine`. */
  csvLocale?: CsvLocale;
  /** Table: the column headings people read, by field (`--ui vi`); a field without one is its name. Default none. */
  headings?: Readonly<Record<string, string>>;
}

export type ResolvedWriterOptions = Required<WriterOptions>;
