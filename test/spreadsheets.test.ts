import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

// Issue #14: outputs a Vietnamese newsroom opens as they are — a real .xlsx with numbers as
// numbers, a CSV for a spreadsheet set to Vietnamese, TSV, and no silent CSV under another name.
const dir = mkdtempSync(join(tmpdir(), 'solieu-sheets-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'Tỷ lệ ký số cá nhân đạt 53,17%, tăng 1,5 điểm. Doanh thu giảm 2.500 tỷ đồng. Có 4.233 Tổ công nghệ số, giá 17.063 đồng/lít.\n');
const other = join(dir, 'b.txt');
writeFileSync(other, 'Tỷ lệ ký số cá nhân đạt 35,17%. Doanh thu giảm 2.500 tỷ đồng. Có 4.233 Tổ công nghệ số. Tổng số hộ nghèo là 12.500 hộ, trong đó huyện A có 5.200 hộ, huyện B có 8.700 hộ.\n');

/** The first sheet of a workbook as header and rows of cell values. */
async function readSheet(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, header: rows[0] as string[], rows: rows.slice(1), sheet };
}

describe('xlsx', () => {
  it('extract -o claims.xlsx: the records of JSON, numbers as numbers, a header row frozen and filtered', async () => {
    const path = join(dir, 'claims.xlsx');
    expect((await runCli(['extract', article, '-o', path])).code).toBe(0);
    const json = JSON.parse((await runCli(['extract', article, '-f', 'json'])).stdout) as Record<string, unknown>[];
    const { name, header, rows, sheet } = await readSheet(path);
    expect(name).toBe('claims');
    expect(header).toEqual(Object.keys(json[0]!));
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, k) => header.forEach((field, c) => expect(row[c] ?? null).toEqual(json[k]![field] ?? null)));
    expect(typeof rows[0]![header.indexOf('value')]).toBe('number');
    expect(typeof rows[0]![header.indexOf('start')]).toBe('number');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });
  it('-f xlsx to a pipe writes the same workbook; to a terminal it asks for -o (exit 2)', async () => {
    expect((await runCli(['extract', article, '-f', 'xlsx'], { tty: true })).code).toBe(2);
    const piped = await runCli(['extract', article, '-f', 'xlsx']);
    expect(piped.code).toBe(0);
  });
  it('every command that writes rows writes a sheet of its own', async () => {
    for (const [args, sheetName, column] of [
      [['check', other], 'warnings', 'rule'],
      [['stats', article, other], 'stats', 'claims'],
      [['compare', article, other], 'pairs', 'status'],
    ] as const) {
      const path = join(dir, `${sheetName}.xlsx`);
      const run = await runCli([...args, '-o', path]);
      expect(run.stderr).toBe('');
      const { name, header, rows } = await readSheet(path);
      expect(name).toBe(sheetName);
      expect(header).toContain(column);
      expect(rows.length).toBeGreaterThan(0);
    }
  });
});

describe('output names and formats', () => {
  it('an extension that names no format is a usage error, never CSV under another name', async () => {
    for (const name of ['claims.xls', 'claims.ods', 'claims.docx']) {
      const run = await runCli(['extract', article, '-o', join(dir, name)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot tell the format/);
    }
  });
  it('.tsv and -f tsv: tab-separated', async () => {
    const run = await runCli(['extract', article, '-f', 'tsv']);
    const [header, first] = run.stdout.split('\n');
    expect(header!.split('\t')).toContain('unit_norm');
    expect(first!.split('\t')[header!.split('\t').indexOf('value')]).toBe('53.17');
    await runCli(['extract', article, '-o', join(dir, 'c.tsv')]);
    expect(readFileSync(join(dir, 'c.tsv'), 'utf8')).toBe(run.stdout);
  });
});

describe('--csv-locale vi', () => {
  it('parses with ";" and decimal commas to the same numbers as the machine CSV', async () => {
    const machine = parse((await runCli(['extract', article])).stdout, { columns: true }) as Record<string, string>[];
    const vi = parse((await runCli(['extract', article, '--csv-locale', 'vi'])).stdout, { columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(vi).toHaveLength(machine.length);
    vi.forEach((row, k) => {
      for (const field of ['value', 'start', 'end', 'line']) expect(Number(row[field]!.replace(',', '.'))).toBe(Number(machine[k]![field]));
      expect(row.text).toBe(machine[k]!.text);
    });
    expect(vi[0]!.value).toBe('53,17');
  });
  it('applies to every command that writes rows', async () => {
    for (const args of [['stats', article], ['check', other], ['compare', article, other]]) {
      const run = await runCli([...args, '-f', 'csv', '--csv-locale', 'vi']);
      expect(run.stdout.split('\n')[0]).toContain(';');
    }
  });
});
