/**
 * Filters of the claims table: kinds (checkboxes), unit and document (selects of those
 * present), status (result, target, forecast, rule) and a search box over unit, subject, text and sentence that ignores diacritics.
 * A row shows when it passes all of them; the count says how many do.
 */
export const FILTERS_SCRIPT = String.raw`
var kindInputs = [];
var searchIndex = claims.map(function (claim) {
  var r = claim.record;
  return fold([r.unit, r.subject, r.text, r.sentence].join(' \u0001 '));
});

function addOption(select, value, label) {
  var option = element('option', '', label);
  option.value = value;
  select.appendChild(option);
}

function buildKindFilter(fieldset) {
  data.kinds.forEach(function (entry) {
    var label = element('label');
    var input = element('input');
    input.type = 'checkbox';
    input.name = 'kind';
    input.value = entry[0];
    input.checked = true;
    label.appendChild(input);
    label.appendChild(element('span', 'swatch ' + kindClass(entry[0])));
    label.appendChild(document.createTextNode(entry[0] + ' (' + entry[1] + ')'));
    fieldset.appendChild(label);
    kindInputs.push(input);
  });
  ['all', 'none'].forEach(function (which) {
    var button = element('button', 'kinds-' + which, which === 'all' ? 'All' : 'None');
    button.type = 'button';
    button.addEventListener('click', function () {
      kindInputs.forEach(function (input) { input.checked = which === 'all'; });
      applyFilters();
    });
    fieldset.appendChild(button);
  });
}

function buildSelects() {
  data.units.forEach(function (entry, index) {
    addOption(document.getElementById('unit-filter'), String(index), (entry[0] === null ? '(no unit)' : entry[0]) + ' (' + entry[1] + ')');
  });
  var documentSelect = document.getElementById('doc-filter');
  if (documentSelect) {
    var counts = data.documents.map(function () { return 0; });
    claims.forEach(function (claim) { counts[claim.doc]++; });
    data.documents.forEach(function (doc, index) {
      addOption(documentSelect, String(index), doc.name + ' (' + counts[index] + ')');
    });
  }
}

function applyFilters() {
  var kinds = Object.create(null);
  kindInputs.forEach(function (input) { if (input.checked) kinds[input.value] = true; });
  var unitChoice = document.getElementById('unit-filter').value;
  var unit = unitChoice === '' ? undefined : data.units[Number(unitChoice)][0];
  var documentSelect = document.getElementById('doc-filter');
  var doc = documentSelect && documentSelect.value !== '' ? Number(documentSelect.value) : -1;
  var status = document.getElementById('status-filter').value;
  var terms = fold(document.getElementById('search').value).split(/\s+/).filter(Boolean);
  var shown = 0;
  claims.forEach(function (claim, index) {
    var r = claim.record;
    var passes = kinds[r.kind] === true
      && (unit === undefined || (r.unit === null || r.unit === undefined ? null : r.unit) === unit)
      && (doc < 0 || claim.doc === doc)
      && (status === '' || (r.status || 'actual') === status)
      && terms.every(function (term) { return searchIndex[index].indexOf(term) >= 0; });
    rows[index].hidden = !passes;
    if (passes) shown++;
  });
  document.getElementById('shown-count').textContent = String(shown);
  document.getElementById('no-rows').hidden = shown > 0;
}

function initFilters() {
  buildKindFilter(document.getElementById('kind-filter'));
  buildSelects();
  document.getElementById('total-count').textContent = String(claims.length);
  ['kind-filter', 'unit-filter', 'status-filter', 'doc-filter'].forEach(function (id) {
    var control = document.getElementById(id);
    if (control) control.addEventListener('change', applyFilters);
  });
  document.getElementById('search').addEventListener('input', applyFilters);
  applyFilters();
}
`;
