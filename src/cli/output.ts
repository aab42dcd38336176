import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { findFiles } from '../batch/find-files.js';
import { describeFsError } from '../batch/read-bytes.js';
import { SolieuError } from '../errors.js';
import type { OutputStream } from './io.js';

/** A destination the extract command writes chunks to and then closes. */
export interface Sink {
  /** Writes a chunk; the promise, when there is one, settles once the destination can take more. */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** Makes the output final; for a file, the moment it appears under its name. */
  commit(): void;
  /** Gives up: a file output leaves nothing behind. Does nothing once committed. */
  abort(): void;
}

/**
 * A stream, written with backpressure: when the reader is slower than solieu (a pipe into a
 * slow program), writing waits for it instead of piling records up in memory.
 */
export function streamSink(stream: OutputStream): Sink {
  return {
    write: (chunk) => {
      if (!chunk.length || stream.write(chunk) !== false || !stream.once) return;
      return new Promise((resolve) => stream.once!('drain', resolve));
    },
    commit: () => {},
    abort: () => {},
  };
}

/** Temporary files of outputs not yet committed: what an interrupted run must remove. */
const pending = new Set<string>();

/** Removes the temporary files of every output not yet committed (on SIGINT, SIGTERM). */
export function discardPendingOutputs(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** The file operations a file output needs: the real ones, or a test's that fail on purpose. */
export interface FileOps {
  openSync: typeof openSync;
  /**
   * Writes what it can of `data` and says how many bytes that was. solieu always passes bytes;
   * a method, so that doubles written for strings still fit.
   */
  writeSync(fd: number, data: Uint8Array | string): number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
  /** Follows links: what the output finally is. */
  statSync: (path: string) => Stats;
  realpathSync: (path: string) => string;
  readlinkSync: (path: string) => string;
  fchmodSync: (fd: number, mode: number) => void;
  /** The temporary file's name: random, so nobody can plant something there in advance. */
  randomBytes: (size: number) => Buffer;
}

const REAL_FS: FileOps = { openSync, writeSync, fsyncSync, closeSync, renameSync, rmSync, statSync, realpathSync, readlinkSync, fchmodSync, randomBytes };

/** Created here and now, never through a link: a name planted in a shared folder cannot redirect the write. */
const CREATE_TEMP = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
const TEMP_ATTEMPTS = 8;

type Fail = (error: unknown) => never;

/** Writes all of `chunk`: a write may take only part of it (a disk filling up); one that takes nothing fails. */
function writeAll(fs: FileOps, fd: number, chunk: string | Uint8Array): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let offset = 0; offset < bytes.length; ) {
    const written = fs.writeSync(fd, bytes.subarray(offset));
    if (!(written > 0)) throw new Error(`no space left: ${offset} of ${bytes.length} bytes written, then none`);
    offset += written;
  }
}

const statOrUndefined = (fs: Pick<FileOps, 'statSync'>, path: string): Stats | undefined => {
  try {
    return fs.statSync(path);
  } catch {
    return undefined;
  }
};

/** The descriptor a path names through `/dev/stdout`, `/dev/fd/N` or `/proc/self/fd/N` (also via links), if it does. */
function descriptorOf(path: string, fs: FileOps): number | undefined {
  const named = new RegExp(`^/(?:proc/(?:self|thread-self|${process.pid})/fd|dev/fd)/(\\d+)$`);
  const standard: Record<string, number> = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 };
  let current = resolve(path);
  for (let hop = 0; hop < 40; hop++) {
    const fd = standard[current] ?? named.exec(current)?.[1];
    if (fd !== undefined) return Number(fd);
    try {
      current = resolve(dirname(current), fs.readlinkSync(current));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Where `-o FILE` writes, and how:
 * - a regular file, new or old, is written atomically: chunks go to a temporary file beside it,
 *   flushed to disk and renamed over it only on `commit`, so it is either the old file or the
 *   complete new one. The replacement keeps the old file's permissions. Through a symbolic
 *   link, the file the link points to is replaced and the link stays; a link pointing nowhere
 *   is itself replaced (following it would create a file wherever the link's author chose).
 * - anything else that exists — a device (`/dev/null`), a FIFO, a terminal — is written
 *   directly and never replaced; so is a regular file reached through a descriptor
 *   (`/dev/stdout` redirected to a file), written through that descriptor so `>>` appends.
 * A write, flush, close or rename that fails (a full disk, a folder gone) throws
 * `OUTPUT_FAILED`; an atomic output then removes its temporary file and leaves the target
 * as it was.
 */
export function fileSink(path: string, ops: Partial<FileOps> = {}): Sink {
  const fs: FileOps = { ...REAL_FS, ...ops };
  const fail: Fail = (error) => {
    throw new SolieuError('OUTPUT_FAILED', `${path}: cannot write (${describeFsError(error)})`, path);
  };
  const target = statOrUndefined(fs, path);
  if (target && !target.isFile()) return directSink(path, fs, fail);
  const descriptor = target && descriptorOf(path, fs);
  if (descriptor !== undefined) return directSink(descriptor, fs, fail);
  let final = path;
  try {
    if (target) final = fs.realpathSync(path);
  } catch (error) {
    fail(error);
  }
  return atomicSink(final, target && target.mode & 0o777, fs, fail);
}

/** Opens a new temporary file beside `final`, under a random name, retrying when the name is taken. */
function createTemp(final: string, mode: number | undefined, fs: FileOps, fail: Fail): { temp: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const temp = join(dirname(final), `.${basename(final)}.${fs.randomBytes(8).toString('hex')}.tmp`);
    try {
      // Created with the old file's mode: umask can only take bits away, so never more open than it.
      return { temp, fd: fs.openSync(temp, CREATE_TEMP, mode ?? 0o666) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === TEMP_ATTEMPTS) fail(error);
    }
  }
}

function atomicSink(final: string, mode: number | undefined, fs: FileOps, fail: Fail): Sink {
  const { temp, fd } = createTemp(final, mode, fs, fail);
  pending.add(temp);
  if (mode !== undefined) {
    try {
      fs.fchmodSync(fd, mode);
    } catch {
      // Only the bits umask took are lost (a file system without modes refuses chmod): not worth failing the run.
    }
  }
  let open = true;
  let done = false;
  const close = () => {
    if (open) {
      open = false;
      fs.closeSync(fd);
    }
  };
  const abort = () => {
    if (done) return;
    done = true;
    pending.delete(temp);
    try {
      close();
    } catch {
      // Giving up already: the temporary file goes either way.
    }
    fs.rmSync(temp, { force: true });
  };
  const attempt = (step: () => void) => {
    try {
      step();
    } catch (error) {
      abort();
      fail(error);
    }
  };
  return {
    write: (chunk) => attempt(() => writeAll(fs, fd, chunk)),
    commit: () => {
      attempt(() => {
        fs.fsyncSync(fd);
        close();
        fs.renameSync(temp, final);
      });
      done = true;
      pending.delete(temp);
    },
    abort,
  };
}

/** A device, FIFO or descriptor: written in place; there is nothing to flush, rename or remove. */
function directSink(target: string | number, fs: FileOps, fail: Fail): Sink {
  // Opened without O_CREAT or O_TRUNC: it exists, and truncating means nothing to a device or FIFO.
  let fd = typeof target === 'number' ? target : -1;
  if (typeof target === 'string') {
    try {
      fd = fs.openSync(target, constants.O_WRONLY);
    } catch (error) {
      fail(error);
    }
  }
  let open = typeof target === 'string';
  const close = () => {
    if (open) {
      open = false;
      fs.closeSync(fd);
    }
  };
  return {
    write: (chunk) => {
      try {
        writeAll(fs, fd, chunk);
      } catch (error) {
        try {
          close();
        } catch {
          // The write's failure is the one to report.
        }
        fail(error);
      }
    },
    commit: () => {
      try {
        close();
      } catch (error) {
        fail(error);
      }
    },
    abort: () => {
      try {
        close();
      } catch {
        // Nothing to undo in place; the descriptor is gone either way.
      }
    },
  };
}

/** The paths `--files-from FILE` lists (not `-`: standard input can be read only once, by the command). */
function listedPaths(filesFrom: string | undefined): string[] {
  if (!filesFrom || filesFrom === '-') return [];
  try {
    return readFileSync(filesFrom, 'utf8').split(/\r?\n/).filter((line) => line.trim());
  } catch {
    return []; // The command reports it.
  }
}

/**
 * `INVALID_OPTION` when the file `output` names is also a document the inputs name — a file
 * given, found in a directory or by a pattern, or listed in `--files-from FILE`: writing the
 * output would replace that input. Called before anything is read. The same file is the same
 * device and inode, so links, `./` and hard links are seen through. A new file, or a device or
 * FIFO (written in place, never replaced), is never refused.
 */
export async function refuseOutputOverInput(
  output: string | undefined,
  inputs: readonly string[],
  options: { filesFrom?: string; option?: string } = {},
): Promise<void> {
  const target = output ? statOrUndefined(REAL_FS, output) : undefined;
  if (!output || !target?.isFile()) return;
  const args = [...inputs, ...listedPaths(options.filesFrom)].filter((arg) => arg !== '-');
  for (const document of await findFiles(args)) {
    const info = 'path' in document ? statOrUndefined(REAL_FS, document.path) : undefined;
    if (info && info.dev === target.dev && info.ino === target.ino) {
      const input = (document as { path: string }).path;
      const also = input === output ? '' : ` (it is ${input})`;
      throw new SolieuError('INVALID_OPTION', `option \`${options.option ?? '--output'}\` must not be one of the inputs, which it would replace, got "${output}"${also}`, output);
    }
  }
}
