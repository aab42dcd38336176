import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SolieuError } from '../errors.js';
import type { ClaimRecord, Kind } from '../types.js';
import { createWriter, type Format, type Writer, type WriterOptions } from '../writers/index.js';
import type { BatchDocument, BatchExtractOptions, DocumentOutcome, RenderSpec } from './document.js';
import { extractDocumentBatches, readBatchDocument } from './extract-document.js';

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

function countKinds(records: readonly ClaimRecord[], counts: Partial<Record<Kind, number>>): void {
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
}

/**
 * Rendered text a document holds in memory before it goes to a file: a document of a million
 * claims (a megabyte of "9% 9% 9% …") is rendered and handed over in pieces this size, so
 * neither the worker nor the thread that writes holds its whole output.
 */
export const SPILL_CHARS = 4 * 1024 * 1024;
/** Records rendered together: a whole ordinary document (a table aligns its columns over them), a bounded share of a huge one. */
const RENDER_BATCH = 5000;

/** The rendered output of one document, built piece by piece; past {@link SPILL_CHARS} its head goes to a temporary file. */
class RenderedOutput {
  private pieces: string[] = [];
  private chars = 0;
  private empty = true;
  spill: string | null = null;

  /** `folder`: where spill files go (the CLI's run folder, removed at exit); else a folder of their own under the system's temporary folder. */
  constructor(private readonly between: string, private readonly folder: string | undefined) {}

  add(rendered: string): void {
    if (!rendered) return;
    this.pieces.push(this.empty ? rendered : this.between + rendered);
    this.empty = false;
    this.chars += rendered.length;
    if (this.chars >= SPILL_CHARS) this.flush();
  }

  private flush(): void {
    this.spill ??= join(mkdtempSync(this.folder ? join(this.folder, 'document-') : join(tmpdir(), 'solieu-')), 'rendered');
    appendFileSync(this.spill, this.pieces.join(''));
    this.pieces = [];
    this.chars = 0;
  }

  /** The tail still in memory (the spill file, when there is one, holds what comes before it). */
  tail(): string {
    return this.pieces.join('');
  }

  discard(): void {
    if (this.spill) removeSpill(this.spill);
    this.spill = null;
  }
}

/** Removes a spill file and the folder made for it. */
export function removeSpill(path: string): void {
  rmSync(join(path, '..'), { recursive: true, force: true });
}

/**
 * Reads and extracts one document. Never throws: an unreadable input, a malformed line, a
 * text that is not text, even a bug in extraction, becomes this document's failure.
 */
export async function processDocument(document: BatchDocument, options: BatchExtractOptions, render?: RenderSpec): Promise<DocumentOutcome> {
  const writer = render && render.format !== 'source-text' ? writerFor(render.format, render.options) : null;
  let bytes = 0;
  let docId = document.docId;
  let output: RenderedOutput | undefined;
  if ('failure' in document) return { docId, bytes, records: [], rendered: null, claims: 0, claimsByKind: {}, failure: document.failure };
  try {
    if (process.env.SOLIEU_FAULT_INJECTION === `throw:${document.name}`) throw new Error('injected fault'); // test hook, see worker.ts
    if (render?.format === 'source-text') {
      const read = await readBatchDocument(document, { type: options.type, encoding: options.encoding, maxBytes: options.maxBytes });
      return { docId: read.docId, bytes: Buffer.byteLength(read.source.text), records: [], rendered: `${read.source.text}\n`, claims: 0, claimsByKind: {}, failure: null };
    }
    const extracted = await extractDocumentBatches(document, options);
    docId = extracted.docId;
    bytes = extracted.bytes;
    const claimsByKind: Partial<Record<Kind, number>> = {};
    let claims = 0;
    if (!writer) {
      const records: ClaimRecord[] = [];
      for (const batch of extracted.batches) for (const r of batch) records.push(r);
      countKinds(records, claimsByKind);
      return { docId, bytes, records, rendered: null, claims: records.length, claimsByKind, failure: null, warnings: extracted.warnings };
    }
    output = new RenderedOutput(writer.between, render && 'spillFolder' in render ? render.spillFolder : undefined);
    let pending: ClaimRecord[] = [];
    for (const batch of extracted.batches) {
      claims += batch.length;
      countKinds(batch, claimsByKind);
      for (const r of batch) pending.push(r);
      if (pending.length >= RENDER_BATCH) (output.add(writer.render(pending)), (pending = []));
    }
    output.add(writer.render(pending));
    return { docId, bytes, records: [], rendered: output.tail(), spill: output.spill, claims, claimsByKind, failure: null, warnings: extracted.warnings };
  } catch (error) {
    output?.discard();
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
