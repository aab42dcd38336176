import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SolieuError } from '../errors.js';
import { parseNumberedTsv, type Row, type TableSchema } from '../lexicon/parse-tsv.js';

const fail = (file: string, line: number, message: string): never => {
  throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${file}:${line}: ${message}`, file);
};

/** A row and the line of the file it stands on, for error messages. */
export interface NumberedRow {
  row: Row;
  line: number;
}

/** Reads a table through `parseTsv` (header, NFC, enums, duplicate keys) and numbers its rows. */
export function readRows(dir: string, schema: TableSchema): NumberedRow[] {
  let content: string;
  try {
    content = readFileSync(join(dir, schema.file), 'utf8');
  } catch (error) {
    throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${schema.file}: cannot read (${(error as Error).message})`, schema.file);
  }
  return parseNumberedTsv(content, schema).map(({ row, line }) => {
    const [column] = schema.columns;
    const phrase = row[column!.name] as string;
    // Matching ignores case; a capital in the file would only mislead the next reader.
    if (phrase !== phrase.toLowerCase()) fail(schema.file, line, `column \`${column!.name}\` must be lower case, got ${JSON.stringify(phrase)}`);
    return { row, line };
  });
}

/** Fails on a phrase listed under `role` and under one of `others`, naming both lines. */
export function refuseBoth(file: string, rows: readonly NumberedRow[], role: string, others: ReadonlySet<string>): void {
  const first = new Map(rows.filter(({ row }) => row.role === role).map(({ row, line }) => [row.phrase as string, line]));
  for (const { row, line } of rows) {
    const roleLine = first.get(row.phrase as string);
    if (others.has(row.role as string) && roleLine !== undefined) {
      fail(file, line, `phrase ${JSON.stringify(row.phrase)} is \`${role}\` on line ${roleLine} and cannot also be \`${String(row.role)}\``);
    }
  }
}
