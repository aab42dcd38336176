import { COMMON_SCRIPT } from './common.js';
import { CSV_SCRIPT } from './csv.js';
import { DOCUMENTS_SCRIPT } from './documents.js';
import { FILTERS_SCRIPT } from './filters.js';
import { POPUP_SCRIPT } from './popup.js';
import { TABLE_SCRIPT } from './table.js';

// One listener for every click decides what a click means, so that the click that opens a
// claim from a row or a comparison is not also the "click elsewhere" that closes it. A
// comparison's count leads to its group, which opens (a long comparison starts with them closed).
const START_SCRIPT = String.raw`
document.addEventListener('click', function (event) {
  var target = event.target;
  if (!target.closest) return;
  var toGroup = target.closest('a[href^="#status-"]');
  if (toGroup) {
    var group = document.getElementById(toGroup.getAttribute('href').slice(1));
    if (group) group.open = true;
  }
  var mark = target.closest('mark.claim');
  if (mark) return togglePin(mark);
  if (target.closest('#claim-popup')) return;
  var goto = target.closest('.goto');
  if (goto) return goToClaim(Number(goto.getAttribute('data-claim')));
  var row = target.closest('#claims-table tbody tr');
  if (row) {
    if (!row.classList.contains('unplaced')) goToClaim(Number(row.getAttribute('data-claim')));
    return;
  }
  hidePopup();
});
document.getElementById('download-csv').addEventListener('click', downloadCsv);
initDocuments();
initTable();
initFilters();
initPopup();
`;

/** The report page's script: every part in one function scope, strict, ES2019. */
export const REPORT_SCRIPT = `(function () {\n'use strict';\n${
  [COMMON_SCRIPT, POPUP_SCRIPT, DOCUMENTS_SCRIPT, TABLE_SCRIPT, FILTERS_SCRIPT, CSV_SCRIPT, START_SCRIPT].join('\n')
}})();\n`;
