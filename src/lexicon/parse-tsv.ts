import { SolieuError } from '../errors.js';

/** One column of a dictionary table. `enum` columns list their allowed values. */
export interface Column {
  name: string;
  type: 'text' | 'number' | 'enum' | 'list';
  values?: readonly string[];
  optional?: boolean;
}

export interface TableSchema {
  /** Path under `dictionaries/`, used in error messages. */
  file: string;
  columns: readonly Column[];
  /** Columns whose combined value must be unique; a repeated key is a data error. */
  key: readonly string[];
}

export type Cell = string | number | string[] | null;
export type Row = Record<string, Cell>;

const fail = (file: string, line: number, message: string): never => {
  throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${file}:${line}: ${message}`, file);
};

function parseCell(column: Column, raw: string, file: string, line: number): Cell {
  if (raw === '') {
    if (!column.optional) fail(file, line, `column \`${column.name}\` must not be empty`);
    return null;
  }
  if (raw !== raw.trim()) fail(file, line, `column \`${column.name}\` has spaces around ${JSON.stringify(raw)}`);
  if (raw !== raw.normalize('NFC')) fail(file, line, `column \`${column.name}\` is not NFC: ${JSON.stringify(raw)}`);
  switch (column.type) {
    case 'number': {
      const n = Number(raw);
      if (!Number.isFinite(n)) fail(file, line, `column \`${column.name}\` must be a number, got ${JSON.stringify(raw)}`);
      return n;
    }
    case 'enum':
      if (!column.values?.includes(raw)) {
        fail(file, line, `column \`${column.name}\` must be one of ${column.values?.join(', ')}, got ${JSON.stringify(raw)}`);
      }
      return raw;
    case 'list':
      return raw.split('|').map((s) => s.trim()).filter(Boolean);
    default:
      return raw;
  }
}

/**
 * Parses one dictionary table: `#` comment lines and blank lines are skipped, the
 * first other line is a header that must name the schema's columns in order, and
 * every row is checked against the schema (types, allowed values, unique keys).
 */
export function parseTsv(content: string, schema: TableSchema): Row[] {
  return parseNumberedTsv(content, schema).map(({ row }) => row);
}

/** {@link parseTsv}, each row with the line of the file it stands on, for the checks a loader adds. */
export function parseNumberedTsv(content: string, schema: TableSchema): { row: Row; line: number }[] {
  const { file, columns, key } = schema;
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: { row: Row; line: number }[] = [];
  const seen = new Map<string, number>();
  let header: string[] | null = null;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.split('\t');
    if (!header) {
      header = cells;
      const expected = columns.map((c) => c.name).join(', ');
      if (cells.join(', ') !== expected) fail(file, line, `header must be \`${expected}\`, got \`${cells.join(', ')}\``);
      return;
    }
    const required = columns.filter((c) => !c.optional).length;
    if (cells.length < required || cells.length > columns.length) {
      fail(file, line, `expected ${required}–${columns.length} tab-separated columns, got ${cells.length}`);
    }
    const row: Row = {};
    columns.forEach((column, i) => {
      row[column.name] = parseCell(column, cells[i] ?? '', file, line);
    });
    const id = key.map((k) => String(row[k])).join('\t');
    const first = seen.get(id);
    if (first !== undefined) fail(file, line, `duplicate entry ${JSON.stringify(id)} (first on line ${first})`);
    seen.set(id, line);
    rows.push({ row, line });
  });
  if (!header) fail(file, 1, 'missing header line');
  return rows;
}
