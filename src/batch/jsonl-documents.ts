import { SolieuError } from '../errors.js';
import type { BatchDocument } from './document.js';
import { boundedLines, DEFAULT_MAX_BYTES, tooLarge, type BoundedLine } from './read-bytes.js';

export interface JsonlFields {
  /** The field holding the document's id. Default `id`. */
  idField?: string;
  /** The field holding the document's text. Default `text`. */
  textField?: string;
}

/** Strings, punctuation and bare values (numbers, literals) of JSON text; whitespace falls between. */
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|[{}[\]:,]|[^\s{}[\]:,"]+/g;

/**
 * The source text of the value of a top-level member of the JSON object `json` (already known
 * to parse), the last one when the key repeats, as `JSON.parse` keeps the last.
 */
function rawMember(json: string, key: string): string | undefined {
  let depth = 0;
  let raw: string | undefined;
  let expectKey = false;
  let matched = false; // the key just read is `key`
  let expectValue = false;
  for (const [token] of json.matchAll(JSON_TOKEN)) {
    if (expectValue) {
      if (matched) raw = token;
      expectValue = matched = false;
    }
    if (token === '{' || token === '[') {
      depth++;
      expectKey = depth === 1 && token === '{';
    } else if (token === '}' || token === ']') depth--;
    else if (depth === 1 && token === ',') expectKey = true;
    else if (depth === 1 && token === ':') expectValue = true;
    else if (depth === 1 && expectKey) {
      matched = JSON.parse(token) === key;
      expectKey = false;
    }
  }
  return raw;
}

/**
 * An id as written: an integer past 2^53 (`9007199254740993`) would come out of `JSON.parse` as
 * a neighbour (`…992`) and merge two documents' records, so it is kept as the digits, a string.
 */
function exactId(id: unknown, line: string, idField: string): unknown {
  if (typeof id !== 'number' || !Number.isInteger(id) || Number.isSafeInteger(id)) return id;
  const raw = rawMember(line, idField);
  return raw !== undefined && /^-?\d+$/.test(raw) ? raw : id;
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
  const id = exactId(record[idField], line, idField) ?? fallbackId;
  if (typeof text !== 'string') throw malformed(`no string field "${textField}"`);
  if (typeof id !== 'string' && typeof id !== 'number') throw malformed(`field "${idField}" is neither a string nor a number`);
  return { docId: id, text };
}

async function* documentsOf(lines: AsyncIterable<BoundedLine>, file: string, fields: JsonlFields, maxBytes: number): AsyncGenerator<BatchDocument> {
  let number = 0;
  for await (const line of lines) {
    number++;
    const name = `${file}:${number}`;
    if ('tooLong' in line) {
      const { code, message } = tooLarge(name, maxBytes);
      yield { name, file, docId: number, failure: { code, message } };
    } else if (line.notUtf8) {
      // JSON Lines are UTF-8 (RFC 8259): a line with other bytes would be read with U+FFFD in
      // place of its letters, and its figures' words with them. It fails alone, named.
      yield { name, file, docId: number, failure: { code: 'INPUT_MALFORMED', message: `${name}: bytes that are not UTF-8 (JSON Lines are UTF-8 text)` } };
    } else if (line.text.trim()) yield { name, file, jsonLine: line.text, fields, docId: number };
  }
}

async function* asLines(lines: AsyncIterable<string>): AsyncGenerator<BoundedLine> {
  for await (const text of lines) yield { text };
}

/**
 * Documents written one per line as JSON objects, as the lines arrive, named `FILE:LINE`;
 * blank lines are skipped. Each line is parsed where it is extracted (in a worker thread when
 * there are workers): a line that is not a document fails there, alone, and the lines after
 * it are read on. A document without an id is given its line number.
 */
export function jsonlDocuments(lines: AsyncIterable<string>, file: string, fields: JsonlFields = {}): AsyncGenerator<BatchDocument> {
  return documentsOf(asLines(lines), file, fields, DEFAULT_MAX_BYTES);
}

/**
 * The documents of a JSON Lines file or stream read as bytes, as {@link jsonlDocuments}, with
 * no line held longer than `maxBytes`: a longer line is a document that failed
 * (`INPUT_TOO_LARGE`, named `FILE:LINE`, reported as soon as it passes the limit), its bytes
 * dropped as they stream in, and the lines after it are read on.
 */
export function jsonlStreamDocuments(chunks: AsyncIterable<Uint8Array | string>, file: string, fields: JsonlFields = {}, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<BatchDocument> {
  return documentsOf(boundedLines(chunks, maxBytes), file, fields, maxBytes);
}
