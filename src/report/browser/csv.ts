/**
 * The shown rows, in their shown order, as the CSV `solieu extract --format csv --bom` writes:
 * the same columns, csv-stringify's quoting, and its formula escaping (a text cell starting
 * with = + - @, tab or carriage return, or their full-width forms, gets a leading '; numbers
 * stay numbers). The byte-order mark makes Excel read the file as UTF-8, so Vietnamese
 * survives. `toCsv` uses nothing of the page, so the tests run it against csv-stringify.
 */
export const CSV_SCRIPT = String.raw`
function csvCell(value) {
  if (value === null || value === undefined || value === '') return '';
  var text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text)) text = "'" + text;
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function toCsv(fields, records) {
  var lines = [fields.join(',')];
  records.forEach(function (record) {
    lines.push(fields.map(function (field) { return csvCell(record[field]); }).join(','));
  });
  return lines.join('\n') + '\n';
}

function downloadCsv() {
  var records = order.filter(rowIsShown).map(function (index) { return claims[index].record; });
  var blob = new Blob(['\uFEFF' + toCsv(data.csvFields, records)], { type: 'text/csv;charset=utf-8' });
  var url = URL.createObjectURL(blob);
  var link = element('a');
  link.href = url;
  link.download = 'solieu-claims.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the Blob after this handler returns; a minute is plenty.
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
}
`;
