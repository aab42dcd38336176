import { describe, expect, it } from 'vitest';
import { createWriter, extract, formatValue, writeRecords, type ClaimRecord } from '../src/index.js';

const records = extract('Có hơn 85.000 tài khoản, tỷ lệ đạt 98%. Doanh thu giảm 2.500 tỷ đồng.', { file: 'a.txt' });
const formula = { ...records[0]!, unit: '=HYPERLINK("http://x")', subject: '+1', sentence: '@SUM(A1)', text: '-5' } as ClaimRecord;

const csvRows = (csv: string) => csv.trimEnd().split('\n');

describe('csv', () => {
  it('writes a header and one row per record', () => {
    const rows = csvRows(writeRecords(records, 'csv'));
    expect(rows[0]).toBe('file,id,line,start,end,text,kind,value,value_max,denominator,unit,unit_norm,currency,subject,qualifier,change,sentence,status,time,source,lang');
    expect(rows).toHaveLength(records.length + 1);
    expect(rows[1]).toMatch(/^a\.txt,c1,1,3,13,hơn 85\.000,count,85000,,,tài khoản,tài khoản,,tài khoản,over,,/);
  });
  it('quotes fields with commas and quotes (RFC 4180)', () => {
    const row = csvRows(writeRecords([{ ...records[0]!, unit: 'xã, phường', subject: 'nói "có"' }], 'csv'))[1]!;
    expect(row).toContain(',"xã, phường",tài khoản,,"nói ""có""",');
  });
  it('escapes cells a spreadsheet would run as formulas, in every text field', () => {
    const row = csvRows(writeRecords([formula], 'csv'))[1]!;
    expect(row).toContain(`'-5`);
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(`'+1`);
    expect(row).toContain(`'@SUM(A1)`);
  });
  it('keeps numbers as numbers (a negative value is not escaped)', () => {
    const row = csvRows(writeRecords([{ ...records[0]!, value: -5 }], 'csv'))[1]!;
    expect(row).toContain(',-5,');
  });
  it('leaves formulas alone when asked', () => {
    expect(csvRows(writeRecords([formula], 'csv', { escapeFormulas: false }))[1]).toContain(',-5,');
  });
  it('starts with a byte-order mark only with bom', () => {
    expect(writeRecords(records, 'csv', { bom: true }).startsWith('\uFEFFfile,')).toBe(true);
    expect(writeRecords(records, 'csv').startsWith('file,')).toBe(true);
  });
  it('writes only the chosen fields, in their order', () => {
    expect(csvRows(writeRecords(records, 'csv', { fields: ['value', 'text'] }))).toEqual([
      'value,text', '85000,hơn 85.000', '98,98%', '2500000000000,2.500 tỷ đồng',
    ]);
  });
  it('writes only a header for no records', () => {
    expect(writeRecords([], 'csv')).toBe('file,id,line,start,end,text,kind,value,value_max,denominator,unit,unit_norm,currency,subject,qualifier,change,sentence,status,time,source,lang\n');
  });
});

describe('json and jsonl', () => {
  it('json is one array that parses back to the records', () => {
    expect(JSON.parse(writeRecords(records, 'json'))).toEqual(records);
  });
  it('json stays valid when written in batches, and when empty', () => {
    const w = createWriter('json');
    const text = w.start() + w.write(records.slice(0, 1)) + w.write([]) + w.write(records.slice(1)) + w.end();
    expect(JSON.parse(text)).toEqual(records);
    const empty = createWriter('json');
    expect(JSON.parse(empty.start() + empty.end())).toEqual([]);
  });
  it('jsonl is one record a line', () => {
    const lines = writeRecords(records, 'jsonl').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
  });
  it('json and jsonl honour fields', () => {
    expect(JSON.parse(writeRecords(records, 'jsonl', { fields: ['kind', 'value'] }).split('\n')[0]!)).toEqual({ kind: 'count', value: 85000 });
  });
});

describe('table', () => {
  it('aligns columns and shows ranges and ratios in one cell', () => {
    const table = writeRecords(extract('Xếp thứ 15/63 tỉnh; tuyển 10-15 người.'), 'table');
    expect(table.split('\n')[0]).toMatch(/^file\s+line\s+kind\s+value/);
    expect(table).toContain('15/63');
    expect(table).toContain('10–15');
  });
  it('colours only when asked', () => {
    expect(writeRecords(records, 'table')).not.toMatch(/\u001b\[/);
    expect(writeRecords(records, 'table', { color: true })).toMatch(/\u001b\[/);
  });
  it('formats values the Vietnamese way', () => {
    expect(formatValue({ value: 11070000, value_max: null, denominator: null })).toBe('11.070.000');
    expect(formatValue({ value: 96.6, value_max: null, denominator: null })).toBe('96,6');
  });
});

describe('createWriter', () => {
  it('refuses an unknown format with a message naming the choices', () => {
    expect(() => createWriter('xml' as never)).toThrow('option `--format` must be one of csv, tsv, json, jsonl, table, xlsx, got "xml"');
  });
});
