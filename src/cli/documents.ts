import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { BatchDocument } from '../batch/document.js';
import { findFiles } from '../batch/find-files.js';
import { ENCODINGS } from '../formats/decode-text.js';
import { detectType, INPUT_TYPES } from '../formats/detect-type.js';
import type { ReadOptions } from '../formats/read-document.js';
import { jsonlDocuments } from '../batch/jsonl-documents.js';
import { checkSize, DEFAULT_MAX_BYTES, describeFsError } from '../batch/read-bytes.js';
import { SolieuError } from '../errors.js';
import { readAllStdin, type CliIO } from './io.js';

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

async function* linesOf(input: NodeJS.ReadableStream | Readable): AsyncGenerator<string> {
  yield* createInterface({ input, crlfDelay: Infinity });
}

const stdinStream = (io: CliIO) => Readable.from(io.stdin());

/** The paths listed one a line in `--files-from FILE` (`-`: standard input); blank lines skipped. */
async function listedPaths(from: string, io: CliIO): Promise<string[]> {
  let text: string;
  try {
    text = from === '-' ? (await readAllStdin(io)).bytes.toString('utf8') : await readFile(from, 'utf8');
  } catch (error) {
    throw new SolieuError('INPUT_NOT_FOUND', `option \`--files-from\`: ${from}: ${describeFsError(error)}`, from);
  }
  return text.split(/\r?\n/).filter((line) => line.trim());
}

/** Standard input as one document (text, a page, a PDF …: read like a file), unless it is larger than allowed. */
async function stdinDocument(io: CliIO, maxBytes = DEFAULT_MAX_BYTES): Promise<BatchDocument> {
  const { bytes, size } = await readAllStdin(io, maxBytes);
  try {
    checkSize('-', size, maxBytes);
  } catch (error) {
    return { name: '-', failure: { code: (error as SolieuError).code, message: (error as SolieuError).message } };
  }
  return { name: '-', bytes: new Uint8Array(bytes) };
}

/** Every JSON Lines document of the inputs, file after file, read as they stream in. */
async function* jsonlInputs(inputs: readonly string[], options: DocumentOptions, io: CliIO): AsyncGenerator<BatchDocument> {
  const fields = { idField: options.idField, textField: options.textField };
  for (const input of inputs) {
    if (input === '-') {
      yield* jsonlDocuments(linesOf(stdinStream(io)), '-', fields);
      continue;
    }
    const stream = createReadStream(input);
    const opened = await new Promise<Error | null>((resolve) => stream.once('open', () => resolve(null)).once('error', resolve));
    if (opened) {
      const code = (opened as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
      yield { name: input, failure: { code, message: `${input}: ${describeFsError(opened)}` } };
      continue;
    }
    yield* jsonlDocuments(linesOf(stream), input, fields);
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
  const listed = options.filesFrom ? await listedPaths(options.filesFrom, io) : [];
  const args = [...inputs, ...listed];
  if (options.filesFrom === '-' && args.includes('-')) {
    throw new SolieuError('INVALID_OPTION', 'standard input cannot be both `--files-from -` and a document (`-`)');
  }
  if (!args.length && !options.filesFrom) args.push('-');
  const forcedSources = !!options.inputType && options.inputType !== 'auto' && options.inputType !== 'text';
  if (format === 'jsonl') return { documents: jsonlInputs(args, options, io), total: null, collections: true, sources: forcedSources };
  const isCollection = (arg: string) => format === undefined && arg !== '-' && isJsonlPath(arg);
  // Each argument: a JSON Lines collection (read later, as it streams) or its documents.
  const parts: (string | BatchDocument[])[] = [];
  const maxBytes = parseReadOptions(options).maxBytes;
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
