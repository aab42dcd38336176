import type { ClaimRecord } from '../types.js';
import { escapeHtml } from './html.js';
import { kindClass } from './kinds.js';

/** Where a claim is highlighted in its document's text (UTF-16 offsets, `end` exclusive). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where each record goes in `text`, or null when it cannot go anywhere. Records come with
 * offsets into the normalized text; a caller that hands over another text (raw, CRLF) would
 * shift them, so a span whose slice is not the record's `text` is looked for again after the
 * previous claim. Claims never overlap, but a span that overlaps one already placed is
 * dropped rather than nested, so the highlighted text always reads exactly like the original.
 */
export function placeClaims(text: string, records: readonly ClaimRecord[]): (Span | null)[] {
  const spans: (Span | null)[] = records.map(() => null);
  const order = records.map((_, i) => i).sort((x, y) => records[x]!.start - records[y]!.start);
  let placedUpTo = 0;
  for (const i of order) {
    const span = findSpan(text, records[i]!, placedUpTo);
    if (!span) continue;
    spans[i] = span;
    placedUpTo = span.end;
  }
  return spans;
}

function findSpan(text: string, record: ClaimRecord, from: number): Span | null {
  const { start, end } = record;
  const wanted = typeof record.text === 'string' ? record.text : '';
  if (!wanted) return null;
  if (Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === wanted) {
    return start >= from ? { start, end } : null;
  }
  const at = text.indexOf(wanted, from);
  return at < 0 ? null : { start: at, end: at + wanted.length };
}

/**
 * The text as HTML with one `<mark class="claim">` per placed claim; `firstClaim` is the
 * index of the document's first record among all the report's claims, which the marks carry
 * so the table and the pop-up can find them. Line breaks stay `\n` (the CSS keeps them).
 */
export function renderHighlightedText(text: string, records: readonly ClaimRecord[], spans: readonly (Span | null)[], firstClaim: number): string {
  const marks = spans
    .map((span, i) => ({ span, i }))
    .filter((m): m is { span: Span; i: number } => m.span !== null)
    .sort((x, y) => x.span.start - y.span.start);
  // Pieces joined once at the end: the page stays linear in the text, however many claims it has.
  const html: string[] = [];
  let at = 0;
  for (const { span, i } of marks) {
    const claim = firstClaim + i;
    html.push(escapeHtml(text.slice(at, span.start)));
    html.push(`<mark class="claim ${kindClass(String(records[i]!.kind))}" id="claim-${claim}" data-claim="${claim}" tabindex="0" role="button">`
      + `${escapeHtml(text.slice(span.start, span.end))}</mark>`);
    at = span.end;
  }
  html.push(escapeHtml(text.slice(at)));
  return html.join('');
}
