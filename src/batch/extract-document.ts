import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { SolieuError } from '../errors.js';
import { detectType } from '../formats/detect-type.js';
import { readDocument, readTextDocument, type ReadOptions } from '../formats/read-document.js';
import { recordPlacer, type SourceText } from '../formats/source-text.js';
import { extractBatches } from '../pipeline/index.js';
import type { ClaimRecord } from '../types.js';
import type { BatchDocument, BatchExtractOptions } from './document.js';
import { parseJsonlDocument } from './jsonl-documents.js';
import { checkSize, readBytes } from './read-bytes.js';
import { STREAM_BYTES, streamTextFile } from './stream-text.js';

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
  const { source, docId, batches } = await readAndExtract(document, options);
  const records: ClaimRecord[] = [];
  for (const batch of batches) for (const r of batch) records.push(r);
  return { name: document.name, ...(docId !== undefined && { docId }), source, records };
}

/** The document read whole, and its records in batches as they are found (sentence by sentence), placed. */
async function readAndExtract(document: ReadableDocument, options: BatchExtractOptions) {
  const { type, encoding, maxBytes, ...extractOptions } = options; // lang, all, kinds, segment, explain go to extract
  const { source, docId } = await readBatchDocument(document, { type, encoding, maxBytes });
  const place = recordPlacer(source);
  // A page's publication date says when its figures were stated, unless --date says otherwise.
  const date = extractOptions.date ?? source.meta.published;
  const found = extractBatches(source.text, { ...extractOptions, file: document.file ?? document.name, docId, ...(date !== undefined && { date }) });
  return { source, docId, batches: (function* () { for (const batch of found) yield place(batch); })() };
}

/**
 * {@link extractDocument} for a batch: the records in batches as they are found, and the UTF-8
 * bytes of text read. A large plain-text file is read in pieces (`stream-text.ts`), never whole.
 */
export async function extractDocumentBatches(document: ReadableDocument, options: BatchExtractOptions = {}): Promise<{ bytes: number; docId?: string | number; batches: Iterable<ClaimRecord[]>; warnings?: string[] }> {
  if ('path' in document && isLargeText(document.path, document.name, options)) {
    const { type, encoding, maxBytes, ...extractOptions } = options;
    const streamed = streamTextFile(document.path, { ...extractOptions, file: document.file ?? document.name, docId: document.docId });
    if (streamed) return { ...streamed, docId: document.docId };
  }
  const { source, docId, batches } = await readAndExtract(document, options);
  return { bytes: Buffer.byteLength(source.text), docId, batches, warnings: source.warnings ?? [] };
}

/** A plain-text file past {@link STREAM_BYTES} (and within `--max-bytes`), to be read in pieces if it is UTF-8. */
function isLargeText(path: string, name: string, options: BatchExtractOptions): boolean {
  if (options.encoding && options.encoding !== 'auto' && options.encoding !== 'utf-8') return false;
  const head = Buffer.alloc(1024);
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size <= STREAM_BYTES) return false;
    checkSize(name, stat.size, options.maxBytes);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    return false; // the whole-file reader reports what is wrong
  }
  return (!options.type || options.type === 'auto' ? detectType(name, head) : options.type) === 'text';
}
