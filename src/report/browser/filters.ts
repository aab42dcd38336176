/**
 * Filters of the claims table: kinds (checkboxes), unit (the normalised units most claims
 * have, then "other units"), document (those present), status (result, target, forecast,
 * rule) and a search box over unit, subject, text and sentence that ignores diacritics.
 * A claim is shown when it passes all of them, on whichever page; the count says how many do.
 */
export const FILTERS_SCRIPT = String.raw`
var kindInputs = [];
var searchIndex = claims.map(function (claim) {
  var r = claim.record;
  return fold([r.unit, r.unit_norm, r.subject, r.text, r.sentence].join(' \u0001 '));
});
// Which of data.units each claim's unit is (-1: one of the "other units").
var unitSlots = (function () {
  var slots = Object.create(null);
  data.units.forEach(function (entry, index) { slots[JSON.stringify(entry[0])] = index; });
  return claims.map(function (claim) {
    var slot = slots[JSON.stringify(unitKey(claim.record))];
    return slot === undefined ? -1 : slot;
  });
})();

function addOption(select, value, text) {
  var option = element('option', '', text);
  option.value = value;
  select.appendChild(option);
}

function buildKindFilter(fieldset) {
  data.kinds.forEach(function (entry) {
    var box = element('label');
    var input = element('input');
    input.type = 'checkbox';
    input.name = 'kind';
    input.value = entry[0];
    input.checked = true;
    box.appendChild(input);
    box.appendChild(element('span', 'swatch ' + kindClass(entry[0])));
    box.appendChild(document.createTextNode(label(ui.kinds, entry[0]) + ' (' + formatCount(entry[1]) + ')'));
    fieldset.appendChild(box);
    kindInputs.push(input);
  });
  ['all', 'none'].forEach(function (which) {
    var button = element('button', 'kinds-' + which, ui.filters[which]);
    button.type = 'button';
    button.addEventListener('click', function () {
      kindInputs.forEach(function (input) { input.checked = which === 'all'; });
      applyFilters();
    });
    fieldset.appendChild(button);
  });
}

function buildSelects() {
  var unitSelect = document.getElementById('unit-filter');
  data.units.forEach(function (entry, index) {
    addOption(unitSelect, String(index), unitLabel(entry[0]) + ' (' + formatCount(entry[1]) + ')');
  });
  if (data.otherUnits) addOption(unitSelect, 'other', ui.filters.otherUnits + ' (' + formatCount(data.otherUnits) + ')');
  var documentSelect = document.getElementById('doc-filter');
  if (documentSelect) {
    var counts = data.documents.map(function () { return 0; });
    claims.forEach(function (claim) { counts[claim.doc]++; });
    data.documents.forEach(function (doc, index) {
      addOption(documentSelect, String(index), doc.title + ' (' + formatCount(counts[index]) + ')');
    });
  }
}

function applyFilters() {
  var kinds = Object.create(null);
  kindInputs.forEach(function (input) { if (input.checked) kinds[input.value] = true; });
  var unitChoice = document.getElementById('unit-filter').value;
  var unitSlot = unitChoice === '' ? null : unitChoice === 'other' ? -1 : Number(unitChoice);
  var documentSelect = document.getElementById('doc-filter');
  var doc = documentSelect && documentSelect.value !== '' ? Number(documentSelect.value) : -1;
  var status = document.getElementById('status-filter').value;
  var terms = fold(document.getElementById('search').value).split(/\s+/).filter(Boolean);
  var count = 0;
  claims.forEach(function (claim, index) {
    var r = claim.record;
    var passes = kinds[r.kind] === true
      && (unitSlot === null || unitSlots[index] === unitSlot)
      && (doc < 0 || claim.doc === doc)
      && (status === '' || (r.status || 'actual') === status)
      && terms.every(function (term) { return searchIndex[index].indexOf(term) >= 0; });
    passing[index] = passes;
    if (passes) count++;
  });
  document.getElementById('shown-count').textContent = formatCount(count);
  document.getElementById('no-rows').hidden = count > 0;
  refreshRows();
}

function initFilters() {
  buildKindFilter(document.getElementById('kind-filter'));
  buildSelects();
  document.getElementById('total-count').textContent = formatCount(claims.length);
  ['kind-filter', 'unit-filter', 'status-filter', 'doc-filter'].forEach(function (id) {
    var control = document.getElementById(id);
    if (control) control.addEventListener('change', applyFilters);
  });
  document.getElementById('search').addEventListener('input', applyFilters);
  applyFilters();
}
`;
