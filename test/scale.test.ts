import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkClaims } from '../src/check/index.js';
import { compareClaims } from '../src/compare/index.js';
import { EXHAUSTIVE_PAIRS } from '../src/compare/candidates.js';
import { extract, normalize, SolieuError, writeRecords, type ClaimRecord } from '../src/index.js';
import type { ReportData } from '../src/report/data.js';
import { renderReport } from '../src/report/index.js';
import { placeSentence, sentenceAt } from '../src/report/sentences.js';
import { alignRows } from '../src/writers/align.js';

// Inputs far bigger than an article: each once crashed or took minutes (README "Robustness").
// Times are bounds ten times or more above what the code takes, so a slow machine passes and a
// quadratic step (minutes at these sizes) does not.

const seconds = (run: () => unknown) => {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
};
const repeated = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

/** Synthetic claims, as many as wanted, without extracting (the writers and compare only read records). */
function claims(n: number, file = 'a.txt'): ClaimRecord[] {
  const [base] = extract('Có 12 xã đạt chuẩn.');
  const units = ['xã', 'hộ', 'người', 'doanh nghiệp', 'ha', 'tấn', 'trường', 'km'];
  return Array.from({ length: n }, (_, i) => {
    const unit = units[i % units.length]!;
    const sentence = `Năm ${2000 + (i % 20)}, huyện số ${i} có ${i + 1} ${unit} thuộc thôn ${i % 97}.`;
    const start = sentence.indexOf(` ${i + 1} `) + 1;
    return { ...base!, file, id: `c${i + 1}`, line: i + 1, start, end: start + String(i + 1).length, text: String(i + 1), value: i + 1, unit, sentence };
  });
}

describe('the table writer: column widths by a loop', () => {
  it('aligns 200.000 rows (a spread into Math.max overflowed the stack at about 130.000)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), i === 123_456 ? 'the widest cell' : 'x']);
    const lines = alignRows(['n', 'cell'], rows);
    expect(lines).toHaveLength(200_001);
    expect(lines[0]).toBe(`n${' '.repeat(5)}  cell`); // as wide as "199999"
  });
  it('writes 130.000 claims as a table', () => {
    const table = writeRecords(claims(130_000), 'table');
    expect(table.split('\n')).toHaveLength(130_002);
  });
});

describe('the report: linear in its texts', () => {
  const text = normalize(repeated('9% ', 50 * 1024));
  const records = extract(text, { file: 'p.txt' });
  const html = renderReport([{ name: 'p.txt', text, records }]);
  const data = JSON.parse(/id="report-data">([^<]*)</.exec(html)![1]!) as ReportData;

  it('renders 50 KB of "9% " (once: Invalid string length), a page a small multiple of the claims', () => {
    expect(records.length).toBeGreaterThan(15_000);
    expect(html.length).toBeLessThan(600 * records.length);
  });
  it('embeds the text once and each sentence as a place that rebuilds it exactly', () => {
    expect(data.documents[0]!.text).toBe(text);
    data.claims.forEach((claim, i) => {
      expect(claim.record.sentence).toBeUndefined();
      expect(sentenceAt(text, claim.sentenceAt!)).toBe(records[i]!.sentence);
    });
  });
  it('finds a window cut out of a long sentence, marked … at either end', () => {
    const long = `${repeated('chữ ', 3000)}có 12 xã ${repeated('chữ ', 3000)}`;
    const [record] = extract(long);
    const window = `…${long.slice(record!.start - 20, record!.end + 20)}…`;
    expect(sentenceAt(long, placeSentence(long, { ...record!, sentence: window })!)).toBe(window);
    // must not: a sentence that is not around the claim in this text
    expect(placeSentence(long, { ...record!, sentence: 'có 12 xã đạt' })).toBeNull();
    expect(placeSentence(long, { ...record!, sentence: long.slice(0, 100) })).toBeNull();
  });
  it('says a page too large for one string is too large, not "internal error"', () => {
    const stringify = vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    let thrown: unknown;
    try {
      renderReport([{ name: 'p.txt', text, records }]);
    } catch (error) {
      thrown = error;
    } finally {
      stringify.mockRestore();
    }
    expect(thrown).toBeInstanceOf(SolieuError);
    expect((thrown as SolieuError).code).toBe('INPUT_TOO_LARGE');
  });
  it('keeps an article\'s records as they are', () => {
    const article = normalize('Có hơn 85.000 tài khoản, tỷ lệ đạt 96,6%.');
    const own = extract(article);
    const page = renderReport([{ name: 'a.txt', text: article, records: own }]);
    const embedded = JSON.parse(/id="report-data">([^<]*)</.exec(page)![1]!) as ReportData;
    expect(embedded.claims.map((c) => c.record)).toEqual(own);
    expect(embedded.documents[0]!.text).toBeUndefined();
  });
});

describe('check: near-linear in a document that is one giant list', () => {
  const checkTime = (unit: string, bytes: number) => {
    const text = normalize(repeated(unit, bytes));
    const records = extract(text);
    return seconds(() => checkClaims(records, text));
  };
  it('100 KB of "9% " in seconds (once about two minutes)', () => expect(checkTime('9% ', 100 * 1024)).toBeLessThan(5));
  it('a list run into one line, a total and its parts again and again', () => {
    expect(checkTime('Tổng số 500 hộ: 300 hộ nghèo, ', 50 * 1024)).toBeLessThan(5);
    expect(checkTime('27/30 xã (95%), ', 50 * 1024)).toBeLessThan(5);
  });
  it('still warns in a list of ordinary size inside a long line', () => {
    const text = normalize(`${repeated('9% ', 5000)}. Tổng số 500 hộ, trong đó 300 hộ nghèo và 250 hộ cận nghèo.`);
    expect(checkClaims(extract(text), text).map((w) => w.rule)).toEqual(['parts-exceed-total']);
  });
  it('must not add up a list too long to be a breakdown (a table run into one line)', () => {
    const text = normalize(`Tổng số 500 hộ: ${repeated('300 hộ nghèo, ', 6000)}.`);
    expect(checkClaims(extract(text), text).map((w) => w.rule)).toEqual([]);
  });
});

describe('compare: long documents through an index', () => {
  const sampleDir = new URL('../samples/', import.meta.url);
  const texts = readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort().map((f) => normalize(readFileSync(new URL(f, sampleDir), 'utf8')));

  it('finds exactly the changed figures among all bundled articles (past the pairs scored one by one)', () => {
    const text = texts.join('\n');
    const records = extract(text);
    expect(records.length ** 2).toBeGreaterThan(EXHAUSTIVE_PAIRS);
    const changeable = records.filter((r) => r.value_max === null && r.denominator === null && /^\d/.test(r.text) && r.value >= 10);
    const chosen = changeable.filter((_, k) => k % 97 === 0);
    let edited = text;
    for (const r of [...chosen].reverse()) {
      const first = Number(r.text[0]);
      edited = edited.slice(0, r.start) + String(first === 9 ? 8 : first + 1) + edited.slice(r.start + 1);
    }
    const pairs = compareClaims({ name: 'a', records }, { name: 'b', records: extract(edited) }).pairs;
    const flagged = pairs.filter((p) => p.status !== 'agree').map((p) => [p.status, p.a?.start ?? null, p.b?.start ?? null]);
    expect(flagged).toEqual(chosen.map((r) => ['disagree', r.start, r.start]));
  });
  it('4.000 claims a side in seconds (once over a minute), every claim paired with its copy', () => {
    const [a, b] = [claims(4000, 'a.txt'), claims(4000, 'b.txt')];
    let pairs: ReturnType<typeof compareClaims>['pairs'] = [];
    expect(seconds(() => (pairs = compareClaims({ name: 'a', records: a }, { name: 'b', records: b }).pairs))).toBeLessThan(10);
    expect(pairs.every((p) => p.status === 'agree' && p.a!.id === p.b!.id)).toBe(true);
  });
});
