/** Where the CLI writes: a stream's `write`, whether it is a terminal, and (for real streams) its events. */
export interface OutputStream {
  write(chunk: string): unknown;
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
}

/** The real process. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdin: () => process.stdin,
  };
}

/** All of standard input. */
export async function readAllStdin(io: CliIO): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Exit statuses, part of the public contract (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  someInputsFailed: 1,
  usage: 2,
  /** `check` found warnings, `compare` found disagreeing figures. */
  found: 3,
} as const;
