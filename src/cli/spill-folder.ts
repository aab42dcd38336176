import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A run's folder for spilled output, and how to remove it. */
export interface SpillFolder {
  path: string;
  remove(): void;
}

/**
 * The folder where a run's large documents spill their rendered output (`RenderedOutput` in
 * batch/process-document.ts), removed when the run ends however it ends: written out, failed,
 * or cut short by `process.exit` — a reader that closed the pipe, a Ctrl-C — while a worker
 * was still writing a spill file the main thread had not heard of yet.
 */
export function spillFolder(): SpillFolder {
  const path = mkdtempSync(join(tmpdir(), 'solieu-'));
  const remove = (): void => {
    process.off('exit', remove);
    rmSync(path, { recursive: true, force: true });
  };
  process.on('exit', remove);
  return { path, remove };
}
