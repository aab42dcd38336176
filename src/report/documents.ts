import type { ClaimRecord } from '../types.js';
import type { ReportData } from './data.js';
import { renderHighlightedText, type Span } from './highlight.js';
import { escapeHtml } from './html.js';
import { renderLegend } from './kinds.js';

interface DocumentView {
  name: string;
  text: string;
  records: readonly ClaimRecord[];
}

// A claim that could not be highlighted is still in the table; the document says how many,
// so a reader does not take a plain stretch of text for one without claims.
function renderDocumentMeta(spans: readonly (Span | null)[]): string {
  const missing = spans.filter((s) => s === null).length;
  const count = `${spans.length} ${spans.length === 1 ? 'claim' : 'claims'}`;
  if (!missing) return `<p class="doc-meta muted">${count}</p>`;
  return `<p class="doc-meta muted">${count} · <span class="warning">${missing} not highlighted: `
    + 'their offsets do not fit this text (was it normalized?)</span></p>';
}

/** Every document's text with its claims highlighted, under one colour key. */
export function renderDocuments(documents: readonly DocumentView[], spans: readonly (readonly (Span | null)[])[], data: Pick<ReportData, 'kinds'>): string {
  let firstClaim = 0;
  const articles = documents.map((d, i) => {
    const html = `<article class="doc" id="doc-${i}"><h3>${escapeHtml(d.name)}</h3>${renderDocumentMeta(spans[i]!)}`
      + `<div class="doc-text">${renderHighlightedText(d.text, d.records, spans[i]!, firstClaim)}</div></article>`;
    firstClaim += d.records.length;
    return html;
  });
  const body = articles.length ? articles.join('') : '<p class="muted">No documents.</p>';
  return `<section id="documents"><h2>Texts</h2>${renderLegend(data.kinds)}${body}</section>`;
}
