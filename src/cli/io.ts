/** Where the CLI writes: a stream's `write`, and whether it is a terminal. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/**
 * Everything the CLI touches outside the file system, injectable so its behaviour is tested
 * without spawning a process: standard streams, standard input and the environment.
 */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  readStdin(): Promise<Buffer>;
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** Exit statuses, part of the public contract (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  someInputsFailed: 1,
  usage: 2,
} as const;
