import { STATUSES } from '../types.js';
import { escapeHtml } from './html.js';
import { fillTemplate, formatCount, type FieldName, type ReportStrings } from './strings/index.js';

interface Column {
  key: FieldName;
  /** How the column sorts: numerically, or by Vietnamese collation. */
  type: 'number' | 'text';
  /** Class of its cells: `num` right-aligned, `wide` for text that wraps, `nowrap` for short words, `name` for a document's title. */
  cell: string;
}

// The terminal table's columns (`TABLE_FIELDS`), with the file shown as the document's title.
const COLUMNS: readonly Column[] = [
  { key: 'doc', type: 'text', cell: 'name' },
  { key: 'line', type: 'number', cell: 'num' },
  { key: 'kind', type: 'text', cell: 'nowrap' },
  { key: 'value', type: 'number', cell: 'num' },
  { key: 'qualifier', type: 'text', cell: 'nowrap' },
  { key: 'change', type: 'text', cell: 'nowrap' },
  { key: 'status', type: 'text', cell: 'nowrap' },
  { key: 'unit', type: 'text', cell: '' },
  { key: 'subject', type: 'text', cell: 'wide' },
  { key: 'text', type: 'text', cell: 'nowrap' },
];

function renderHeader(column: Column, s: ReportStrings): string {
  return `<th scope="col" data-key="${column.key}" data-type="${column.type}" data-cell="${column.cell}" aria-sort="none">`
    + `<button type="button">${escapeHtml(s.fields[column.key])} <span class="sort-mark" aria-hidden="true"></span></button></th>`;
}

const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
const select = (id: string, label: string, options: string) =>
  `<label>${escapeHtml(label)} <select id="${id}">${options}</select></label>`;

// The filters; the script adds the kinds' checkboxes and the units and documents present.
function renderControls(severalDocuments: boolean, s: ReportStrings): string {
  const f = s.filters;
  return `<div class="controls"><fieldset class="kinds" id="kind-filter"><legend>${escapeHtml(f.kinds)}</legend></fieldset>`
    + select('unit-filter', f.unit, option('', f.allUnits))
    // Results apart from targets, forecasts and rules (SPEC §3b): a fact-checker reads them differently.
    + select('status-filter', f.status, option('', f.allStatuses) + STATUSES.map((st) => option(st, s.statuses[st])).join(''))
    + (severalDocuments ? select('doc-filter', f.document, option('', f.allDocuments)) : '')
    + `<label>${escapeHtml(f.search)} <input type="search" id="search" placeholder="${escapeHtml(f.searchPlaceholder)}" autocomplete="off"></label>`
    + `<button type="button" id="download-csv">${escapeHtml(f.downloadCsv)}</button></div>`;
}

// Past one page of rows the table shows a page at a time: a few hundred rows in the page
// make it slow to lay out and long to scroll past, and sorting and filtering still see all.
function renderPager(s: ReportStrings): string {
  const button = (id: string, label: string) => `<button type="button" id="${id}">${escapeHtml(label)}</button>`;
  return `<nav class="pager" id="pager" aria-label="${escapeHtml(s.pager.label)}" hidden>`
    + button('page-first', s.pager.first) + button('page-previous', s.pager.previous)
    + '<span id="page-info" aria-live="polite"></span>'
    + button('page-next', s.pager.next) + button('page-last', s.pager.last) + '</nav>';
}

/**
 * The claims table's frame: filters, row count, CSV button, header and pager. The page's
 * script fills the body from the embedded data, so sorting and filtering never re-read the
 * HTML. The document column and filter appear only when there is more than one document.
 */
export function renderClaimsSection(claimCount: number, severalDocuments: boolean, s: ReportStrings): string {
  const columns = COLUMNS.filter((c) => severalDocuments || c.key !== 'doc');
  const count = formatCount(claimCount, s);
  const showing = fillTemplate(escapeHtml(s.table.showing), {
    shown: `<b id="shown-count">${count}</b>`,
    total: `<span id="total-count">${count}</span>`,
  });
  return `<section id="claims"><h2>${escapeHtml(s.sections.claims)}</h2>`
    + `<noscript><p class="warning">${escapeHtml(s.table.needsScript)}</p></noscript>`
    + renderControls(severalDocuments, s)
    + `<p class="row-count" aria-live="polite">${showing} <span class="muted row-hint">${escapeHtml(s.table.hint)}</span></p>`
    + `<div class="table-box"><table id="claims-table"><thead><tr>${columns.map((c) => renderHeader(c, s)).join('')}</tr></thead><tbody></tbody></table>`
    + `<p id="no-rows" class="muted" hidden>${escapeHtml(s.table.noRows)}</p></div>${renderPager(s)}</section>`;
}
