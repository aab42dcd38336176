import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectNumberStyle } from '../src/pipeline/02-detect-number-style.js';
import { extract, normalize, RECORD_FIELDS, writeRecords, type ClaimRecord } from '../src/index.js';

// Properties of extraction over random and mutated real text. CI runs 1,000 cases each with a
// fixed seed; SOLIEU_PROPERTY_RUNS=100000 (and SOLIEU_PROPERTY_SEED) make the long run.
const RUNS = Number(process.env.SOLIEU_PROPERTY_RUNS ?? 1000);
const SEED = Number(process.env.SOLIEU_PROPERTY_SEED ?? 20261127);
const settings = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(60_000, RUNS * 20);

const samples = ['thanh-hoa-chuyen-doi-so.txt', 'dantri-business_003.txt'].map((f) => readFileSync(new URL(`../samples/${f}`, import.meta.url), 'utf8'));
const paragraphs = samples.flatMap((t) => t.split('\n').filter((l) => /\d/.test(l)));

/** Pieces claims are made of, and the characters that trip parsers up. */
const PIECES = [
  'Có', 'xã', 'hộ', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'đồng', 'USD', '%', 'km', 'ha', 'tấn', 'năm', 'tháng', 'ngày', 'hơn', 'khoảng',
  'trên', 'dưới', 'tăng', 'giảm', 'từ', 'đến', 'thứ', 'top', 'một', 'hai', 'mươi', 'lăm', 'Quận', 'số', 'Nghị định', 'TP.', '1.200',
  '11,07', '15/63', '3,5-4', '2020', '0', '00', ',', '.', '/', '-', '–', '(', ')', ':', ';', '"', '\n', ' ', '  ', '\t', '\u00A0', '\u200B',
  '\uFEFF', '\u0301', '\u0323', 'a\u0301', '=', '+', '@', '\r\n', '…', '$', '€', '°C', 'x',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
);
const randomText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(fc.sample(fc.constantFrom(' ', ''), 1)[0]));

/** A real paragraph with random edits: pieces inserted, stretches deleted or repeated. */
const mutatedText = fc
  .tuple(fc.constantFrom(...paragraphs), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(piece, fc.constant(null))), { maxLength: 8 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, length, insert]) => {
      const i = at % (t.length + 1);
      return insert === null ? t.slice(0, i) + t.slice(i, i + length).repeat(2) + t.slice(i + length) : t.slice(0, i) + insert + t.slice(i + length % 3);
    }, text),
  );
const anyText = fc.oneof(randomText, mutatedText);

/** One long line — a table row or a scraped page run together — of 2,000 to 60,000 characters of claim pieces, no line break. */
const longLine = fc
  .tuple(fc.array(fc.oneof(piece, fc.constantFrom(...paragraphs)), { minLength: 20, maxLength: 80 }), fc.integer({ min: 2_000, max: 60_000 }))
  .map(([parts, size]) => {
    const unit = parts.join(' ').replace(/[\r\n]+/g, ' ');
    return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  });
const LONG_RUNS = Math.max(50, Math.round(RUNS / 20));

function checkRecords(input: string, records: readonly ClaimRecord[]) {
  const text = normalize(input);
  let previousStart = -1;
  const lastEndByKind = new Map<string, number>();
  for (const r of records) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.start).toBeLessThan(r.end);
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.sentence).toContain(r.text);
    for (const v of [r.value, r.value_max, r.denominator]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    expect(r.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = r.start;
    expect(r.start).toBeGreaterThanOrEqual(lastEndByKind.get(r.kind) ?? 0);
    lastEndByKind.set(r.kind, r.end);
  }
}

describe(`extraction properties (${RUNS} cases each, seed ${SEED})`, () => {
  it('never throws; records lie in the text, say what it says, have finite values, in order, not overlapping within a kind', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, all) => {
        checkRecords(text, extract(text, { all }));
      }),
      settings,
    );
  }, TIMEOUT);

  it(`a long single line (${LONG_RUNS} cases): the same properties, and every record's sentence bounded`, () => {
    fc.assert(
      fc.property(longLine, (text) => {
        const records = extract(text);
        checkRecords(text, records);
        for (const r of records) expect(r.sentence.length).toBeLessThanOrEqual(1000);
      }),
      { ...settings, numRuns: LONG_RUNS },
    );
  }, TIMEOUT);

  it('a document gives the records of its paragraphs, one after another', () => {
    const what = (r: ClaimRecord, shift: number) => [r.start + shift, r.end + shift, r.text, r.kind, r.value, r.value_max, r.denominator, r.unit, r.qualifier, r.change, r.subject];
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (parts) => {
        const paras = parts.map((p) => normalize(p).replace(/\n/g, ' '));
        const doc = paras.join('\n');
        // Whether "1.200" is twelve hundred or one point two is read from the whole document.
        fc.pre(paras.every((p) => detectNumberStyle(p) === detectNumberStyle(doc)));
        let shift = 0;
        const separately = paras.flatMap((p) => {
          const records = extract(p).map((r) => what(r, shift));
          shift += p.length + 1;
          return records;
        });
        expect(extract(doc).map((r) => what(r, 0))).toEqual(separately);
      }),
      settings,
    );
  }, TIMEOUT);

  it('CSV parses back to the records (csv-parse), escaped or not', () => {
    const asCells = (r: ClaimRecord) => RECORD_FIELDS.map((f) => (r[f] === null ? '' : String(r[f])));
    fc.assert(
      fc.property(anyText, (text) => {
        const records = extract(text, { file: '=x.txt' });
        const plain = parse(writeRecords(records, 'csv', { escapeFormulas: false }), { relax_column_count: false }) as string[][];
        expect(plain[0]).toEqual([...RECORD_FIELDS]);
        expect(plain.slice(1)).toEqual(records.map(asCells));
        const escaped = parse(writeRecords(records, 'csv'), {}) as string[][];
        escaped.slice(1).forEach((row, k) =>
          row.forEach((cell, c) => {
            const original = asCells(records[k]!)[c]!;
            const numeric = typeof records[k]![RECORD_FIELDS[c]!] === 'number';
            expect(cell).toBe(!numeric && /^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }),
        );
      }),
      settings,
    );
  }, TIMEOUT);

  it('JSON Lines parse back line by line to the records', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const records = extract(text);
        const lines = writeRecords(records, 'jsonl').split('\n').filter(Boolean);
        expect(lines.map((l) => JSON.parse(l))).toEqual(records.map((r) => JSON.parse(JSON.stringify(r))));
      }),
      settings,
    );
  }, TIMEOUT);
});
