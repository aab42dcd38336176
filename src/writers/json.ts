import type { ClaimRecord } from '../types.js';
import { pick } from './fields.js';
import type { FormatWriter, ResolvedWriterOptions } from './writer.js';

/** One JSON array of records, one record a line, valid however many batches it is written in. */
export function jsonWriter(options: ResolvedWriterOptions): FormatWriter {
  let first = true;
  return {
    start: () => '[',
    between: ',\n',
    render: (records) => records.map((r) => `  ${JSON.stringify(pick(r, options.fields))}`).join(',\n'),
    append: (rendered) => {
      if (!rendered) return '';
      const text = `${first ? '\n' : ',\n'}${rendered}`;
      first = false;
      return text;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** JSON Lines: one record per line, nothing else — a stream other programs can read line by line. */
export function jsonlWriter(options: ResolvedWriterOptions): FormatWriter {
  return {
    start: () => '',
    render: (records) => records.map((r) => `${JSON.stringify(pick(r, options.fields))}\n`).join(''),
    end: () => '',
  };
}
