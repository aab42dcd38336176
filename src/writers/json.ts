import type { ClaimRecord } from '../types.js';
import { pick } from './fields.js';
import type { ResolvedWriterOptions, Writer } from './writer.js';

/** One JSON array of records, one record a line, valid however many batches it is written in. */
export function jsonWriter(options: ResolvedWriterOptions): Writer {
  let first = true;
  return {
    start: () => '[',
    write: (records) =>
      records
        .map((r) => {
          const line = `${first ? '\n' : ',\n'}  ${JSON.stringify(pick(r, options.fields))}`;
          first = false;
          return line;
        })
        .join(''),
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** JSON Lines: one record per line, nothing else — a stream other programs can read line by line. */
export function jsonlWriter(options: ResolvedWriterOptions): Writer {
  return {
    start: () => '',
    write: (records) => records.map((r) => `${JSON.stringify(pick(r, options.fields))}\n`).join(''),
    end: () => '',
  };
}
