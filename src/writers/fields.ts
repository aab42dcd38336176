import { SolieuError } from '../errors.js';
import type { ClaimRecord } from '../types.js';

/** Every record field, in the order machine formats write them (SPEC §5 plus `id` and `line`). */
export const RECORD_FIELDS = [
  'file', 'id', 'line', 'start', 'end', 'text', 'kind', 'value', 'value_max', 'denominator',
  'unit', 'unit_norm', 'currency', 'subject', 'qualifier', 'change', 'sentence', 'status', 'time', 'source', 'lang',
] as const satisfies readonly (keyof ClaimRecord)[];

/** Fields only some records have: `doc_id`, for documents read from JSON Lines. Written when asked for. */
export const OPTIONAL_FIELDS = ['doc_id'] as const satisfies readonly (keyof ClaimRecord)[];

/** Where a claim stands in an HTML page, a PDF or a DOCX: written when such documents are read. */
export const SOURCE_FIELDS = ['title', 'published', 'page', 'table', 'row', 'column'] as const satisfies readonly (keyof ClaimRecord)[];

/** With `--explain`: the rules that decided about each claim (`decision/rule`), last. */
export const EXPLAIN_FIELDS = ['rules'] as const satisfies readonly (keyof ClaimRecord)[];

export type RecordField =
  | (typeof RECORD_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number] | (typeof SOURCE_FIELDS)[number] | (typeof EXPLAIN_FIELDS)[number];
const ALL_FIELDS: readonly string[] = [...OPTIONAL_FIELDS, ...RECORD_FIELDS, ...SOURCE_FIELDS, ...EXPLAIN_FIELDS];

/** Checks a `--fields` list; throws `INVALID_OPTION` naming the first unknown field. */
export function parseFields(list: string): RecordField[] {
  const fields = list.split(',').map((f) => f.trim()).filter(Boolean);
  if (!fields.length) throw new SolieuError('INVALID_OPTION', 'option `--fields` must name at least one field, got ""');
  for (const f of fields) {
    if (!ALL_FIELDS.includes(f)) {
      throw new SolieuError('INVALID_OPTION', `option \`--fields\` must list fields of ${ALL_FIELDS.join(', ')}, got "${f}"`);
    }
  }
  return fields as RecordField[];
}

/** The record with only the chosen fields, in their order. */
export function pick(record: ClaimRecord, fields: readonly RecordField[]): Partial<ClaimRecord> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = record[f] ?? null;
  return out as Partial<ClaimRecord>;
}

/** The same, for one-line cells (CSV, the table): a list of rules becomes one cell, space-separated. */
export function pickCells(record: ClaimRecord, fields: readonly RecordField[]): Record<string, unknown> {
  const out: Record<string, unknown> = pick(record, fields);
  for (const f of fields) if (Array.isArray(out[f])) out[f] = (out[f] as unknown[]).join(' ');
  return out;
}
