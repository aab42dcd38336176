import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

// exceljs takes about 150 ms to load, half of the command line's cold start: loaded when a
// workbook is first written, not by every `solieu` run and every worker thread.
const load = () => createRequire(import.meta.url)('exceljs') as typeof ExcelJS;

/** Where the workbook's bytes go: a file output (atomic) or standard output. */
export interface ByteSink {
  write(chunk: Uint8Array): void | Promise<void>;
}

/**
 * Column widths in characters, set before the first row (a streamed sheet writes its columns
 * then): wide enough for what the column usually holds, a sentence read in its cell rather
 * than across the screen. Others fit their header.
 */
const WIDTHS: Record<string, number> = {
  file: 24, doc_id: 14, text: 18, unit: 16, unit_norm: 12, subject: 32, sentence: 60, source: 24, time: 18,
  message: 60, claims: 30, a_text: 18, b_text: 18, a_subject: 28, b_subject: 28, a_sentence: 50, b_sentence: 50, why: 40, title: 30,
};
const MIN_WIDTH = 8;

/**
 * A real spreadsheet (issue #14), written as rows arrive with exceljs's streaming writer so a
 * large output is never held whole: one sheet named for what it holds, a bold header row,
 * panes frozen under it, an autofilter over the columns, widths from the header and the first
 * rows, numbers as numbers. Rows come as JSON Lines text (what every writer renders, in worker
 * threads too), so the records pass through the same pipeline as every other format.
 */
export class XlsxRows {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly out = new PassThrough();
  private readonly flushed: Promise<void>;
  private pending = '';

  constructor(sink: ByteSink, sheetName: string, private readonly columns: readonly string[]) {
    const { WorkbookWriter } = load().stream.xlsx;
    this.workbook = new WorkbookWriter({ stream: this.out, useStyles: true, useSharedStrings: false });
    this.flushed = (async () => {
      for await (const chunk of this.out) await sink.write(chunk as Uint8Array);
    })();
    this.sheet = this.workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = columns.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? Math.max(MIN_WIDTH, c.length + 2) }));
    this.sheet.getRow(1).font = { bold: true };
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  }

  /** Text of JSON Lines rows, in any chunks: whole lines become rows. */
  write(text: string): void {
    this.pending += text;
    let newline = this.pending.indexOf('\n');
    while (newline !== -1) {
      const line = this.pending.slice(0, newline);
      this.pending = this.pending.slice(newline + 1);
      if (line.trim()) this.addRow(JSON.parse(line) as Record<string, unknown>);
      newline = this.pending.indexOf('\n');
    }
  }

  addRow(row: Record<string, unknown>): void {
    const values = this.columns.map((c) => {
      const v = row[c];
      return v === null || v === undefined ? null : Array.isArray(v) ? v.join(' ') : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
    });
    this.sheet.addRow(values).commit();
  }

  /** Finishes the workbook and waits until every byte has reached the sink. */
  async end(): Promise<void> {
    this.write('\n');
    this.sheet.commit();
    await this.workbook.commit();
    await this.flushed;
  }
}
