import { getLexicon } from '../lexicon/load.js';
import type { DocumentOutcome } from './document.js';
import { processChunk, type ChunkTask } from './process-document.js';

/**
 * Test hook, off unless set: `SOLIEU_FAULT_INJECTION=exit-worker:NAME` ends the worker thread
 * the first time it is given document NAME (`exit-worker-always:NAME`: every time), as a
 * crash would; `hang:NAME` keeps it busy for ever, as an extraction that never ends would —
 * the way the tests show that a dead or stuck worker costs at most its own document.
 * (`throw:NAME`, in `processDocument`, makes extracting NAME throw, as a bug would.)
 */
function injectFault(task: ChunkTask): void {
  const fault = /^(exit-worker|exit-worker-always|hang):(.+)$/.exec(process.env.SOLIEU_FAULT_INJECTION ?? '');
  if (!fault || (fault[1] === 'exit-worker' && task.attempt > 1)) return;
  if (!task.documents.some((d) => d.name === fault[2])) return;
  if (fault[1] === 'hang') for (;;);
  process.exit(70);
}

let loaded = false;

/**
 * Loads the dictionaries, once per thread. Test hook, off unless set: `slow-start:MS` makes it
 * take MS milliseconds longer, as on a loaded machine — the way the tests show that a worker's
 * start-up is not charged to a document's `--timeout-per-doc`.
 */
function loadDictionaries(): void {
  if (loaded) return;
  const slow = /^slow-start:(\d+)$/.exec(process.env.SOLIEU_FAULT_INJECTION ?? '');
  if (slow) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(slow[1]));
  getLexicon();
  loaded = true;
}

// The dictionaries load as the thread starts, while the main thread is still reading the
// first documents: a single article does not wait for them after it arrives.
setImmediate(loadDictionaries);

/**
 * A worker thread of the pool: a chunk of documents in, their outcomes out. An empty chunk is
 * the runner asking whether the thread is ready: answered once its dictionaries are loaded.
 */
export default function run(task: ChunkTask): Promise<DocumentOutcome[]> {
  if (task.documents.length === 0) {
    loadDictionaries();
    return Promise.resolve([]);
  }
  injectFault(task);
  return processChunk(task);
}
