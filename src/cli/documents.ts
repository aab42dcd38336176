import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { BatchDocument } from '../batch/document.js';
import { findFiles } from '../batch/find-files.js';
import { ENCODINGS } from '../formats/decode-text.js';
import { detectType, INPUT_TYPES } from '../formats/detect-type.js';
import type { ReadOptions } from '../formats/read-document.js';
import { jsonlStreamDocuments } from '../batch/jsonl-documents.js';
import { boundedLines, DEFAULT_MAX_BYTES, describeFsError, formatBytes, readStreamUpTo, tooLarge } from '../batch/read-bytes.js';
import { SolieuError } from '../errors.js';
import type { CliIO } from './io.js';

/** How the command line names its documents. */
export interface DocumentOptions {
  filesFrom?: string;
  inputFormat?: string;
  inputType?: string;
  encoding?: string;
  maxBytes?: string;
  lang?: string;
  idField?: string;
  textField?: string;
  /** `--quiet`: no hint on a terminal. */
  quiet?: boolean;
}

export interface OpenedDocuments {
  documents: AsyncIterable<BatchDocument> | Iterable<BatchDocument>;
  /** How many there are, when known before reading them (not for JSON Lines). */
  total: number | null;
  /** Some inputs are JSON Lines collections: records carry `doc_id`. */
  collections: boolean;
  /** Some documents may be pages, PDFs or Word files: records carry where they stand. */
  sources: boolean;
}

export const INPUT_FORMATS = ['text', 'jsonl'] as const;

export const LANGUAGES = ['auto', 'vi', 'en'] as const;

/** `--input-type`, `--encoding`, `--max-bytes`, and `--lang` (how the text is read, so with them), checked. */
export function parseReadOptions(options: DocumentOptions): ReadOptions & { lang?: (typeof LANGUAGES)[number] } {
  const check = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      throw new SolieuError('INVALID_OPTION', `option \`${name}\` must be one of ${allowed.join(', ')}, got "${value}"`);
    }
    return value as T | undefined;
  };
  return {
    type: check('--input-type', options.inputType, INPUT_TYPES),
    encoding: check('--encoding', options.encoding, ENCODINGS),
    ...(options.maxBytes !== undefined && { maxBytes: parseSize(options.maxBytes) }),
    ...(options.lang !== undefined && { lang: check('--lang', options.lang, LANGUAGES) }),
  };
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `--max-bytes`: a whole number of bytes, with K, M or G after it for KiB, MiB, GiB ("50M"). */
export function parseSize(value: string): number {
  const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new SolieuError('INVALID_OPTION', `option \`--max-bytes\` must be a size like 500000, 200K or 50M, got "${value}"`);
  return Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!;
}

/** The longest line a list of paths may have: PATH_MAX on Linux. A longer line is not a path (`--files-from /dev/zero`). */
const MAX_PATH_BYTES = 4096;

/**
 * The paths listed one a line in `--files-from FILE` (`-`: standard input); blank lines skipped.
 * The list is read as it streams, a line at most {@link MAX_PATH_BYTES} and the whole list at
 * most `--max-bytes` (50 MB, a million paths, at the least), so no stream fills memory.
 */
async function listedPaths(from: string, io: CliIO, maxBytes = DEFAULT_MAX_BYTES): Promise<string[]> {
  const where = `option \`--files-from\`: ${from}`;
  const limit = Math.max(maxBytes, DEFAULT_MAX_BYTES);
  const paths: string[] = [];
  let size = 0;
  let number = 0;
  try {
    for await (const line of boundedLines(from === '-' ? io.stdin() : createReadStream(from), MAX_PATH_BYTES)) {
      number++;
      if ('tooLong' in line) throw new SolieuError('INPUT_TOO_LARGE', `${where}: line ${number} is longer than ${MAX_PATH_BYTES} bytes, so not a path`, from);
      size += Buffer.byteLength(line.text) + 1;
      if (size > limit) throw new SolieuError('INPUT_TOO_LARGE', `${where}: more than ${formatBytes(limit)} of paths`, from);
      if (line.text.trim()) paths.push(line.text);
    }
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    throw new SolieuError('INPUT_NOT_FOUND', `${where}: ${describeFsError(error)}`, from);
  }
  return paths;
}

/** Standard input as one document (text, a page, a PDF …: read like a file); reading stops past `maxBytes`, and the document fails. */
async function stdinDocument(io: CliIO, maxBytes = DEFAULT_MAX_BYTES): Promise<BatchDocument> {
  const bytes = await readStreamUpTo(io.stdin(), maxBytes);
  if (!bytes) {
    const { code, message } = tooLarge('-', maxBytes);
    return { name: '-', failure: { code, message } };
  }
  return { name: '-', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** The documents of one JSON Lines input; a read that fails part-way (a directory) ends it with a failure of its own. */
async function* jsonlInput(chunks: AsyncIterable<Uint8Array | string>, input: string, options: DocumentOptions): AsyncGenerator<BatchDocument> {
  const fields = { idField: options.idField, textField: options.textField };
  try {
    yield* jsonlStreamDocuments(chunks, input, fields, parseReadOptions(options).maxBytes);
  } catch (error) {
    yield { name: input, failure: { code: 'INPUT_UNREADABLE', message: `${input}: ${describeFsError(error)}` } };
  }
}

/** Every JSON Lines document of the inputs, file after file, read as they stream in, no line longer than `--max-bytes`. */
async function* jsonlInputs(inputs: readonly string[], options: DocumentOptions, io: CliIO): AsyncGenerator<BatchDocument> {
  for (const input of inputs) {
    if (input === '-') {
      yield* jsonlInput(io.stdin(), '-', options);
      continue;
    }
    const stream = createReadStream(input);
    const opened = await new Promise<Error | null>((resolve) => stream.once('open', () => resolve(null)).once('error', resolve));
    if (opened) {
      const code = (opened as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
      yield { name: input, failure: { code, message: `${input}: ${describeFsError(opened)}` } };
      continue;
    }
    yield* jsonlInput(stream, input, options);
  }
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const isJsonlPath = (arg: string) => JSONL_EXTENSIONS.has(extname(arg).toLowerCase());

/** Whether the documents may be pages, PDFs or Word files, whose records say where they stand. */
function mayHaveSources(documents: readonly BatchDocument[], options: DocumentOptions): boolean {
  if (options.inputType && options.inputType !== 'auto') return options.inputType !== 'text';
  return documents.some((d) => ('path' in d || 'bytes' in d) && detectType(d.name, 'bytes' in d ? d.bytes : new Uint8Array()) !== 'text');
}

/**
 * The documents the command line names. Each input is a document — a file, the files of a
 * directory or a pattern, the paths of `--files-from`, `-` for standard input (also when
 * nothing is named) — except JSON Lines files (`.jsonl`, `.ndjson`, or any input with
 * `--input-format jsonl`), each line of which is a document.
 */
export async function openDocuments(inputs: readonly string[], options: DocumentOptions, io: CliIO): Promise<OpenedDocuments> {
  const format = options.inputFormat;
  if (format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(format)) {
    throw new SolieuError('INVALID_OPTION', `option \`--input-format\` must be one of ${INPUT_FORMATS.join(', ')}, got "${format}"`);
  }
  const maxBytes = parseReadOptions(options).maxBytes;
  const listed = options.filesFrom ? await listedPaths(options.filesFrom, io, maxBytes) : [];
  const args = [...inputs, ...listed];
  if (options.filesFrom === '-' && args.includes('-')) {
    throw new SolieuError('INVALID_OPTION', 'standard input cannot be both `--files-from -` and a document (`-`)');
  }
  if (!args.length && !options.filesFrom) args.push('-');
  // Typed at a terminal with nothing named, solieu would seem to hang: say what it waits for.
  if (args.includes('-') && io.stdinIsTTY && !options.quiet) {
    io.stderr.write('solieu: reading the text from the keyboard: paste or type it, then Ctrl-D (solieu --help for files and options)\n');
  }
  const forcedSources = !!options.inputType && options.inputType !== 'auto' && options.inputType !== 'text';
  if (format === 'jsonl') return { documents: jsonlInputs(args, options, io), total: null, collections: true, sources: forcedSources };
  const isCollection = (arg: string) => format === undefined && arg !== '-' && isJsonlPath(arg);
  // Each argument: a JSON Lines collection (read later, as it streams) or its documents.
  const parts: (string | BatchDocument[])[] = [];
  for (const arg of args) parts.push(isCollection(arg) ? arg : arg === '-' ? [await stdinDocument(io, maxBytes)] : await findFiles([arg]));
  const documents = parts.flatMap((part) => (typeof part === 'string' ? [] : part));
  const sources = mayHaveSources(documents, options);
  if (!parts.some((part) => typeof part === 'string')) return { documents, total: documents.length, collections: false, sources };
  async function* inInputOrder(): AsyncGenerator<BatchDocument> {
    for (const part of parts) {
      if (typeof part === 'string') yield* jsonlInputs([part], options, io);
      else yield* part;
    }
  }
  return { documents: inInputOrder(), total: null, collections: true, sources };
}
