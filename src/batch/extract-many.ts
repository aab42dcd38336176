import { availableParallelism } from 'node:os';
import type { BatchDocument, BatchExtractOptions, DocumentResult, RenderSpec } from './document.js';
import { inOrder } from './ordered.js';
import { inProcessRunner, workerRunner } from './runner.js';

export interface ExtractManyOptions extends BatchExtractOptions {
  /** Worker threads. Default: the number of cores; 1 extracts in this thread. */
  jobs?: number;
  /**
   * Render each document's records with this writer where they are extracted: results then
   * carry `rendered` text and no record objects (the CLI's way: no records to copy between
   * threads). Default: records.
   */
  render?: RenderSpec;
  /**
   * Extract in worker threads even with one job: this thread then stays free to answer a
   * signal at once, and a document past `timeoutMs` can be stopped. Default: only for `jobs` > 1.
   */
  isolate?: boolean;
  /** With workers: the time one document may take before it is stopped and reported (EXTRACT_TIMEOUT). Default 120 s. */
  timeoutMs?: number;
}

/** Documents go to workers in chunks of up to this many … */
const CHUNK_DOCUMENTS = 32;
/** … or this many bytes of text: one message per chunk, not per document. */
const CHUNK_BYTES = 256 * 1024;
/** A file's size is not known before it is read: counted as this much. */
const FILE_BYTES_GUESS = 64 * 1024;
/** Chunks in flight per worker (being extracted, queued, or waiting for the ones before them). */
const CHUNKS_PER_WORKER = 4;

const sizeOf = (d: BatchDocument) => ('text' in d ? d.text.length : 'jsonLine' in d ? d.jsonLine.length : 'path' in d ? FILE_BYTES_GUESS : 0);

/** The documents in chunks, in order; chunks of one document when there are no workers. */
async function* chunks(documents: AsyncIterable<BatchDocument> | Iterable<BatchDocument>, maxDocuments: number): AsyncGenerator<{ first: number; documents: BatchDocument[] }> {
  let chunk: BatchDocument[] = [];
  let bytes = 0;
  let index = 0;
  for await (const document of documents) {
    chunk.push(document);
    bytes += sizeOf(document);
    if (chunk.length >= maxDocuments || bytes >= CHUNK_BYTES) {
      yield { first: index, documents: chunk };
      index += chunk.length;
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length) yield { first: index, documents: chunk };
}

/**
 * Extracts a stream of documents, in parallel, yielding each document's result in input order
 * as soon as it is ready — the same records, in the same order, whatever `jobs` is. A document
 * that fails (unreadable, malformed, not text, a bug, a crashed worker) yields a result with
 * its failure and no records; the others go on. Memory holds a few chunks of documents at a
 * time, however long the stream. Stopping early (`break`) shuts the workers down.
 */
export async function* extractMany(documents: AsyncIterable<BatchDocument> | Iterable<BatchDocument>, options: ExtractManyOptions = {}): AsyncGenerator<DocumentResult> {
  const { jobs = availableParallelism(), render, isolate = jobs > 1, timeoutMs, ...extractOptions } = options;
  const runner = isolate ? workerRunner(jobs, timeoutMs) : inProcessRunner();
  try {
    const work = async (chunk: { first: number; documents: BatchDocument[] }): Promise<DocumentResult[]> => {
      const outcomes = await runner.run({ documents: chunk.documents, options: extractOptions, render });
      return outcomes.map((outcome, k) => ({ index: chunk.first + k, name: chunk.documents[k]!.name, ...outcome }));
    };
    const window = isolate ? CHUNKS_PER_WORKER * jobs : 1;
    for await (const results of inOrder(chunks(documents, isolate ? CHUNK_DOCUMENTS : 1), work, window)) yield* results;
  } finally {
    await runner.close();
  }
}
