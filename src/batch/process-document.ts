import { SolieuError } from '../errors.js';
import type { ClaimRecord, Kind } from '../types.js';
import { createWriter, type Format, type Writer, type WriterOptions } from '../writers/index.js';
import type { BatchDocument, BatchExtractOptions, DocumentOutcome, RenderSpec } from './document.js';
import { extractDocument, readBatchDocument } from './extract-document.js';

/** Documents sent to be processed together, in this thread or in a worker. */
export interface ChunkTask {
  documents: BatchDocument[];
  options: BatchExtractOptions;
  render?: RenderSpec;
  /** 1 the first time, 2 when retried after a worker died. */
  attempt: number;
}

/** A writer renders each document on its own; one per format and options is enough. */
let cachedWriter: { key: string; writer: Writer } | undefined;
function writerFor(format: Format, options: WriterOptions): Writer {
  const key = JSON.stringify([format, options]);
  if (cachedWriter?.key !== key) cachedWriter = { key, writer: createWriter(format, options) };
  return cachedWriter.writer;
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
export async function processDocument(document: BatchDocument, options: BatchExtractOptions, render?: RenderSpec): Promise<DocumentOutcome> {
  const writer = render && render.format !== 'source-text' ? writerFor(render.format, render.options) : null;
  let bytes = 0;
  let docId = document.docId;
  if ('failure' in document) return { docId, bytes, records: [], rendered: null, claims: 0, claimsByKind: {}, failure: document.failure };
  try {
    if (process.env.SOLIEU_FAULT_INJECTION === `throw:${document.name}`) throw new Error('injected fault'); // test hook, see worker.ts
    if (render?.format === 'source-text') {
      const read = await readBatchDocument(document, { type: options.type, encoding: options.encoding, maxBytes: options.maxBytes });
      return { docId: read.docId, bytes: Buffer.byteLength(read.source.text), records: [], rendered: `${read.source.text}\n`, claims: 0, claimsByKind: {}, failure: null };
    }
    const { source, records, ...read } = await extractDocument(document, options);
    docId = read.docId;
    bytes = Buffer.byteLength(source.text);
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
  const outcomes: DocumentOutcome[] = [];
  for (const document of documents) outcomes.push(await processDocument(document, options, render));
  return outcomes;
}
