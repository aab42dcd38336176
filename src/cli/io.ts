import { discardPendingOutputs } from './output.js';

/** Where the CLI writes: a stream's `write`, whether it is a terminal, and (for real streams) its events. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** Present on real streams: `once('drain', …)` waits out backpressure. */
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * Everything the CLI touches outside the file system, injectable so its behaviour is tested
 * without spawning a process: standard streams, standard input and the environment.
 */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input as it arrives, chunk by chunk. */
  stdin(): AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard input is a terminal (a person typing, not a pipe or a file). */
  stdinIsTTY?: boolean;
}

let guarded = false;

/**
 * What the real process does when its world ends early: a reader that stops reading
 * (`solieu … | head` closes the pipe: EPIPE) ends the run quietly with status 0; an interrupt
 * (Ctrl-C, SIGTERM) removes the output not yet written in full, says so, and exits 130 / 143
 * — a file given with `-o` is then left as it was.
 */
function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      discardPendingOutputs();
      process.stderr.write('solieu: interrupted\n');
      process.exit(status);
    });
  }
}

/** The real process. */
export function processIO(): CliIO {
  guardProcess();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdin: () => process.stdin,
    stdinIsTTY: !!process.stdin.isTTY,
  };
}

/** Exit statuses, part of the public contract (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  someInputsFailed: 1,
  usage: 2,
  /** `check` found warnings, `compare` found disagreeing figures. */
  found: 3,
} as const;
