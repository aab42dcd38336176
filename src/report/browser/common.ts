// The page's script is plain ES2019 kept as strings (no bundler, no build step): each file
// holds the functions of one concern, and `index.ts` wraps them in one function scope.
// `String.raw` keeps backslashes as written; the code avoids backticks and "${".

/** Data, the page's words, shared helpers and the jump from a row or a comparison to a claim in the text. */
export const COMMON_SCRIPT = String.raw`
var data = JSON.parse(document.getElementById('report-data').textContent);
var claims = data.claims;
// Each text comes once and a claim's sentence as a place in it (start, end, and whether a cut
// out of a longer sentence is marked before or after): put back, the rest reads record.sentence.
claims.forEach(function (claim) {
  var at = claim.sentenceAt;
  if (!at) return;
  var text = data.documents[claim.doc].text;
  claim.record.sentence = (at[2] ? '\u2026' : '') + text.slice(at[0], at[1]) + (at[3] ? '\u2026' : '');
});
var severalDocuments = data.documents.length > 1;
// The page's own words in its language (src/report/strings/), the same table Node rendered with.
var ui = data.ui;
var countFormat = new Intl.NumberFormat(ui.locale);
// One collator for every comparison: the order of localeCompare(a, b, 'vi') without building
// a collator per call, which is what makes sorting thousands of rows slow.
var collator = new Intl.Collator('vi');
var reduceMotion = !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);

function element(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// Search without diacritics: "ty le" finds "tỷ lệ", "dong" finds "đồng" (đ is a letter of
// its own, not d with a mark, so NFD leaves it alone).
function fold(value) {
  return String(value === null || value === undefined ? '' : value)
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0111/g, 'd').replace(/\u0110/g, 'D')
    .toLowerCase();
}

function formatCount(n) {
  return countFormat.format(n);
}

// As fillTemplate in strings/index.ts: each {name} replaced by its value.
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, function (whole, name) {
    return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
  });
}

// A kind, status, qualifier or change in the page's language; an unknown word as it is.
function label(labels, value) {
  if (value === null || value === undefined) return '';
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : String(value);
}

// The unit a claim is grouped by, as unitKey in data.ts; and how the reader says it (unitLabel).
function unitKey(record) {
  var key = record.unit_norm !== undefined ? record.unit_norm : record.unit;
  return key === undefined ? null : key;
}

function unitLabel(unit) {
  if (unit === null) return ui.filters.noUnit;
  return String(unit).split('/').map(function (part) { return label(ui.units, part); }).join('/');
}

function kindClass(kind) {
  return 'k-' + String(kind).replace(/[^a-z0-9_-]/gi, '_');
}

// Restarting the animation needs the class off for one layout, hence the offsetWidth read.
function flash(node) {
  node.classList.remove('flash');
  void node.offsetWidth;
  node.classList.add('flash');
  clearTimeout(node.flashTimer);
  node.flashTimer = setTimeout(function () { node.classList.remove('flash'); }, 2000);
}

// Each text scrolls in its own box: the claim is centred in it at once, then the page scrolls
// to the box, so the pop-up (placed in page coordinates) lands on the claim.
function centerInBox(mark) {
  var box = mark.closest('.doc-text');
  if (!box) return;
  var at = mark.getBoundingClientRect();
  box.scrollTop += at.top - box.getBoundingClientRect().top - (box.clientHeight - at.height) / 2;
}

function goToClaim(index) {
  var mark = document.getElementById('claim-' + index);
  if (!mark) return;
  showDocument(claims[index].doc);
  centerInBox(mark);
  mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  flash(mark);
  showPopup(mark, true, true);
}
`;
