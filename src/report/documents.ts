import type { ClaimRecord } from '../types.js';
import type { ReportData } from './data.js';
import { renderHighlightedText, type Span } from './highlight.js';
import { escapeHtml } from './html.js';
import { renderLegend } from './kinds.js';
import { countOf, fillTemplate, formatCount, type ReportStrings } from './strings/index.js';

interface DocumentView {
  text: string;
  records: readonly ClaimRecord[];
}

// A claim that could not be highlighted is still in the table; the document says how many,
// so a reader does not take a plain stretch of text for one without claims.
function renderDocumentMeta(spans: readonly (Span | null)[], s: ReportStrings): string {
  const missing = spans.filter((span) => span === null).length;
  const count = escapeHtml(countOf(spans.length, s.texts.claims, s));
  if (!missing) return `<p class="doc-meta muted">${count}</p>`;
  return `<p class="doc-meta muted">${count} · <span class="warning">${escapeHtml(fillTemplate(s.texts.notHighlighted, { n: formatCount(missing, s) }))}</span></p>`;
}

/**
 * Past two documents the texts are read one at a time: the script shows the one picked here (or
 * the one a claim is opened in) and hides the others, so forty articles do not make the page
 * forty screens long. One or two (a comparison) all show, each in a box of its own.
 * Without the script every text shows.
 */
const ONE_AT_A_TIME = 3;

function renderPicker(documents: ReportData['documents'], counts: readonly number[], s: ReportStrings): string {
  const options = documents.map((d, i) => `<option value="${i}">${escapeHtml(d.title)} (${formatCount(counts[i]!, s)})</option>`);
  return `<div class="doc-picker" id="doc-picker-box" hidden><label>${escapeHtml(s.texts.picker)} <select id="doc-picker">${options.join('')}</select></label>`
    + `<button type="button" id="doc-previous">${escapeHtml(s.texts.previous)}</button>`
    + `<button type="button" id="doc-next">${escapeHtml(s.texts.next)}</button></div>`;
}

/**
 * Every document's text with its claims highlighted, under one colour key: its title as the
 * heading (the path it was read from on hover), each text in a box that scrolls on its own.
 */
export function renderDocuments(documents: readonly DocumentView[], spans: readonly (readonly (Span | null)[])[], data: Pick<ReportData, 'kinds' | 'documents'>, s: ReportStrings): string {
  let firstClaim = 0;
  const articles = documents.map((d, i) => {
    const { name, title } = data.documents[i]!;
    const html = `<article class="doc" id="doc-${i}"><h3 title="${escapeHtml(name)}">${escapeHtml(title)}</h3>${renderDocumentMeta(spans[i]!, s)}`
      + `<div class="doc-text">${renderHighlightedText(d.text, d.records, spans[i]!, firstClaim)}</div></article>`;
    firstClaim += d.records.length;
    return html;
  });
  const picker = documents.length >= ONE_AT_A_TIME ? renderPicker(data.documents, documents.map((d) => d.records.length), s) : '';
  const body = articles.length ? articles.join('') : `<p class="muted">${escapeHtml(s.texts.none)}</p>`;
  return `<section id="documents"><h2>${escapeHtml(s.sections.texts)}</h2>${renderLegend(data.kinds, s)}${picker}${body}</section>`;
}
