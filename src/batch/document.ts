import type { ErrorCode } from '../errors.js';
import type { ClaimRecord, ExtractOptions, Kind } from '../types.js';
import type { Format, WriterOptions } from '../writers/writer.js';
import type { ReadOptions } from '../formats/read-document.js';
import type { JsonlFields } from './jsonl-documents.js';

/**
 * One document of a batch: a file to read, bytes already read (standard input), a text in
 * hand, a line of JSON Lines still to parse, or an input that failed before it could be read
 * (a missing file) — kept in the stream so failures are reported in input order.
 */
export type BatchDocument = DocumentNames &
  ({ path: string } | { bytes: Uint8Array } | { text: string } | { jsonLine: string; fields?: JsonlFields } | { failure: DocumentFailure });

interface DocumentNames {
  /** How messages name the document: a path, `-`, or `FILE:LINE` for a JSON Lines document. */
  name: string;
  /** The records' `file` field. Default: `name`. */
  file?: string;
  /** The records' `doc_id` field, for documents of a collection (a JSON Lines document's comes from its line). */
  docId?: string | number;
}

/** The options every document of a batch is read and extracted with. */
export type BatchExtractOptions = Pick<ExtractOptions, 'all' | 'kinds' | 'segment' | 'lang' | 'explain' | 'statuses' | 'date'> & ReadOptions;

/**
 * Records rendered where they are extracted, in a worker thread, instead of sent back as
 * objects: the writer's `render` for this format and these options — or, `source-text`, no
 * records but the text solieu read (`--print-text`).
 */
export type RenderSpec =
  /** `spillFolder`: where a large document's spill file goes (see `DocumentOutcome.spill`); by default a folder of its own in the system's temporary folder. */
  | { format: Format; options: WriterOptions; spillFolder?: string }
  | { format: 'source-text' };

/** A failure as it crosses between threads: the error code and message, not the error object. */
export interface DocumentFailure {
  code: ErrorCode;
  message: string;
}

/** What became of one document in a worker or in this thread. */
export interface DocumentOutcome {
  docId?: string | number;
  /** UTF-8 bytes of text read (0 for a failure before reading). */
  bytes: number;
  /** The records; empty when they were rendered (see `rendered`). */
  records: ClaimRecord[];
  /** With a `RenderSpec`: the records as the writer renders them (after what `spill` holds). */
  rendered: string | null;
  /**
   * A large document's rendered output is too much to hand over in one string: its head is in
   * this temporary file, `rendered` is the rest. Whoever writes the output streams the file
   * first and removes it (`removeSpill`).
   */
  spill?: string | null;
  claims: number;
  claimsByKind: Partial<Record<Kind, number>>;
  failure: DocumentFailure | null;
  /** What its reader was not sure of (`NAME: warning: …`), reported on stderr; the document is read. */
  warnings?: string[];
}

/** What became of one document, in input order. */
export interface DocumentResult extends DocumentOutcome {
  /** Position in the input, from 0. */
  index: number;
  name: string;
}
