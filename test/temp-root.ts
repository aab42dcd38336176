import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary folder a test makes (`mkdtempSync(join(tmpdir(), …))`,
 * Chromium's profile, a Dask worker's space) goes under one folder of this run, removed when the
 * run ends — a run leaves nothing in the system's temporary folder, however many tests it has.
 * Set here, in the process that starts the test workers, it reaches every worker through its
 * environment.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'solieu-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
