/**
 * The claim's details next to it: shown while the pointer is over a highlight, kept open by
 * a click, a tap or Enter (a phone has no hover), closed by ×, Escape or a click elsewhere.
 * Everything goes in through textContent, never innerHTML, so a record cannot inject markup.
 */
export const POPUP_SCRIPT = String.raw`
var popup = document.getElementById('claim-popup');
var activeMark = null;
var pinnedMark = null;

// The unit as written, and the unit it is grouped under when that is another ("m2 (m²)").
function unitText(r) {
  var key = unitKey(r);
  return key === null || key === r.unit ? r.unit : r.unit + ' (' + unitLabel(key) + ')';
}

// Kind and value head the pop-up; these rows follow, named in the page's language.
function detailRows(claim) {
  var r = claim.record;
  var rows = [
    ['unit', unitText(r)], ['qualifier', label(ui.qualifiers, r.qualifier)],
    ['subject', r.subject], ['change', label(ui.changes, r.change)],
    ['status', label(ui.statuses, r.status)], ['time', r.time], ['source', r.source], ['line', r.line],
  ];
  if (severalDocuments) rows.push(['doc', data.documents[claim.doc].title]);
  rows.push(['text', r.text], ['sentence', r.sentence]);
  return rows;
}

function fillPopup(index) {
  var claim = claims[index];
  popup.textContent = '';
  popup.className = 'popup ' + kindClass(claim.record.kind);
  popup.setAttribute('data-claim', String(index));
  var head = element('div', 'popup-head');
  head.appendChild(element('span', 'kind-chip ' + kindClass(claim.record.kind), label(ui.kinds, claim.record.kind)));
  head.appendChild(element('span', 'popup-value', claim.valueText));
  var close = element('button', 'popup-close', '\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', ui.popup.close);
  close.addEventListener('click', hidePopup);
  head.appendChild(close);
  popup.appendChild(head);
  var list = element('dl');
  detailRows(claim).forEach(function (row) {
    var empty = row[1] === null || row[1] === undefined || row[1] === '';
    list.appendChild(element('dt', '', ui.fields[row[0]]));
    list.appendChild(element('dd', empty ? 'muted' : '', empty ? '\u2014' : row[1]));
  });
  popup.appendChild(list);
  var toRow = element('button', 'to-row', rowIsShown(index) ? ui.popup.toRow : ui.popup.hiddenByFilters);
  toRow.type = 'button';
  toRow.disabled = !rowIsShown(index);
  toRow.addEventListener('click', function () { hidePopup(); showRow(index); });
  popup.appendChild(toRow);
}

// Under the highlight, or above it when there is no room below; never past the screen's
// edges, so on a phone it never widens the page. Document coordinates, so a smooth scroll
// that is still running does not move it off its claim.
function placePopup(mark, below) {
  var rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
  var view = document.documentElement;
  var width = popup.offsetWidth;
  var height = popup.offsetHeight;
  var top = rect.bottom + 6;
  if (!below && rect.bottom + height + 6 > view.clientHeight && rect.top - height - 6 > 0) top = rect.top - height - 6;
  var left = Math.max(8, Math.min(rect.left, view.clientWidth - width - 8));
  popup.style.top = (top + window.pageYOffset) + 'px';
  popup.style.left = (left + window.pageXOffset) + 'px';
}

function showPopup(mark, pin, below) {
  if (activeMark && activeMark !== mark) activeMark.classList.remove('active');
  fillPopup(Number(mark.getAttribute('data-claim')));
  popup.hidden = false;
  placePopup(mark, !!below);
  mark.classList.add('active');
  activeMark = mark;
  pinnedMark = pin ? mark : null;
}

function hidePopup() {
  popup.hidden = true;
  if (activeMark) activeMark.classList.remove('active');
  activeMark = null;
  pinnedMark = null;
}

function togglePin(mark) {
  if (pinnedMark === mark) hidePopup();
  else showPopup(mark, true, false);
}

function initPopup() {
  document.addEventListener('mouseover', function (event) {
    var mark = event.target.closest && event.target.closest('mark.claim');
    if (mark && !pinnedMark) showPopup(mark, false, false);
  });
  document.addEventListener('mouseout', function (event) {
    var mark = event.target.closest && event.target.closest('mark.claim');
    if (mark && !pinnedMark && activeMark === mark) hidePopup();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hidePopup();
    var mark = event.target.closest && event.target.closest('mark.claim');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      togglePin(mark);
    }
  });
  window.addEventListener('resize', function () {
    if (activeMark && !popup.hidden) placePopup(activeMark, false);
  });
  // A text scrolls in its own box (scroll events do not bubble: caught on the way down): the pop-up follows its claim.
  document.addEventListener('scroll', function (event) {
    var box = event.target;
    if (activeMark && !popup.hidden && box.classList && box.classList.contains('doc-text')) placePopup(activeMark, true);
  }, true);
}
`;
