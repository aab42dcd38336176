/**
 * The claims table: rows built once from the data, then only reordered (sorting) and hidden
 * (filtering), so a report of thousands of claims stays quick. The columns are the header
 * cells the page was rendered with (`data-key`, `data-type`, `data-cell`).
 */
export const TABLE_SCRIPT = String.raw`
var table = document.getElementById('claims-table');
var tbody = table.tBodies[0];
var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
var rows = [];
var order = claims.map(function (claim, index) { return index; });
var sortKey = null;
var sortDirection = 1;

function cellText(claim, key) {
  if (key === 'doc') return data.documents[claim.doc].name;
  if (key === 'value') return claim.valueText;
  var value = claim.record[key];
  return value === null || value === undefined ? '' : String(value);
}

// A file name may wrap after - _ . / and nowhere else, so a narrow column on a phone reads
// "dantri-/business_/003.txt" rather than breaking inside a word.
function appendBreakable(node, text) {
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
    if (key === 'kind') td.appendChild(element('span', 'kind-chip ' + kindClass(claim.record.kind), claim.record.kind));
    else if (key === 'doc') appendBreakable(td, cellText(claim, key));
    else td.textContent = cellText(claim, key);
    tr.appendChild(td);
  });
  if (claim.placed) tr.tabIndex = 0;
  else {
    tr.className = 'unplaced';
    tr.title = 'Not highlighted: the record does not fit the text at its offsets';
  }
  return tr;
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
  var fragment = document.createDocumentFragment();
  order.forEach(function (index) { fragment.appendChild(rows[index]); });
  tbody.appendChild(fragment);
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
  return !rows[index].hidden;
}

function showRow(index) {
  var tr = rows[index];
  tr.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  flash(tr);
  tr.focus({ preventScroll: true });
}

function initTable() {
  rows = claims.map(buildRow);
  var fragment = document.createDocumentFragment();
  rows.forEach(function (tr) { fragment.appendChild(tr); });
  tbody.appendChild(fragment);
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () { sortBy(th.getAttribute('data-key')); });
  });
  showSortState();
  tbody.addEventListener('keydown', function (event) {
    var tr = event.target.closest('tr');
    if (tr && event.key === 'Enter' && !tr.classList.contains('unplaced')) goToClaim(Number(tr.getAttribute('data-claim')));
  });
}
`;
