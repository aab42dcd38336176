/**
 * Texts read one at a time when there are more than two (`documents.ts` renders the picker
 * then): the one picked, or the one a claim is opened in, shows; the others hide. Printing
 * shows them all, and every group of the comparison.
 */
export const DOCUMENTS_SCRIPT = String.raw`
var docArticles = Array.prototype.slice.call(document.querySelectorAll('#documents article.doc'));
var docPicker = document.getElementById('doc-picker');

function showDocument(index) {
  if (!docPicker) return;
  docArticles.forEach(function (article, i) { article.hidden = i !== index; });
  docPicker.value = String(index);
  document.getElementById('doc-previous').disabled = index === 0;
  document.getElementById('doc-next').disabled = index === docArticles.length - 1;
}

function initDocuments() {
  window.addEventListener('beforeprint', function () {
    docArticles.forEach(function (article) { article.hidden = false; });
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (details) { details.open = true; });
  });
  if (!docPicker) return;
  var step = function (by) {
    hidePopup();
    showDocument(Math.min(Math.max(Number(docPicker.value) + by, 0), docArticles.length - 1));
  };
  document.getElementById('doc-picker-box').hidden = false;
  docPicker.addEventListener('change', function () { step(0); });
  document.getElementById('doc-previous').addEventListener('click', function () { step(-1); });
  document.getElementById('doc-next').addEventListener('click', function () { step(1); });
  window.addEventListener('afterprint', function () { showDocument(Number(docPicker.value)); });
  showDocument(0);
}
`;
