// The page's script is plain ES2019 kept as strings (no bundler, no build step): each file
// holds the functions of one concern, and `index.ts` wraps them in one function scope.
// `String.raw` keeps backslashes as written; the code avoids backticks and "${".

/** Data, shared helpers and the jump from a row or a comparison to a claim in the text. */
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

function goToClaim(index) {
  var mark = document.getElementById('claim-' + index);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  flash(mark);
  showPopup(mark, true, true);
}
`;
