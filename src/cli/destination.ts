import { SolieuError } from '../errors.js';
import { XlsxRows, type Format } from '../writers/index.js';
import type { CliIO } from './io.js';
import { fileSink, streamSink, type Sink } from './output.js';

/**
 * Where a command's output goes, whatever its format: text formats straight to the file or
 * standard output; `xlsx` through a workbook (`XlsxRows`) that takes the JSON Lines the writers
 * render and streams the spreadsheet's bytes there. `finish` makes the output final.
 */
export interface Destination {
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

export interface DestinationOptions {
  output?: string;
}

/** Text as it is, to a file (atomic) or a stream. */
const textDestination = (sink: Sink): Destination => ({
  write: async (text) => void (await sink.write(text)),
  finish: async () => sink.commit(),
  abort: () => sink.abort(),
});

/**
 * Writes a command's text (an annotated text, a page, a score) to `-o` or standard output
 * through `write`, then makes it final; a failure on the way leaves no partial file.
 */
export async function writeText(options: DestinationOptions, io: CliIO, write: (out: Destination) => Promise<void>): Promise<void> {
  const out = textDestination(options.output ? fileSink(options.output) : streamSink(io.stdout));
  try {
    await write(out);
    await out.finish();
  } catch (error) {
    out.abort();
    throw error;
  }
}

/** Opens the output of `format`; for `xlsx`, one sheet named `sheet` with these columns. */
export function openDestination(options: DestinationOptions, io: CliIO, format: Format, sheet: string, columns: readonly string[]): Destination {
  if (format === 'xlsx' && !options.output && io.stdout.isTTY) {
    throw new SolieuError('INVALID_OPTION', 'option `--format xlsx` writes a binary file: give `-o FILE.xlsx`, or redirect standard output');
  }
  const sink: Sink = options.output ? fileSink(options.output) : streamSink(io.stdout);
  if (format !== 'xlsx') return textDestination(sink);
  const rows = new XlsxRows(sink, sheet, columns);
  return {
    write: async (text) => rows.write(text),
    finish: async () => {
      await rows.end();
      sink.commit();
    },
    abort: () => sink.abort(),
  };
}
