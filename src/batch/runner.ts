import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentOutcome } from './document.js';
import { processChunk, type ChunkTask } from './process-document.js';

/** Where chunks of documents are processed: in this thread, or in a pool of worker threads. */
export interface ChunkRunner {
  run(task: Omit<ChunkTask, 'attempt'>): Promise<DocumentOutcome[]>;
  close(): Promise<void>;
}

export function inProcessRunner(): ChunkRunner {
  return { run: (task) => processChunk({ ...task, attempt: 1 }), close: async () => {} };
}

/**
 * The worker script, built. Under the tests this module runs from `src/`, where there is only
 * the TypeScript source: the build's copy (`npm test` builds first) is used then.
 */
function workerFile(): string {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside.href;
  return new URL('../../dist/batch/worker.js', import.meta.url).href;
}

/**
 * The heap a worker may use: half of the machine's memory shared among the workers, between
 * 512 MB and 2 GB. A document that needs more ends its worker (ERR_WORKER_OUT_OF_MEMORY) —
 * a failure of that document — instead of the whole process.
 */
export function workerHeapMb(jobs: number): number {
  return Math.round(Math.min(2048, Math.max(512, totalmem() / 2 ** 20 / 2 / jobs)));
}

const pool = (threads: number, heapMb: number) =>
  new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: Infinity, resourceLimits: { maxOldGenerationSizeMb: heapMb } });

/**
 * Once a thread of `workers` has loaded its dictionaries (an empty chunk, answered when they are):
 * a document's time budget (`--timeout-per-doc`) counts its extraction, not a thread's start,
 * which on a loaded machine can itself take a second or more. A thread that cannot load them is
 * not waited for here: its documents fail with the reason.
 */
const ready = (workers: Piscina): Promise<unknown> => workers.run({ documents: [], options: {}, attempt: 1 } satisfies ChunkTask).catch(() => undefined);

/** The default time one document may take in a worker before it is stopped: generous (a long report takes seconds). */
export const DEFAULT_TIMEOUT_MS = 120_000;

const failed = (document: ChunkTask['documents'][number], code: 'WORKER_DIED' | 'EXTRACT_TIMEOUT', message: string): DocumentOutcome =>
  ({ docId: document.docId, bytes: 0, records: [], rendered: null, claims: 0, claimsByKind: {}, failure: { code, message: `${document.name}: ${message}` } });

/**
 * `jobs` worker threads, each loading the dictionaries (and vntk's models) once. A worker that
 * dies (a crash, running out of its heap) or a chunk past its time takes only its chunk with
 * it, and only for a moment: each document of the chunk is tried again alone, in a separate
 * one-thread pool, with its own time budget, so the document that kills its worker or never
 * ends is the only one reported (WORKER_DIED, EXTRACT_TIMEOUT) — its neighbours are not lost
 * with it, and the documents after it are not held up for longer than the budget.
 */
export function workerRunner(jobs: number, timeoutMs = DEFAULT_TIMEOUT_MS): ChunkRunner {
  const heapMb = workerHeapMb(jobs);
  const workers = pool(jobs, heapMb);
  // A chunk's clock starts once every thread has its dictionaries: starting threads is not its time.
  let started: Promise<unknown> | undefined;
  let quarantine: Piscina | undefined;
  const alone = async (task: Omit<ChunkTask, 'attempt'>, document: ChunkTask['documents'][number]): Promise<DocumentOutcome> => {
    quarantine ??= pool(1, heapMb);
    // The thread that ran the document before (stopped past its time) is replaced by a new one:
    // that one's start is not this document's time either.
    await ready(quarantine);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const [outcome] = (await quarantine.run({ ...task, documents: [document], attempt: 2 }, { signal })) as DocumentOutcome[];
      return outcome!;
    } catch (error) {
      if (signal.aborted) return failed(document, 'EXTRACT_TIMEOUT', `stopped after ${timeoutMs / 1000} s (--timeout-per-doc)`);
      const e = error as NodeJS.ErrnoException | undefined;
      const why = e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `needed more than the ${heapMb} MB a worker may use` : (e?.message ?? String(error));
      return failed(document, 'WORKER_DIED', `its worker stopped twice (${why})`);
    }
  };
  return {
    async run(task) {
      await (started ??= Promise.all(Array.from({ length: jobs }, () => ready(workers))));
      try {
        return (await workers.run({ ...task, attempt: 1 }, { signal: AbortSignal.timeout(timeoutMs) })) as DocumentOutcome[];
      } catch {
        const outcomes: DocumentOutcome[] = [];
        for (const document of task.documents) outcomes.push(await alone(task, document));
        return outcomes;
      }
    },
    close: async () => {
      await Promise.all([workers.destroy(), quarantine?.destroy()]);
    },
  };
}
