import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { DocumentResult } from '../batch/document.js';
import { removeSpill } from '../batch/process-document.js';
import type { Writer } from '../writers/index.js';
/** Where rendered text goes: a sink, or a destination that makes it a workbook. */
interface TextSink {
  write(text: string): void | Promise<void>;
}

/** How much of a spilled document is read and written at a time. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Writes one document's rendered records after those before it: a large document's head
 * streamed from its spill file in bounded chunks (and the file removed), then the rest.
 * The first text goes through the writer's `append` (JSON's comma between documents).
 */
export async function writeRendered(result: DocumentResult, writer: Writer, sink: TextSink): Promise<void> {
  if (!result.spill) {
    await sink.write(writer.append(result.rendered ?? ''));
    return;
  }
  try {
    const fd = openSync(result.spill, 'r');
    try {
      const decoder = new StringDecoder('utf8');
      const buffer = Buffer.alloc(CHUNK_BYTES);
      let first = true;
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
        const text = decoder.write(buffer.subarray(0, n));
        await sink.write(first ? writer.append(text) : text);
        first = false;
      }
      await sink.write(decoder.end() + (result.rendered ?? ''));
    } finally {
      closeSync(fd);
    }
  } finally {
    removeSpill(result.spill);
  }
}
