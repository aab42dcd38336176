import { availableParallelism } from 'node:os';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BatchExtractOptions, DocumentResult, RenderSpec } from '../batch/document.js';
import { extractMany } from '../batch/extract-many.js';
import { formatSummary, SummaryCounter } from '../batch/summary.js';
import { SolieuError } from '../errors.js';
import { makeTerminalSafe } from '../text/terminal-safe.js';
import type { OpenedDocuments } from './documents.js';
import { EXIT, type CliIO } from './io.js';
import { fileSink, refuseOutputOverInput } from './output.js';
import { createProgress, type Progress } from './progress.js';
import { rawStream } from './safe-stderr.js';

/** The options every batch command shares, as commander parses them. */
export interface BatchCommandOptions {
  jobs?: string;
  timeoutPerDoc?: string;
  quiet?: boolean;
  summary?: boolean;
  summaryJson?: string | boolean;
  exitZero?: boolean;
}

/**
 * `--jobs`: a whole number of worker threads, at least 1, at most the number of cores (more
 * threads than cores only add memory: each holds the dictionaries). Default: the number of cores.
 */
export function parseJobs(value: string | undefined, cores = availableParallelism()): number {
  if (value === undefined) return cores;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new SolieuError('INVALID_OPTION', `option \`--jobs\` must be a whole number of at least 1, got "${value}"`);
  return Math.min(jobs, cores);
}

/** `--timeout-per-doc`: seconds one document may take, more than 0. Default 120. */
export function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new SolieuError('INVALID_OPTION', `option \`--timeout-per-doc\` must be a number of seconds above 0, got "${value}"`);
  return seconds * 1000;
}

/** The file `--summary-json FILE` names; none when the summary goes to stderr. */
function summaryFile(options: BatchCommandOptions): string | undefined {
  return typeof options.summaryJson === 'string' && options.summaryJson !== '-' ? options.summaryJson : undefined;
}

/** A path as the file system sees it (links and `..` resolved), also for a file not there yet. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Usage errors of a batch command's output files, found before anything is read: `-o` or
 * `--summary-json` naming one of the inputs, or both naming one file (the summary would
 * replace the output).
 */
export async function refuseOutputsOverInputs(inputs: readonly string[], options: BatchCommandOptions & { output?: string; filesFrom?: string }): Promise<void> {
  const summary = summaryFile(options);
  await refuseOutputOverInput(options.output, inputs, { filesFrom: options.filesFrom });
  await refuseOutputOverInput(summary, inputs, { filesFrom: options.filesFrom, option: '--summary-json' });
  if (summary && options.output && realTarget(summary) === realTarget(options.output)) {
    throw new SolieuError('INVALID_OPTION', `option \`--summary-json\` must name another file than \`--output\`, got "${summary}"`, summary);
  }
}

/** Writes the summary file like any output (atomically); a failure is `OUTPUT_FAILED`, naming the option. */
function writeSummaryFile(path: string, json: string): void {
  try {
    const sink = fileSink(path);
    sink.write(json);
    sink.commit();
  } catch (error) {
    if (!(error instanceof SolieuError)) throw error;
    throw new SolieuError('OUTPUT_FAILED', `option \`--summary-json\`: ${error.message}`, path);
  }
}

/**
 * Runs a batch for a command: extracts the documents (in parallel, in order), hands each result
 * to `onResult`, reports each failure on stderr and keeps going, shows progress and the summary
 * when asked or on a terminal. Then `finish` completes and commits the command's own output,
 * before the summary file is written: a summary that cannot be written (OUTPUT_FAILED) leaves
 * that output whole. Returns the exit status: 1 when any document failed (0 with `--exit-zero`).
 */
export async function runBatch(
  opened: OpenedDocuments,
  extractOptions: BatchExtractOptions & { render?: RenderSpec },
  options: BatchCommandOptions,
  io: CliIO,
  onResult: (result: DocumentResult) => void | Promise<void>,
  finish?: () => void | Promise<void>,
): Promise<number> {
  const requested = parseJobs(options.jobs);
  const timeoutMs = parseTimeout(options.timeoutPerDoc);
  // Starting threads costs more than a handful of documents gains.
  const jobs = opened.total === null ? requested : Math.max(1, Math.min(requested, opened.total));
  // Progress and the summary are for many documents: one article has its output to show for itself.
  const many = opened.total === null || opened.total > 1;
  const terminal = !!io.stderr.isTTY && !options.quiet && many;
  // The bar draws with cursor moves of its own: it gets the stream beneath the terminal-safe one.
  const progress: Progress | null = terminal ? createProgress(rawStream(io.stderr), opened.total) : null;
  // A failure names its file, which can hold escape sequences: shown, not obeyed.
  const report = (line: string) => (progress ? progress.log(`${line}\n`) : io.stderr.write(`${makeTerminalSafe(line)}\n`));
  const counter = new SummaryCounter();
  const started = performance.now();
  try {
    for await (const result of extractMany(opened.documents, { ...extractOptions, jobs, timeoutMs, isolate: true })) {
      counter.add(result);
      for (const warning of result.warnings ?? []) report(`solieu: ${warning}`);
      if (result.failure) report(`solieu: ${result.failure.message}`);
      await onResult(result);
      progress?.update(counter.summary, (performance.now() - started) / 1000);
    }
  } finally {
    progress?.stop();
  }
  await finish?.();
  const summary = counter.finish();
  if (options.summary || terminal) io.stderr.write(formatSummary(summary));
  if (options.summaryJson) {
    const json = `${JSON.stringify(summary)}\n`;
    const file = summaryFile(options);
    if (file) writeSummaryFile(file, json);
    else io.stderr.write(json);
  }
  return summary.failed && !options.exitZero ? EXIT.someInputsFailed : EXIT.ok;
}
