/**
 * The claims table: `order` holds every claim in the sorted order, `shown` those that pass the
 * filters, and the body shows one page of `shown` — rows are built the first time they are
 * shown and kept, so sorting, filtering and paging a report of thousands of claims stay quick
 * and the page holds a hundred rows, not thousands. The columns are the header cells the page
 * was rendered with (`data-key`, `data-type`, `data-cell`).
 */
export const TABLE_SCRIPT = String.raw`
var PAGE_SIZE = 100;
var table = document.getElementById('claims-table');
var tbody = table.tBodies[0];
var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
var rows = [];
var order = claims.map(function (claim, index) { return index; });
var passing = claims.map(function () { return true; });
var shown = order.slice();
var pageIndex = 0;
var printing = false;
var sortKey = null;
var sortDirection = 1;

function cellText(claim, key) {
  var r = claim.record;
  if (key === 'doc') return data.documents[claim.doc].title;
  if (key === 'value') return claim.valueText;
  if (key === 'kind') return label(ui.kinds, r.kind);
  if (key === 'status') return label(ui.statuses, r.status);
  if (key === 'qualifier') return label(ui.qualifiers, r.qualifier);
  if (key === 'change') return label(ui.changes, r.change);
  var value = r[key];
  return value === null || value === undefined ? '' : String(value);
}

// A file name may wrap after - _ . / and nowhere else, so a narrow column on a phone reads
// "dantri-/business_/003.txt" rather than breaking inside a word. A title wraps at its spaces.
function appendBreakable(node, text) {
  if (/\s/.test(text)) return node.appendChild(document.createTextNode(text));
  text.split(/(?<=[-_.\/])/).forEach(function (part, i) {
    if (i) node.appendChild(document.createElement('wbr'));
    node.appendChild(document.createTextNode(part));
  });
}

function buildRow(claim, index) {
  var tr = element('tr');
  tr.setAttribute('data-claim', String(index));
  headers.forEach(function (th) {
    var key = th.getAttribute('data-key');
    var td = element('td', th.getAttribute('data-cell'));
    if (key === 'kind') td.appendChild(element('span', 'kind-chip ' + kindClass(claim.record.kind), cellText(claim, key)));
    else if (key === 'doc') {
      appendBreakable(td, cellText(claim, key));
      td.title = data.documents[claim.doc].name;
    } else td.textContent = cellText(claim, key);
    tr.appendChild(td);
  });
  if (claim.placed) tr.tabIndex = 0;
  else {
    tr.className = 'unplaced';
    tr.title = ui.table.unplaced;
  }
  return tr;
}

function rowOf(index) {
  return rows[index] || (rows[index] = buildRow(claims[index], index));
}

// The page of shown rows at pageIndex, and the pager under it (hidden when one page holds them
// all). Paper has no pager: printing lays out every shown row.
function renderRows() {
  var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  pageIndex = Math.min(Math.max(pageIndex, 0), pages - 1);
  var from = printing ? 0 : pageIndex * PAGE_SIZE;
  var to = printing ? shown.length : Math.min(from + PAGE_SIZE, shown.length);
  var fragment = document.createDocumentFragment();
  for (var i = from; i < to; i++) fragment.appendChild(rowOf(shown[i]));
  tbody.textContent = '';
  tbody.appendChild(fragment);
  document.getElementById('pager').hidden = pages < 2;
  document.getElementById('page-info').textContent = fill(ui.pager.page, { page: formatCount(pageIndex + 1), pages: formatCount(pages) })
    + ' \u00b7 ' + fill(ui.pager.rows, { from: formatCount(from + 1), to: formatCount(to) });
  document.getElementById('page-first').disabled = document.getElementById('page-previous').disabled = pageIndex === 0;
  document.getElementById('page-last').disabled = document.getElementById('page-next').disabled = pageIndex === pages - 1;
}

// After a sort or a change of filters: the shown claims anew, from the first page.
function refreshRows() {
  shown = order.filter(function (index) { return passing[index]; });
  pageIndex = 0;
  renderRows();
}

function goToPage(index) {
  pageIndex = index;
  renderRows();
  table.parentNode.scrollTop = 0;
}

// Numbers sort by value, then the top of a range, then the denominator; text by Vietnamese
// collation. Empty cells go last either way, and ties keep the text's order.
function sortValue(claim, key) {
  var r = claim.record;
  if (key === 'value') {
    if (typeof r.value !== 'number' || isNaN(r.value)) return null;
    return [r.value, typeof r.value_max === 'number' ? r.value_max : r.value, typeof r.denominator === 'number' ? r.denominator : 0];
  }
  if (key === 'line') return typeof r.line === 'number' ? [r.line, claim.doc] : null;
  return cellText(claim, key);
}

function compareLists(a, b) {
  for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function sortRows() {
  var numeric = table.querySelector('th[data-key="' + sortKey + '"]').getAttribute('data-type') === 'number';
  var keys = claims.map(function (claim) { return sortValue(claim, sortKey); });
  order.sort(function (x, y) {
    var a = keys[x];
    var b = keys[y];
    var aEmpty = a === null || a === '';
    var bEmpty = b === null || b === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    var difference = aEmpty ? 0 : numeric ? compareLists(a, b) : collator.compare(a, b);
    return difference * sortDirection || x - y;
  });
  refreshRows();
}

function showSortState() {
  headers.forEach(function (th) {
    var on = th.getAttribute('data-key') === sortKey;
    th.setAttribute('aria-sort', on ? (sortDirection > 0 ? 'ascending' : 'descending') : 'none');
    th.querySelector('.sort-mark').textContent = on ? (sortDirection > 0 ? '\u25b2' : '\u25bc') : '\u2195';
  });
}

function sortBy(key) {
  if (sortKey === key) sortDirection = -sortDirection;
  else {
    sortKey = key;
    sortDirection = 1;
  }
  sortRows();
  showSortState();
}

function rowIsShown(index) {
  return passing[index];
}

// The row's page first: a claim opened from the text may be on any of them.
function showRow(index) {
  var at = shown.indexOf(index);
  if (at < 0) return;
  pageIndex = Math.floor(at / PAGE_SIZE);
  renderRows();
  var tr = rowOf(index);
  tr.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  flash(tr);
  tr.focus({ preventScroll: true });
}

function initTable() {
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () { sortBy(th.getAttribute('data-key')); });
  });
  showSortState();
  var last = function () { return Math.ceil(shown.length / PAGE_SIZE) - 1; };
  document.getElementById('page-first').addEventListener('click', function () { goToPage(0); });
  document.getElementById('page-previous').addEventListener('click', function () { goToPage(pageIndex - 1); });
  document.getElementById('page-next').addEventListener('click', function () { goToPage(pageIndex + 1); });
  document.getElementById('page-last').addEventListener('click', function () { goToPage(last()); });
  window.addEventListener('beforeprint', function () { printing = true; renderRows(); });
  window.addEventListener('afterprint', function () { printing = false; renderRows(); });
  tbody.addEventListener('keydown', function (event) {
    var tr = event.target.closest('tr');
    if (tr && event.key === 'Enter' && !tr.classList.contains('unplaced')) goToClaim(Number(tr.getAttribute('data-claim')));
  });
  renderRows();
}
`;
