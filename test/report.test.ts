import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compareClaims, type Comparison } from '../src/compare/index.js';
import { extract, normalize, writeRecords, type ClaimRecord } from '../src/index.js';
import { REPORT_SCRIPT } from '../src/report/browser/index.js';
import { CSV_SCRIPT } from '../src/report/browser/csv.js';
import type { ReportData } from '../src/report/data.js';
import { renderReport, type ReportDocument } from '../src/report/index.js';

const HOSTILE = '<script>alert(1)</script>';

function documentOf(name: string, raw: string): ReportDocument {
  const text = normalize(raw);
  return { name, text, records: extract(text, { file: name }) };
}

const ARTICLE = documentOf('a.txt', [
  'Có hơn 85.000 tài khoản, tỷ lệ đạt 96,6%.',
  'Dân số 11.070.000 người; xếp thứ 15/63 tỉnh, thành.',
  'Doanh thu tăng 10-15% mỗi năm. Xem https://example.com/bai-viet để biết thêm.',
].join('\n'));

// A hostile article: a script in its text, its name, its title and one record's unit.
const HOSTILE_DOCUMENT: ReportDocument = (() => {
  const doc = documentOf(`${HOSTILE}.txt`, `Tin mới ${HOSTILE} có 94 xã đăng ký, tỷ lệ đạt trên 98%.`);
  const records = doc.records.map((r, i) => (i === 0 ? { ...r, unit: HOSTILE, unit_norm: HOSTILE, subject: '"><img src=x onerror=alert(2)>' } : r));
  return { ...doc, title: `Tin ${HOSTILE}`, records };
})();

const dataOf = (html: string): ReportData => {
  const json = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no embedded data in the report');
  return JSON.parse(json) as ReportData;
};
const domOf = (html: string) => parseHTML(html).document;

describe('renderReport: escaping', () => {
  const html = renderReport([HOSTILE_DOCUMENT, ARTICLE], { title: HOSTILE, generatedAt: HOSTILE });
  const document = domOf(html);

  it('runs no script but its own and the data block', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(document.querySelectorAll('script')).toHaveLength(2);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
  });
  it('shows the hostile text as text: in the article, its title, its name on hover, the page title', () => {
    expect(document.querySelector('#doc-0 .doc-text')!.textContent).toContain(HOSTILE);
    expect(document.querySelector('#doc-0 h3')!.textContent).toBe(`Tin ${HOSTILE}`);
    expect(document.querySelector('#doc-0 h3')!.getAttribute('title')).toBe(`${HOSTILE}.txt`);
    expect(document.querySelector('title')!.textContent).toBe(HOSTILE);
    expect(document.querySelector('h1')!.textContent).toBe(HOSTILE);
  });
  it('keeps a hostile unit inside the JSON, escaped, and reads it back', () => {
    const block = /id="report-data">([^<]*)</.exec(html)![1]!;
    expect(block).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(dataOf(html).claims[0]!.record.unit).toBe(HOSTILE);
    expect(dataOf(html).documents[0]!.name).toBe(`${HOSTILE}.txt`);
  });
  it('escapes a hostile unit in the chart of units', () => {
    expect([...document.querySelectorAll('.bar-label')].map((n) => n.textContent)).toContain(HOSTILE);
  });
});

describe('renderReport: content', () => {
  const documents = [ARTICLE, HOSTILE_DOCUMENT];
  const html = renderReport(documents, { title: 'Báo cáo' });
  const document = domOf(html);
  const records = documents.flatMap((d) => d.records);

  it('is one page in UTF-8, its interface in English unless asked', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport"');
  });
  it('embeds JSON that parses back to the records', () => {
    const data = dataOf(html);
    expect(data.claims.map((c) => c.record)).toEqual(records);
    expect(data.claims.map((c) => c.doc)).toEqual(documents.flatMap((d, i) => d.records.map(() => i)));
    expect(data.documents.map((d) => d.name)).toEqual(documents.map((d) => d.name));
  });
  it('formats values the Vietnamese way', () => {
    const values = dataOf(html).claims.map((c) => c.valueText);
    expect(values).toEqual(expect.arrayContaining(['85.000', '96,6', '11.070.000', '15/63', '10–15']));
  });
  it('highlights every record once, at its offsets, coloured by kind', () => {
    const marks = [...document.querySelectorAll('mark.claim')];
    expect(marks).toHaveLength(records.length);
    expect(marks.map((m) => m.textContent)).toEqual(records.map((r) => r.text));
    expect(marks.map((m) => m.getAttribute('data-claim'))).toEqual(records.map((_, i) => String(i)));
    expect(marks.every((m, i) => m.classList.contains(`k-${records[i]!.kind}`))).toBe(true);
  });
  it('keeps each text whole, line breaks included', () => {
    expect(document.querySelector('#doc-0 .doc-text')!.textContent).toBe(ARTICLE.text);
  });
  it('refers to nothing on the network', () => {
    expect(html).not.toMatch(/\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i);
    expect(html).toContain("default-src 'none'");
  });
  it('lets only its own script run (the policy names its hash)', () => {
    const hash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain(`<script>${REPORT_SCRIPT}</script>`);
  });
  it('has a legend, charts and a sortable table frame with a document column', () => {
    expect(document.querySelectorAll('.legend li').length).toBe(dataOf(html).kinds.length);
    expect(document.querySelectorAll('.chart')).toHaveLength(2);
    const keys = [...document.querySelectorAll('#claims-table th')].map((th) => th.getAttribute('data-key'));
    expect(keys).toEqual(['doc', 'line', 'kind', 'value', 'qualifier', 'change', 'status', 'unit', 'subject', 'text']);
    expect(document.getElementById('doc-filter')).not.toBeNull();
  });
  it('leaves out the document column for one document', () => {
    const single = domOf(renderReport([ARTICLE]));
    expect(single.querySelector('#claims-table th[data-key="doc"]')).toBeNull();
    expect(single.getElementById('doc-filter')).toBeNull();
  });
  it('handles no documents', () => {
    expect(domOf(renderReport([])).querySelector('#documents')!.textContent).toContain('No documents.');
  });
});

describe('renderReport: claims that do not fit the text', () => {
  const text = 'Năm nay có 94 xã và 12 huyện.';
  const [first, second] = extract(text, { file: 't' }) as [ClaimRecord, ClaimRecord];

  it('finds a claim again when its offsets are shifted (a text given with CRLF)', () => {
    const shifted = `\r\n${text}`;
    const document = domOf(renderReport([{ name: 't', text: shifted, records: [first, second] }]));
    expect([...document.querySelectorAll('mark.claim')].map((m) => m.textContent)).toEqual([first.text, second.text]);
    expect(document.querySelector('.doc-text')!.textContent).toBe(shifted);
  });
  it('drops an overlapping or unfindable claim, says so, and keeps the text whole', () => {
    const overlapping = { ...second, id: 'c3', start: first.start, end: first.end, text: first.text };
    const missing = { ...second, id: 'c4', text: '777' };
    const html = renderReport([{ name: 't', text, records: [first, overlapping, second, missing] }]);
    const document = domOf(html);
    expect(document.querySelectorAll('mark.claim')).toHaveLength(2);
    expect(document.querySelector('.doc-text')!.textContent).toBe(text);
    expect(document.querySelector('.doc-meta')!.textContent).toContain('2 not highlighted');
    expect(dataOf(html).claims.map((c) => c.placed)).toEqual([true, false, true, false]);
  });
});

describe('renderReport: comparison', () => {
  const [a, b] = [ARTICLE.records[0]!, ARTICLE.records[1]!];
  const comparison: Comparison = {
    a: 'a.txt',
    b: `${HOSTILE}.txt`,
    pairs: [
      { status: 'agree', a, b: { ...a, file: 'b.txt' }, similarity: 1, why: 'same figure' },
      { status: 'only-b', a: null, b, similarity: 0, why: '' },
      { status: 'disagree', a, b: { ...a, value: 90000, file: 'b.txt' }, similarity: 0.8, why: 'different figures' },
      { status: 'only-a', a: b, b: null, similarity: 0, why: '' },
    ],
  };

  it('appears only when given', () => {
    expect(renderReport([ARTICLE])).not.toContain('id="comparison"');
    expect(renderReport([ARTICLE], { comparison })).toContain('id="comparison"');
  });
  it('groups the pairs by status, disagreements first, with counts', () => {
    const document = domOf(renderReport([ARTICLE], { comparison }));
    const groups = [...document.querySelectorAll('.status-group')].map((g) => g.id);
    expect(groups).toEqual(['status-disagree', 'status-agree', 'status-only-a', 'status-only-b']);
    const counts = [...document.querySelectorAll('.status-counts li')].map((li) => li.textContent);
    expect(counts).toEqual(['Disagree 1', 'Rounded 0', 'Consistent with a bound 0', 'Agree 1', 'Only in A 1', 'Only in B 1']);
    const disagree = document.querySelector('#status-disagree .pair')!;
    expect([...disagree.querySelectorAll('.pair-value')].map((n) => n.textContent)).toEqual(['85.000', '90.000']);
    expect(disagree.querySelector('blockquote mark')!.textContent).toBe(a.text);
    expect(disagree.querySelector('.pair-meta')!.textContent).toContain('B − A = +5.000');
  });
  it('a plan against its results: target met and missed groups, counted only when present', () => {
    const plan = documentOf('plan.txt', 'Tỉnh phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%. Kế hoạch đề ra thu ngân sách 5.000 tỷ đồng.');
    const result = documentOf('result.txt', 'Tỷ lệ tham gia bảo hiểm y tế đạt 93,1%. Thu ngân sách đạt 5.620 tỷ đồng.');
    const document = domOf(renderReport([plan, result], { comparison: compareClaims(plan, result) }));
    expect([...document.querySelectorAll('.status-group')].map((g) => g.id)).toEqual(['status-target-missed', 'status-target-met']);
    expect([...document.querySelectorAll('.status-counts li')].map((li) => li.textContent)).toContain('Target missed 1');
    expect(document.querySelector('#status-target-missed .pair-meta')!.textContent).toContain('B − A');
  });
  it('links a compared claim to its highlight when it is in the report', () => {
    const document = domOf(renderReport([ARTICLE], { comparison }));
    expect(document.querySelector('#status-only-b .goto')!.getAttribute('data-claim')).toBe('1');
  });
  it('renders a real comparison with every compared claim linked to its highlight', () => {
    const revised = documentOf('b.txt', ARTICLE.text.replace('96,6%', '97,1%'));
    const real = compareClaims(ARTICLE, revised);
    const document = domOf(renderReport([ARTICLE, revised], { comparison: real }));
    const sides = real.pairs.flatMap((p) => [p.a, p.b]).filter((r) => r !== null);
    expect([...document.querySelectorAll('#comparison .goto')]).toHaveLength(sides.length);
    expect(document.querySelector('#status-disagree .pair-value')!.textContent).toBe('96,6');
  });
  it('names the documents by title or file name, their names escaped on hover', () => {
    const html = renderReport([ARTICLE], { comparison });
    expect(html).not.toContain(HOSTILE);
    const names = [...domOf(html).querySelectorAll('#comparison p b')];
    expect(names.map((b) => b.textContent)).toEqual(['a.txt', 'script>.txt']);
    expect(names[1]!.getAttribute('title')).toBe(`${HOSTILE}.txt`);
  });
});

describe('the page script', () => {
  it('is valid JavaScript without ES2020 operators', () => {
    expect(() => new Function(REPORT_SCRIPT)).not.toThrow();
    expect(REPORT_SCRIPT).not.toMatch(/\?\.|\?\?/);
  });
  it('writes the CSV `solieu extract --format csv` writes, formula escaping included', () => {
    const toCsv = new Function(`${CSV_SCRIPT}; return toCsv;`)() as (fields: string[], records: ClaimRecord[]) => string;
    const base = ARTICLE.records[0]!;
    const tricky: ClaimRecord[] = [
      ...ARTICLE.records,
      { ...base, unit: '=HYPERLINK("http://x")', subject: '+1', sentence: '@SUM(A1)\nnext', text: '-5', value: -5 },
      { ...base, unit: 'xã, phường', subject: 'nói "có"', qualifier: null, sentence: '\uFF1D1' },
    ];
    const html = renderReport([{ ...ARTICLE, records: tricky }]);
    expect(toCsv(dataOf(html).csvFields, tricky)).toBe(writeRecords(tricky, 'csv'));
  });
});
