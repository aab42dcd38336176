import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/**
 * A file written atomically: chunks go to a temporary file in the same directory, which is
 * flushed to disk and renamed over the target only on `commit`, so the target is never
 * half-written — it is either the old file or the complete new one.
 */
export function fileSink(path: string): Sink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (chunk) => void writeSync(fd, chunk),
    commit: () => {
      fsyncSync(fd);
      close();
      renameSync(temp, path);
    },
    abort: () => {
      close();
      rmSync(temp, { force: true });
    },
  };
}
