import { readFile } from 'node:fs/promises';
import { SolieuError } from '../errors.js';

/** What went wrong with a path, in a few words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a document's bytes, or a `SolieuError` saying why it is not text: NUL bytes (a
 * binary file) or bytes that are not UTF-8.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new SolieuError('INPUT_BINARY', `${name}: binary file (it holds NUL bytes), not text`, name);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new SolieuError('INPUT_INVALID_UTF8', `${name}: not valid UTF-8 text`, name);
  }
}

/** The text of a file; throws `SolieuError` when it cannot be read or is not text. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new SolieuError('INPUT_UNREADABLE', `${path}: ${describeFsError(error)}`, path);
  }
  return decodeText(bytes, path);
}
