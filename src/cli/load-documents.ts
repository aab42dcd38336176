import type { BatchExtractOptions } from '../batch/document.js';
import { extractDocument, type ExtractedDocument } from '../batch/extract-document.js';
import { SolieuError } from '../errors.js';
import { openDocuments, parseReadOptions, type DocumentOptions } from './documents.js';
import type { CliIO } from './io.js';

/**
 * Every document the command line names, read and extracted in this thread, for the commands
 * that look at whole documents (annotate, compare, check, report). A document that cannot be
 * read is reported on stderr and left out; `failed` counts them.
 */
export async function loadDocuments(
  inputs: readonly string[],
  options: DocumentOptions,
  extractOptions: Omit<BatchExtractOptions, 'type' | 'encoding'>,
  io: CliIO,
): Promise<{ documents: ExtractedDocument[]; failed: number }> {
  const read = parseReadOptions(options);
  const opened = await openDocuments(inputs, options, io);
  const documents: ExtractedDocument[] = [];
  let failed = 0;
  for await (const document of opened.documents) {
    try {
      if ('failure' in document) throw new SolieuError(document.failure.code, document.failure.message);
      const extracted = await extractDocument(document, { ...read, ...extractOptions });
      for (const warning of extracted.source.warnings ?? []) io.stderr.write(`solieu: ${warning}\n`);
      documents.push(extracted);
    } catch (error) {
      if (!(error instanceof SolieuError)) throw error;
      failed++;
      io.stderr.write(`solieu: ${error.message}\n`);
    }
  }
  return { documents, failed };
}
