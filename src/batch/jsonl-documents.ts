import { SolieuError } from '../errors.js';
import type { BatchDocument } from './document.js';

export interface JsonlFields {
  /** The field holding the document's id. Default `id`. */
  idField?: string;
  /** The field holding the document's text. Default `text`. */
  textField?: string;
}

/**
 * The id and text of a JSON Lines document (`{"id": …, "text": …}`); throws `INPUT_MALFORMED`
 * naming the document when the line is not such an object. Without an id, `fallbackId`.
 */
export function parseJsonlDocument(line: string, name: string, fallbackId: number, fields: JsonlFields = {}): { docId: string | number; text: string } {
  const idField = fields.idField ?? 'id';
  const textField = fields.textField ?? 'text';
  const malformed = (why: string) => new SolieuError('INPUT_MALFORMED', `${name}: ${why}`, name);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw malformed(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed('not a JSON object');
  const record = value as Record<string, unknown>;
  const text = record[textField];
  const id = record[idField] ?? fallbackId;
  if (typeof text !== 'string') throw malformed(`no string field "${textField}"`);
  if (typeof id !== 'string' && typeof id !== 'number') throw malformed(`field "${idField}" is neither a string nor a number`);
  return { docId: id, text };
}

/**
 * Documents written one per line as JSON objects, as the lines arrive, named `FILE:LINE`;
 * blank lines are skipped. Each line is parsed where it is extracted (in a worker thread when
 * there are workers): a line that is not a document fails there, alone, and the lines after
 * it are read on. A document without an id is given its line number.
 */
export async function* jsonlDocuments(lines: AsyncIterable<string>, file: string, fields: JsonlFields = {}): AsyncGenerator<BatchDocument> {
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim()) yield { name: `${file}:${number}`, file, jsonLine: line, fields, docId: number };
  }
}
