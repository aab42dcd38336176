import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { SolieuError } from '../errors.js';
import { EXIT, processIO, type CliIO } from './io.js';
import { buildProgram } from './program.js';
import { terminalSafeStream } from './safe-stderr.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const USAGE_CODES = new Set(['INVALID_OPTION']);

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit status.
 * Nothing here exits the process: the caller decides. Everything written on stderr is made safe
 * for a terminal here, once for every command: failures name files, errors quote input.
 */
export async function main(argv: readonly string[], given: CliIO = processIO()): Promise<number> {
  const io: CliIO = { ...given, stderr: terminalSafeStream(given.stderr) };
  let code: number = EXIT.ok;
  const program = buildProgram(io, VERSION, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return done ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof SolieuError) {
      io.stderr.write(`solieu: ${error.message}\n`);
      return USAGE_CODES.has(error.code) ? EXIT.usage : EXIT.someInputsFailed;
    }
    const e = error as Error;
    io.stderr.write(`solieu: internal error: ${e.message}\n${io.env.SOLIEU_DEBUG ? `${e.stack}\n` : ''}`);
    return EXIT.someInputsFailed;
  }
}
