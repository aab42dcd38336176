import { readFile, stat } from 'node:fs/promises';
import { SolieuError } from '../errors.js';

/** What went wrong with a path, in a few words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

/** The default largest document: far above any article or report, far below what would exhaust memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** `INPUT_TOO_LARGE` for a document of `size` bytes over `max`. */
export function checkSize(name: string, size: number, max: number = DEFAULT_MAX_BYTES): void {
  if (size > max) {
    throw new SolieuError('INPUT_TOO_LARGE', `${name}: ${formatBytes(size)}, more than the ${formatBytes(max)} a document may have (--max-bytes)`, name);
  }
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`);

/** The bytes of a file, checked against the size limit before they are read; throws `INPUT_UNREADABLE` or `INPUT_TOO_LARGE`. */
export async function readBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  try {
    checkSize(path, (await stat(path)).size, maxBytes);
    return await readFile(path);
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    throw new SolieuError('INPUT_UNREADABLE', `${path}: ${describeFsError(error)}`, path);
  }
}
