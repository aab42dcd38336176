import { checkClaims, type CheckWarning } from '../../check/index.js';
import { writeRows, type Row } from '../../writers/rows.js';
import type { DocumentOptions } from '../documents.js';
import { EXIT, type CliIO } from '../io.js';
import { loadDocuments } from '../load-documents.js';
import { refuseOutputOverInput } from '../output.js';
import { openDestination } from '../destination.js';
import { chooseFormat, parseCsvLocale } from './extract.js';
import { uiLanguage } from '../ui.js';
import { tableHeadings } from '../headings.js';

export interface CheckCommandOptions extends DocumentOptions {
  format?: string;
  output?: string;
  segment?: boolean;
  bom?: boolean;
  escapeFormulas?: boolean;
  csvLocale?: string;
  ui?: string;
}

const TABLE_COLUMNS = ['file', 'line', 'rule', 'claims', 'message'];
const FULL_COLUMNS = ['file', 'line', 'start', 'end', 'rule', 'claims', 'message', 'sentence'];

const rowOf = (file: string, docId: string | number | undefined, w: CheckWarning): Row => ({
  file, doc_id: docId ?? null, line: w.line, start: w.start, end: w.end, rule: w.rule,
  claims: w.records.map((r) => r.text).join(' · '),
  message: w.message,
  sentence: w.records[0]?.sentence ?? null,
});

const noWarnings = (n: number, ui: 'vi' | 'en') =>
  ui === 'vi' ? `Không có cảnh báo nào trong ${n} tài liệu.\n` : `No warnings in ${n} document${n === 1 ? '' : 's'}.\n`;

/**
 * `solieu check`: figures of a document that cannot all be true — a share above 100%, a part
 * bigger than its whole, parts that pass their total, one thing given two values. Exit 3
 * when there is any warning, 0 when there is none, 1 when a document could not be read.
 */
export async function runCheck(inputs: readonly string[], options: CheckCommandOptions, io: CliIO): Promise<number> {
  const format = chooseFormat(options, io);
  await refuseOutputOverInput(options.output, inputs);
  const { documents, failed } = await loadDocuments(inputs, options, { segment: options.segment }, io);
  const ui = uiLanguage(options.ui, io.env);
  const rows = documents.flatMap((d) => checkClaims(d.records, d.source.text, { ui }).map((w) => rowOf(d.name, d.docId, w)));
  // A document of a JSON Lines collection is named by its id, not by the collection's line.
  const byId = documents.some((d) => d.docId !== undefined);
  const columns = (format === 'table' ? TABLE_COLUMNS : FULL_COLUMNS).map((c) => (c === 'file' && byId ? 'doc_id' : c));
  const destination = openDestination(options, io, format, 'warnings', columns);
  try {
    if (format === 'table' && !rows.length) await destination.write(noWarnings(documents.length, ui));
    else await destination.write(writeRows(rows, columns, format, { bom: options.bom, escapeFormulas: options.escapeFormulas !== false, csvLocale: parseCsvLocale(options.csvLocale), headings: tableHeadings('check', format, ui) }));
    await destination.finish();
  } catch (error) {
    destination.abort();
    throw error;
  }
  if (failed) return EXIT.someInputsFailed;
  return rows.length ? EXIT.found : EXIT.ok;
}
