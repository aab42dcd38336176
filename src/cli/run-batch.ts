import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import type { BatchExtractOptions, DocumentResult, RenderSpec } from '../batch/document.js';
import { extractMany } from '../batch/extract-many.js';
import { formatSummary, SummaryCounter } from '../batch/summary.js';
import { SolieuError } from '../errors.js';
import type { OpenedDocuments } from './documents.js';
import { EXIT, type CliIO } from './io.js';
import { createProgress, type Progress } from './progress.js';

/** The options every batch command shares, as commander parses them. */
export interface BatchCommandOptions {
  jobs?: string;
  quiet?: boolean;
  summary?: boolean;
  summaryJson?: string | boolean;
  exitZero?: boolean;
}

/** `--jobs`: a whole number of worker threads, at least 1. Default: the number of cores. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new SolieuError('INVALID_OPTION', `option \`--jobs\` must be a whole number of at least 1, got "${value}"`);
  return jobs;
}

/**
 * Runs a batch for a command: extracts the documents (in parallel, in order), hands each result
 * to `onResult`, reports each failure on stderr and keeps going, shows progress and the summary
 * when asked or on a terminal. Returns the exit status: 1 when any document failed (0 with
 * `--exit-zero`).
 */
export async function runBatch(
  opened: OpenedDocuments,
  extractOptions: BatchExtractOptions & { render?: RenderSpec },
  options: BatchCommandOptions,
  io: CliIO,
  onResult: (result: DocumentResult) => void | Promise<void>,
): Promise<number> {
  const requested = parseJobs(options.jobs);
  // Starting threads costs more than a handful of documents gains.
  const jobs = opened.total === null ? requested : Math.max(1, Math.min(requested, opened.total));
  const terminal = !!io.stderr.isTTY && !options.quiet;
  const progress: Progress | null = terminal ? createProgress(io.stderr, opened.total) : null;
  const report = (line: string) => (progress ? progress.log(`${line}\n`) : io.stderr.write(`${line}\n`));
  const counter = new SummaryCounter();
  const started = performance.now();
  try {
    for await (const result of extractMany(opened.documents, { ...extractOptions, jobs })) {
      counter.add(result);
      if (result.failure) report(`solieu: ${result.failure.message}`);
      await onResult(result);
      progress?.update(counter.summary, (performance.now() - started) / 1000);
    }
  } finally {
    progress?.stop();
  }
  const summary = counter.finish();
  if (options.summary || terminal) io.stderr.write(formatSummary(summary));
  if (options.summaryJson) {
    const json = `${JSON.stringify(summary)}\n`;
    if (options.summaryJson === true || options.summaryJson === '-') io.stderr.write(json);
    else writeFileSync(options.summaryJson, json);
  }
  return summary.failed && !options.exitZero ? EXIT.someInputsFailed : EXIT.ok;
}
