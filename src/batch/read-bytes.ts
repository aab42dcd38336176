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

/** The bytes of a file; throws `INPUT_UNREADABLE` saying why not. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new SolieuError('INPUT_UNREADABLE', `${path}: ${describeFsError(error)}`, path);
  }
}
