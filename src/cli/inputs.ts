import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SolieuError } from '../errors.js';

/** One document to read: a file, or standard input (`-`). */
export interface InputSource {
  /** The path as the user gave it (or found under a directory they gave); `-` for standard input. */
  name: string;
  read(): Promise<Buffer>;
}

/** Extensions of the text files solieu reads when given a directory. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path)));
    else if (e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(path);
  }
  return files;
}

const reason = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
};

/**
 * The documents named by the command line, in order: files as given, directories walked
 * recursively for text files (sorted), `-` for standard input. A path that cannot be used
 * becomes a `SolieuError` in the returned list, so the other inputs still run.
 */
export async function resolveInputs(args: readonly string[], readStdin: () => Promise<Buffer>): Promise<(InputSource | SolieuError)[]> {
  const out: (InputSource | SolieuError)[] = [];
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      out.push({ name: '-', read: readStdin });
      continue;
    }
    try {
      const info = await stat(arg);
      if (info.isDirectory()) {
        const files = await walk(arg);
        if (!files.length) {
          out.push(new SolieuError('INPUT_EMPTY_DIRECTORY', `${arg}: no text files (${[...TEXT_EXTENSIONS].join(', ')}) in this directory`, arg));
        }
        for (const file of files) out.push({ name: file, read: () => readFile(file) });
      } else out.push({ name: arg, read: () => readFile(arg) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
      out.push(new SolieuError(code, `${arg}: ${reason(error)}`, arg));
    }
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a document, or a `SolieuError` saying why it is not text: NUL bytes (a binary
 * file) or bytes that are not UTF-8.
 */
export async function readText(source: InputSource): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await source.read();
  } catch (error) {
    throw new SolieuError('INPUT_UNREADABLE', `${source.name}: ${reason(error)}`, source.name);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new SolieuError('INPUT_BINARY', `${source.name}: binary file (it holds NUL bytes), not text`, source.name);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new SolieuError('INPUT_INVALID_UTF8', `${source.name}: not valid UTF-8 text`, source.name);
  }
}
