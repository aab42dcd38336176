import { existsSync } from 'node:fs';
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

const pool = (threads: number) => new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: Infinity });

/**
 * `jobs` worker threads, each loading the dictionaries (and vntk's models) once. A worker that
 * dies takes only its chunk with it, and only for a moment: each document of the chunk is tried
 * again alone, in a separate one-thread pool, so a document that kills its worker every time
 * is the only one reported (WORKER_DIED) — its neighbours are not lost with it.
 */
export function workerRunner(jobs: number): ChunkRunner {
  const workers = pool(jobs);
  let quarantine: Piscina | undefined;
  const alone = async (task: Omit<ChunkTask, 'attempt'>, document: ChunkTask['documents'][number]): Promise<DocumentOutcome> => {
    quarantine ??= pool(1);
    try {
      const [outcome] = (await quarantine.run({ ...task, documents: [document], attempt: 2 })) as DocumentOutcome[];
      return outcome!;
    } catch (error) {
      const message = `${document.name}: its worker stopped twice (${(error as Error)?.message ?? String(error)})`;
      return { docId: document.docId, bytes: 0, records: [], rendered: null, claims: 0, claimsByKind: {}, failure: { code: 'WORKER_DIED', message } };
    }
  };
  return {
    async run(task) {
      try {
        return (await workers.run({ ...task, attempt: 1 })) as DocumentOutcome[];
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
