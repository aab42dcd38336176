import { SolieuError } from '../errors.js';
import { extract } from '../pipeline/index.js';
import type { ClaimRecord, Kind } from '../types.js';
import { createWriter, type Writer } from '../writers/index.js';
import type { BatchDocument, BatchExtractOptions, DocumentOutcome, RenderSpec } from './document.js';
import { parseJsonlDocument } from './jsonl-documents.js';
import { readTextFile } from './read-text.js';

/** Documents sent to be processed together, in this thread or in a worker. */
export interface ChunkTask {
  documents: BatchDocument[];
  options: BatchExtractOptions;
  render?: RenderSpec;
  /** 1 the first time, 2 when retried after a worker died. */
  attempt: number;
}

/** The text of a document and its id, however it was given. */
async function textOf(document: Exclude<BatchDocument, { failure: unknown }>): Promise<{ text: string; docId?: string | number }> {
  if ('path' in document) return { text: await readTextFile(document.path), docId: document.docId };
  if ('jsonLine' in document) return parseJsonlDocument(document.jsonLine, document.name, Number(document.docId), document.fields);
  return { text: document.text, docId: document.docId };
}

function countKinds(records: readonly ClaimRecord[]): Partial<Record<Kind, number>> {
  const counts: Partial<Record<Kind, number>> = {};
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/**
 * Reads and extracts one document. Never throws: an unreadable input, a malformed line, a
 * text that is not text, even a bug in extraction, becomes this document's failure.
 */
export async function processDocument(document: BatchDocument, options: BatchExtractOptions, writer: Writer | null): Promise<DocumentOutcome> {
  let bytes = 0;
  let docId = document.docId;
  if ('failure' in document) return { docId, bytes, records: [], rendered: null, claims: 0, claimsByKind: {}, failure: document.failure };
  try {
    if (process.env.SOLIEU_FAULT_INJECTION === `throw:${document.name}`) throw new Error('injected fault'); // test hook, see worker.ts
    const read = await textOf(document);
    docId = read.docId;
    bytes = Buffer.byteLength(read.text);
    const records = extract(read.text, { ...options, file: document.file ?? document.name, docId });
    const outcome = { docId, bytes, claims: records.length, claimsByKind: countKinds(records), failure: null };
    return writer ? { ...outcome, records: [], rendered: writer.render(records) } : { ...outcome, records, rendered: null };
  } catch (error) {
    const failure = error instanceof SolieuError
      ? { code: error.code, message: error.message }
      : { code: 'EXTRACTION_FAILED' as const, message: `${document.name}: extraction failed: ${(error as Error)?.message ?? String(error)}` };
    return { docId, bytes, records: [], rendered: null, claims: 0, claimsByKind: {}, failure };
  }
}

/** Processes a chunk's documents one after another. */
export async function processChunk({ documents, options, render }: ChunkTask): Promise<DocumentOutcome[]> {
  const writer = render ? createWriter(render.format, render.options) : null;
  const outcomes: DocumentOutcome[] = [];
  for (const document of documents) outcomes.push(await processDocument(document, options, writer));
  return outcomes;
}
