import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../batch/read-bytes.js';
import { SolieuError } from '../errors.js';
import type { OutputStream } from './io.js';

/** A destination the extract command writes chunks to and then closes. */
export interface Sink {
  /** Writes a chunk; the promise, when there is one, settles once the destination can take more. */
  write(chunk: string): void | Promise<void>;
  /** Makes the output final; for a file, the moment it appears under its name. */
  commit(): void;
  /** Gives up: a file output leaves nothing behind. */
  abort(): void;
}

/**
 * A stream, written with backpressure: when the reader is slower than solieu (a pipe into a
 * slow program), writing waits for it instead of piling records up in memory.
 */
export function streamSink(stream: OutputStream): Sink {
  return {
    write: (chunk) => {
      if (!chunk || stream.write(chunk) !== false || !stream.once) return;
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
  writeSync: (fd: number, chunk: string) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
}

const REAL_FS: FileOps = { openSync, writeSync, fsyncSync, closeSync, renameSync, rmSync };

/**
 * A file written atomically: chunks go to a temporary file in the same directory, which is
 * flushed to disk and renamed over the target only on `commit`, so the target is never
 * half-written — it is either the old file or the complete new one. A write that fails (a
 * full disk, a folder gone) removes the temporary file and throws `OUTPUT_FAILED`.
 */
export function fileSink(path: string, fs: FileOps = REAL_FS): Sink {
  const failed = (error: unknown): never => {
    throw new SolieuError('OUTPUT_FAILED', `${path}: cannot write (${describeFsError(error)})`, path);
  };
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd = -1;
  try {
    fd = fs.openSync(temp, 'w');
  } catch (error) {
    failed(error);
  }
  pending.add(temp);
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  const abort = () => {
    try {
      close();
    } finally {
      fs.rmSync(temp, { force: true });
      pending.delete(temp);
    }
  };
  const attempt = (step: () => void) => {
    try {
      step();
    } catch (error) {
      abort();
      failed(error);
    }
  };
  return {
    write: (chunk) => attempt(() => void fs.writeSync(fd, chunk)),
    commit: () =>
      attempt(() => {
        fs.fsyncSync(fd);
        close();
        fs.renameSync(temp, path);
        pending.delete(temp);
      }),
    abort,
  };
}
