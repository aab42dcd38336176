interface Column {
  key: string;
  label: string;
  /** How the column sorts: numerically, or by Vietnamese collation. */
  type: 'number' | 'text';
  /** Class of its cells: `num` right-aligned, `wide` for text that wraps, `nowrap` for short words, `name` for a file name that may break anywhere. */
  cell: string;
}

// The terminal table's columns (`TABLE_FIELDS`), with the file shown as the document's name.
const COLUMNS: readonly Column[] = [
  { key: 'doc', label: 'document', type: 'text', cell: 'name' },
  { key: 'line', label: 'line', type: 'number', cell: 'num' },
  { key: 'kind', label: 'kind', type: 'text', cell: 'nowrap' },
  { key: 'value', label: 'value', type: 'number', cell: 'num' },
  { key: 'qualifier', label: 'qualifier', type: 'text', cell: 'nowrap' },
  { key: 'change', label: 'change', type: 'text', cell: 'nowrap' },
  { key: 'status', label: 'status', type: 'text', cell: 'nowrap' },
  { key: 'unit', label: 'unit', type: 'text', cell: '' },
  { key: 'subject', label: 'subject', type: 'text', cell: 'wide' },
  { key: 'text', label: 'text', type: 'text', cell: 'nowrap' },
];

function renderHeader(column: Column): string {
  return `<th scope="col" data-key="${column.key}" data-type="${column.type}" data-cell="${column.cell}" aria-sort="none">`
    + `<button type="button">${column.label} <span class="sort-mark" aria-hidden="true"></span></button></th>`;
}

/**
 * The claims table's frame: filters, row count, CSV button and header. The page's script
 * fills the body from the embedded data, so sorting and filtering never re-read the HTML.
 * The document column and filter appear only when there is more than one document.
 */
export function renderClaimsSection(claimCount: number, severalDocuments: boolean): string {
  const columns = COLUMNS.filter((c) => severalDocuments || c.key !== 'doc');
  const documentFilter = severalDocuments
    ? '<label>Document <select id="doc-filter"><option value="">All documents</option></select></label>'
    : '';
  return `<section id="claims"><h2>Claims</h2>`
    + '<noscript><p class="warning">The table needs JavaScript; the texts below are highlighted without it.</p></noscript>'
    + '<div class="controls"><fieldset class="kinds" id="kind-filter"><legend>Kinds</legend></fieldset>'
    + '<label>Unit <select id="unit-filter"><option value="">All units</option></select></label>'
    // Results apart from targets, forecasts and rules (SPEC §3b): a fact-checker reads them differently.
    + '<label>Status <select id="status-filter"><option value="">All statuses</option>'
    + ['actual', 'target', 'forecast', 'rule'].map((s) => `<option value="${s}">${s}</option>`).join('')
    + '</select></label>'
    + documentFilter
    + '<label>Search <input type="search" id="search" placeholder="unit, subject, text, sentence" autocomplete="off"></label>'
    + '<button type="button" id="download-csv">Download CSV</button></div>'
    + `<p class="row-count" aria-live="polite">Showing <b id="shown-count">${claimCount}</b> of <span id="total-count">${claimCount}</span> claims`
    + ' <span class="muted row-hint">· click a header to sort, a row to see the claim in its text</span></p>'
    + `<div class="table-box"><table id="claims-table"><thead><tr>${columns.map(renderHeader).join('')}</tr></thead><tbody></tbody></table>`
    + '<p id="no-rows" class="muted" hidden>No claims match the filters.</p></div></section>';
}
