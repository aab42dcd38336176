import type { ErrorCode } from '../errors.js';
import { ALL_KINDS, type Kind } from '../types.js';
import type { DocumentResult } from './document.js';

/** Failures kept by name in a summary; past this only their number grows, so memory stays flat. */
export const MAX_LISTED_FAILURES = 1000;

/** What a batch did, for people (`formatSummary`) and machines (`--summary-json`). */
export interface BatchSummary {
  documents: number;
  failed: number;
  claims: number;
  claimsByKind: Partial<Record<Kind, number>>;
  /** UTF-8 bytes of text extracted. */
  bytes: number;
  seconds: number;
  failuresByCode: Partial<Record<ErrorCode, number>>;
  /** The first `MAX_LISTED_FAILURES` failures, in input order. */
  failures: { name: string; code: ErrorCode; message: string }[];
  /** The process's peak resident memory, in MB (worker threads included). */
  peakRssMB?: number;
}

/** Adds up document results as they arrive. */
export class SummaryCounter {
  private readonly started = performance.now();
  readonly summary: BatchSummary = {
    documents: 0, failed: 0, claims: 0, claimsByKind: {}, bytes: 0, seconds: 0, failuresByCode: {}, failures: [],
  };

  add(result: DocumentResult): void {
    const s = this.summary;
    s.documents++;
    s.bytes += result.bytes;
    s.claims += result.claims;
    for (const [kind, n] of Object.entries(result.claimsByKind) as [Kind, number][]) s.claimsByKind[kind] = (s.claimsByKind[kind] ?? 0) + n;
    if (result.failure) {
      s.failed++;
      s.failuresByCode[result.failure.code] = (s.failuresByCode[result.failure.code] ?? 0) + 1;
      if (s.failures.length < MAX_LISTED_FAILURES) s.failures.push({ name: result.name, ...result.failure });
    }
  }

  /** The summary with the time taken and peak memory so far. */
  finish(): BatchSummary {
    this.summary.seconds = Number(((performance.now() - this.started) / 1000).toFixed(3));
    this.summary.peakRssMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
    return this.summary;
  }
}

const SHOWN_FAILURES = 20;

/** The summary as a few lines for a terminal. */
export function formatSummary(s: BatchSummary): string {
  const mb = s.bytes / 1e6;
  const kinds = ALL_KINDS.filter((k) => s.claimsByKind[k]).map((k) => `${k} ${s.claimsByKind[k]}`).join(', ');
  const lines = [
    `${s.documents} document${s.documents === 1 ? '' : 's'}, ${s.claims} claim${s.claims === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}`,
    `${mb.toFixed(1)} MB of text in ${s.seconds.toFixed(1)} s${s.seconds > 0 ? ` (${(mb / s.seconds).toFixed(1)} MB/s)` : ''}`,
  ];
  if (s.failed) {
    const codes = Object.entries(s.failuresByCode).map(([code, n]) => `${code} ${n}`).join(', ');
    lines.push(`${s.failed} failed (${codes}):`);
    for (const f of s.failures.slice(0, SHOWN_FAILURES)) lines.push(`  ${f.message}`);
    if (s.failed > SHOWN_FAILURES) lines.push(`  … and ${s.failed - SHOWN_FAILURES} more`);
  }
  return lines.map((l) => `solieu: ${l}\n`).join('');
}
