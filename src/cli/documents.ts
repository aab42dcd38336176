import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { BatchDocument } from '../batch/document.js';
import { findFiles } from '../batch/find-files.js';
import { jsonlDocuments } from '../batch/jsonl-documents.js';
import { decodeText, describeFsError } from '../batch/read-text.js';
import { SolieuError } from '../errors.js';
import { readAllStdin, type CliIO } from './io.js';

/** How the command line names its documents. */
export interface DocumentOptions {
  filesFrom?: string;
  inputFormat?: string;
  idField?: string;
  textField?: string;
}

export interface OpenedDocuments {
  documents: AsyncIterable<BatchDocument> | Iterable<BatchDocument>;
  /** How many there are, when known before reading them (not for JSON Lines). */
  total: number | null;
}

export const INPUT_FORMATS = ['text', 'jsonl'] as const;

async function* linesOf(input: NodeJS.ReadableStream | Readable): AsyncGenerator<string> {
  yield* createInterface({ input, crlfDelay: Infinity });
}

const stdinStream = (io: CliIO) => Readable.from(io.stdin());

/** The paths listed one a line in `--files-from FILE` (`-`: standard input); blank lines skipped. */
async function listedPaths(from: string, io: CliIO): Promise<string[]> {
  let text: string;
  try {
    text = from === '-' ? (await readAllStdin(io)).toString('utf8') : await readFile(from, 'utf8');
  } catch (error) {
    throw new SolieuError('INPUT_NOT_FOUND', `option \`--files-from\`: ${from}: ${describeFsError(error)}`, from);
  }
  return text.split(/\r?\n/).filter((line) => line.trim());
}

/** Standard input as one text document. */
async function stdinDocument(io: CliIO): Promise<BatchDocument> {
  try {
    return { name: '-', text: decodeText(await readAllStdin(io), '-') };
  } catch (error) {
    if (error instanceof SolieuError) return { name: '-', failure: { code: error.code, message: error.message } };
    throw error;
  }
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

/**
 * The documents the command line names. Text (the default): files, directories, patterns,
 * the paths of `--files-from`, `-` for standard input (also when nothing is named). JSON Lines
 * (`--input-format jsonl`): each line of the files (or of standard input) is a document.
 */
export async function openDocuments(inputs: readonly string[], options: DocumentOptions, io: CliIO): Promise<OpenedDocuments> {
  const format = options.inputFormat ?? 'text';
  if (!(INPUT_FORMATS as readonly string[]).includes(format)) {
    throw new SolieuError('INVALID_OPTION', `option \`--input-format\` must be one of ${INPUT_FORMATS.join(', ')}, got "${format}"`);
  }
  const listed = options.filesFrom ? await listedPaths(options.filesFrom, io) : [];
  const args = [...inputs, ...listed];
  if (options.filesFrom === '-' && args.includes('-')) {
    throw new SolieuError('INVALID_OPTION', 'standard input cannot be both `--files-from -` and a document (`-`)');
  }
  if (!args.length && !options.filesFrom) args.push('-');
  if (format === 'jsonl') return { documents: jsonlInputs(args, options, io), total: null };
  const documents: BatchDocument[] = [];
  for (const arg of args) {
    if (arg === '-') documents.push(await stdinDocument(io));
    else documents.push(...(await findFiles([arg])));
  }
  return { documents, total: documents.length };
}
