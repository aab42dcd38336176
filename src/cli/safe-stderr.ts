import { makeTerminalSafe } from '../text/terminal-safe.js';
import type { OutputStream } from './io.js';

const RAW = Symbol('the stream beneath');

type SafeStream = OutputStream & { [RAW]: OutputStream };

/**
 * `stream` with every chunk made safe for a terminal on its way (`makeTerminalSafe`): what
 * solieu writes on stderr names files and quotes errors, and a file name can hold an escape
 * sequence or a bidi override. The placeholders are JSON escapes, so `--summary-json` on stderr
 * stays the same JSON. Every chunk solieu writes there is whole lines, so no sequence is split.
 */
export function terminalSafeStream(stream: OutputStream): OutputStream {
  if (RAW in stream) return stream;
  const safe: SafeStream = {
    write: (chunk) => stream.write(typeof chunk === 'string' ? makeTerminalSafe(chunk) : chunk),
    isTTY: stream.isTTY,
    [RAW]: stream,
  };
  if (stream.once) safe.once = (event, listener) => stream.once!(event, listener);
  return safe;
}

/** The stream beneath `terminalSafeStream`, for the progress bar, whose own cursor moves must get through. */
export const rawStream = (stream: OutputStream): OutputStream => (RAW in stream ? (stream as SafeStream)[RAW] : stream);
