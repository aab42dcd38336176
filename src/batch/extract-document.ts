import { readDocument, readTextDocument, type ReadOptions } from '../formats/read-document.js';
import { placeRecords, type SourceText } from '../formats/source-text.js';
import { extract } from '../pipeline/index.js';
import type { ClaimRecord } from '../types.js';
import type { BatchDocument, BatchExtractOptions } from './document.js';
import { parseJsonlDocument } from './jsonl-documents.js';
import { checkSize, readBytes } from './read-bytes.js';

/** A document that could be read: not one that failed before (a missing file). */
export type ReadableDocument = Exclude<BatchDocument, { failure: unknown }>;

/** The document as solieu reads it, and its id, however it was given. Throws `SolieuError` when it cannot be read. */
export async function readBatchDocument(document: ReadableDocument, options: ReadOptions = {}): Promise<{ source: SourceText; docId?: string | number }> {
  const max = options.maxBytes;
  if ('path' in document) return { source: await readDocument(await readBytes(document.path, max), document.name, options), docId: document.docId };
  if ('bytes' in document) {
    checkSize(document.name, document.bytes.length, max);
    return { source: await readDocument(document.bytes, document.name, options), docId: document.docId };
  }
  if ('jsonLine' in document) {
    checkSize(document.name, Buffer.byteLength(document.jsonLine), max);
    const { text, docId } = parseJsonlDocument(document.jsonLine, document.name, Number(document.docId), document.fields);
    return { source: await readTextDocument(text, document.name, options), docId };
  }
  checkSize(document.name, Buffer.byteLength(document.text), max);
  return { source: await readTextDocument(document.text, document.name, options), docId: document.docId };
}

/** A document read and extracted: its text (which the records' offsets refer to) and its records. */
export interface ExtractedDocument {
  name: string;
  docId?: string | number;
  source: SourceText;
  records: ClaimRecord[];
}

/**
 * Reads a document and extracts its claims, each placed where it stands (page, table cell)
 * and carrying the document's title and date. Throws `SolieuError` when it cannot be read.
 */
export async function extractDocument(document: ReadableDocument, options: BatchExtractOptions = {}): Promise<ExtractedDocument> {
  const { type, encoding, maxBytes, ...extractOptions } = options; // lang, all, kinds, segment, explain go to extract
  const { source, docId } = await readBatchDocument(document, { type, encoding, maxBytes });
  const records = placeRecords(extract(source.text, { ...extractOptions, file: document.file ?? document.name, docId }), source);
  return { name: document.name, ...(docId !== undefined && { docId }), source, records };
}
