import { open } from 'node:fs/promises';
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

/** A size for people: "1.0 MB", "200.0 KB", "12 bytes". */
export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`);

/** The `INPUT_TOO_LARGE` error of a document of `size` bytes, over `max`. */
export const sizeError = (name: string, size: number, max: number) =>
  new SolieuError('INPUT_TOO_LARGE', `${name}: ${formatBytes(size)}, more than the ${formatBytes(max)} a document may have (--max-bytes)`, name);

/** `INPUT_TOO_LARGE` for a document of `size` bytes over `max`. */
export function checkSize(name: string, size: number, max: number = DEFAULT_MAX_BYTES): void {
  if (size > max) throw sizeError(name, size, max);
}

/** `INPUT_TOO_LARGE` for a document whose whole size is not known: reading stopped one byte past `max`. */
export const tooLarge = (name: string, max: number) =>
  new SolieuError('INPUT_TOO_LARGE', `${name}: more than the ${formatBytes(max)} a document may have (--max-bytes)`, name);

/** Bytes asked of the file system at a time, when its size is not known. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The bytes of a file, never more than `maxBytes` of them: throws `INPUT_UNREADABLE` or
 * `INPUT_TOO_LARGE`. A regular file over the limit is refused by its size before it is read;
 * but a device (`/dev/zero`), a pipe or a file still growing reports a size of 0 or less than it
 * holds, so every byte read is counted too, and reading stops one byte past the limit.
 */
export async function readBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isFile()) checkSize(path, info.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file is read in one go (its size, and one byte more to see its end).
    let want = info.isFile() ? info.size + 1 : CHUNK_BYTES;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      want = CHUNK_BYTES;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    throw new SolieuError('INPUT_UNREADABLE', `${path}: ${describeFsError(error)}`, path);
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** The first `maxBytes` bytes of a stream (standard input), or null when it holds more: reading stops there. */
export async function readStreamUpTo(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > maxBytes) return null; // leaving the loop stops the stream
    parts.push(buffer);
  }
  return Buffer.concat(parts, total);
}

/**
 * A line of a stream, or word that a line is longer than allowed (its bytes are dropped as they
 * come). `notUtf8`: the line held bytes that are no UTF-8, shown as U+FFFD in `text`.
 */
export type BoundedLine = { text: string; notUtf8?: true } | { tooLong: true };

/** Bytes that are UTF-8 through and through: checked only for a line whose decoding shows U+FFFD (rare). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Buffer): boolean => {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * The lines of a stream (`\n` or `\r\n` between them), no line held longer than `maxLineBytes`.
 * A longer line is given as `tooLong` as soon as it passes the limit — not at its end, which may
 * never come (`/dev/zero`) — and its other bytes are dropped as they arrive, so a runaway line
 * cannot fill memory and the lines after it are still read. A byte-order mark opening the
 * stream is dropped.
 */
export async function* boundedLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let dropping = false;
  let first = true;
  const text = (): { text: string; notUtf8?: true } => {
    const bytes = Buffer.concat(parts, length);
    let line = bytes.toString('utf8');
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (first && line.startsWith('\uFEFF')) line = line.slice(1);
    return line.includes('\uFFFD') && !isUtf8(bytes) ? { text: line, notUtf8: true } : { text: line };
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let from = 0; ; ) {
      const at = buffer.indexOf(0x0a, from);
      const end = at === -1 ? buffer.length : at;
      if (!dropping) {
        length += end - from;
        if (length > maxLineBytes) {
          dropping = true;
          parts = [];
          yield { tooLong: true };
        } else if (end > from) {
          // The rest of a chunk is copied: the stream may reuse its buffer for the next one.
          parts.push(at === -1 ? Buffer.from(buffer.subarray(from, end)) : buffer.subarray(from, end));
        }
      }
      if (at === -1) break;
      if (!dropping) yield text();
      [parts, length, dropping, first] = [[], 0, false, false];
      from = at + 1;
    }
  }
  if (!dropping && length > 0) yield text();
}
