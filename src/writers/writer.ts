import type { ClaimRecord } from '../types.js';
import type { RecordField } from './fields.js';

/**
 * A writer turns records into text in three pure steps, so output can be written as each
 * document finishes: `start()` once, `write(records)` per batch, `end()` once.
 */
export interface Writer {
  start(): string;
  write(records: readonly ClaimRecord[]): string;
  end(): string;
}

export type Format = 'csv' | 'json' | 'jsonl' | 'table';
export const FORMATS: readonly Format[] = ['csv', 'json', 'jsonl', 'table'];

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
}

export type ResolvedWriterOptions = Required<WriterOptions>;
