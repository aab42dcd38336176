import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, standard input and environment. */
export async function runCli(args: string[], options: { stdin?: string | Buffer; tty?: boolean; stderrTty?: boolean; stdinTty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTty ?? false },
    stdin: async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin);
    },
    env: options.env ?? {},
    stdinIsTTY: options.stdinTty ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
