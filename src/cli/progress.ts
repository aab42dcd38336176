import cliProgress from 'cli-progress';
import type { BatchSummary } from '../batch/summary.js';
import { makeTerminalSafe } from '../text/terminal-safe.js';
import type { OutputStream } from './io.js';

/** A progress display on stderr, and the way to print lines above it without garbling it (or letting them drive the terminal). */
export interface Progress {
  update(summary: BatchSummary, seconds: number): void;
  log(line: string): void;
  stop(): void;
}

const rate = (s: BatchSummary, seconds: number) => (seconds > 0 ? s.bytes / 1e6 / seconds : 0).toFixed(1);

/**
 * cli-progress's bar on stderr: documents done of all (a bar, a percentage and a time left
 * when the total is known, as for files; a running count for JSON Lines streams), MB/s and
 * failures so far. Redrawn at most ten times a second.
 */
export function createProgress(stream: OutputStream, total: number | null): Progress {
  const known = total !== null;
  const format = known
    ? '{bar} {percentage}% | {value}/{total} documents | {mbps} MB/s | ETA {eta_formatted} | {failed} failed'
    : '{value} documents | {mbps} MB/s | {duration_formatted} | {failed} failed';
  const bars = new cliProgress.MultiBar(
    { stream: stream as NodeJS.WritableStream, format, hideCursor: true, clearOnComplete: false, barsize: 24, fps: 10, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total ?? 0, 0, { mbps: '0.0', failed: 0 });
  return {
    update: (s, seconds) => bar.update(s.documents, { mbps: rate(s, seconds), failed: s.failed }),
    // The bar writes on the raw stream (its cursor moves must get through): lines above it are made safe here.
    log: (line) => bars.log(makeTerminalSafe(line)),
    stop: () => {
      bars.update(); // prints the lines logged since the last redraw, which stop() alone drops
      bars.stop();
    },
  };
}
