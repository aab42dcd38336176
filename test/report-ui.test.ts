import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport } from '../src/cli/commands/report.js';
import type { CliIO } from '../src/cli/io.js';
import { compareClaims } from '../src/compare/index.js';
import { extract, normalize, type ClaimRecord } from '../src/index.js';
import type { ReportData } from '../src/report/data.js';
import { renderReport, type ReportDocument } from '../src/report/index.js';
import { EN } from '../src/report/strings/en.js';
import { formatCount, stringsOf } from '../src/report/strings/index.js';
import { VI } from '../src/report/strings/vi.js';
import { formatFigure } from '../src/report/amounts.js';
import { documentTitle } from '../src/report/titles.js';
import { runCli } from './helpers/cli.js';

// The report's interface language (issue 14), the names it gives documents and the unit filter's groups.

function documentOf(name: string, raw: string, extra: Partial<ReportDocument> = {}): ReportDocument {
  const text = normalize(raw);
  return { name, text, records: extract(text, { file: name }), ...extra };
}

const dataOf = (html: string): ReportData => JSON.parse(/id="report-data">([^<]*)</.exec(html)![1]!) as ReportData;

/** The page's own words: everything shown but the documents' texts, quotes and the embedded data and script. */
function interfaceText(html: string): string {
  const { document } = parseHTML(html);
  for (const node of document.querySelectorAll('script, .doc-text, blockquote, .pair-value, .pair-unit, #doc-picker')) node.remove();
  return document.body.textContent ?? '';
}

const PLAN = documentOf('/home/phong-vien/2024/ke-hoach.txt', 'Tỷ lệ hộ nghèo năm nay là 53,17%. Tỉnh có 13.200 hộ nghèo. Doanh thu đạt 2,5 tỷ đồng.');
const RESULT = documentOf('/home/phong-vien/2024/ket-qua.txt', 'Tỷ lệ hộ nghèo năm nay là 35,17%. Tỉnh có 13.000 hộ nghèo. Doanh thu đạt 2,5 tỷ đồng.', { title: 'Kết quả giảm nghèo 2024' });

describe('renderReport in Vietnamese (ui: vi)', () => {
  const html = renderReport([PLAN, RESULT], { ui: 'vi', comparison: compareClaims(PLAN, RESULT), generatedAt: '2024-05-01 08:00' });
  const { document } = parseHTML(html);
  const shown = interfaceText(html);

  it('is a Vietnamese page: lang, default title, headings, filters, columns', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(document.querySelector('h1')!.textContent).toBe('Báo cáo số liệu');
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Tổng quan', 'So sánh', 'Số liệu', 'Văn bản']);
    expect([...document.querySelectorAll('#claims-table th')].map((th) => th.textContent!.trim())).toContain('đối tượng');
    expect(document.querySelector('#download-csv')!.textContent).toBe('Tải CSV');
    expect(document.querySelector('.page-head .muted')!.textContent).toBe('2 văn bản · 6 số liệu · tạo lúc 2024-05-01 08:00');
  });
  it('leaves no English label: every word of the English table is absent', () => {
    const english = [...new Set(Object.values(EN).flatMap(function words(v: unknown): string[] {
      if (typeof v === 'string') return v.split(/[^A-Za-z]+/).filter((w) => w.length > 3);
      return v && typeof v === 'object' ? Object.values(v).flatMap(words) : [];
    }))];
    english.splice(english.indexOf('JavaScript'), 1); // a name, the same in Vietnamese
    expect(english.length).toBeGreaterThan(50);
    expect(english.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(shown))).toEqual([]);
  });
  it('writes the difference of two percentages in percentage points, and compare\'s reasons in Vietnamese', () => {
    const meta = [...document.querySelectorAll('.pair-meta')].map((p) => p.textContent);
    expect(meta.some((m) => m!.includes('B − A = -18 điểm phần trăm'))).toBe(true);
    expect(meta.some((m) => /đơn vị %/.test(m!) && /con số khác nhau/.test(m!))).toBe(true);
    expect(meta.some((m) => m!.includes('(-1,5 %)'))).toBe(true); // 13.200 → 13.000 hộ
    expect(meta.every((m) => /^độ giống \d+ %/.test(m!))).toBe(true);
    expect([...document.querySelectorAll('.pair-value')].map((v) => v.textContent)).toContain('2,5 tỷ');
  });
  it('names the documents by title, else file name, never by path', () => {
    expect([...document.querySelectorAll('#documents h3')].map((h) => h.textContent)).toEqual(['ke-hoach.txt', 'Kết quả giảm nghèo 2024']);
    expect(document.querySelector('#doc-1 h3')!.getAttribute('title')).toBe('/home/phong-vien/2024/ket-qua.txt');
    expect([...document.querySelectorAll('#comparison p b')].map((b) => b.textContent)).toEqual(['ke-hoach.txt', 'Kết quả giảm nghèo 2024']);
    expect(shown).not.toContain('/home/');
    expect(dataOf(html).documents.map((d) => d.title)).toEqual(['ke-hoach.txt', 'Kết quả giảm nghèo 2024']);
  });
  it('gives the page\'s script the Vietnamese words', () => {
    expect(dataOf(html).ui).toEqual(VI);
  });
  it('writes counts the Vietnamese way, and keeps English the default', () => {
    expect(formatCount(13200, stringsOf('vi'))).toBe('13.200');
    expect(formatCount(13200, stringsOf('en'))).toBe('13,200');
    expect(renderReport([PLAN])).toContain('<html lang="en">');
    expect(() => renderReport([PLAN], { ui: 'fr' as 'vi' })).toThrow(/option `ui` must be vi or en, got "fr"/);
  });
});

describe('formatFigure: amounts as a Vietnamese reader writes them, never rounded', () => {
  const figure = (value: number, value_max: number | null = null, denominator: number | null = null) => ({ value, value_max, denominator });
  it.each([
    [figure(2.5e9), '2,5 tỷ'],
    [figure(4.31e9), '4,31 tỷ'],
    [figure(1.1771e15), '1.177.100 tỷ'],
    [figure(11_070_000), '11,07 triệu'],
    [figure(13_200), '13.200'],
    [figure(1_234_567), '1.234.567'],
    [figure(-3e9), '-3 tỷ'],
    [figure(10e9, 15e9), '10–15 tỷ'],
    [figure(500e6, 1.5e9), '500–1.500 triệu'],
    [figure(15, null, 63), '15/63'],
    [figure(53.17), '53,17'],
  ])('%o → %s', (r, expected) => {
    expect(formatFigure(r, stringsOf('vi'))).toBe(expected);
  });
  it('leaves English figures as the terminal table writes them', () => {
    expect(formatFigure(figure(2.5e9), stringsOf('en'))).toBe('2.500.000.000');
  });
});

describe('documentTitle', () => {
  const record = (extra: Partial<ClaimRecord>) => ({ ...extra }) as ClaimRecord;
  it.each([
    ['its title', { name: '/srv/a.html', title: 'Giá xăng giảm', records: [] }, 'Giá xăng giảm'],
    ['its records\' title', { name: '/srv/a.pdf', records: [record({ title: 'Báo cáo quý I' })] }, 'Báo cáo quý I'],
    ['its id', { name: 'news.jsonl:17', id: 'dantri-001', records: [] }, 'dantri-001'],
    ['its records\' doc_id', { name: 'news.jsonl:17', records: [record({ doc_id: 42 })] }, '42'],
    ['the base name of a path', { name: '/home/a/b/bai-viet.txt', records: [] }, 'bai-viet.txt'],
    ['the base name of a Windows path', { name: 'C:\\bao\\bai.docx', records: [] }, 'bai.docx'],
    ['standard input', { name: '-', records: [] }, '-'],
    ['a blank title: the next choice', { name: 'x/y.txt', title: '  ', records: [] }, 'y.txt'],
  ])('%s', (_, document, expected) => {
    expect(documentTitle(document)).toBe(expected);
  });
});

describe('the unit filter: normalised units, a dozen by name, then the others', () => {
  const base = extract('Có 94 xã.', { file: 't' })[0]!;
  const records: ClaimRecord[] = [
    { ...base, kind: 'measure', unit: 'm2', unit_norm: 'm²' },
    { ...base, kind: 'measure', unit: 'mét vuông', unit_norm: 'm²' },
    { ...base, kind: 'measure', unit: 'm²', unit_norm: 'm²' },
    { ...base, kind: 'measure', unit: 'tháng', unit_norm: 'month' },
    { ...base, kind: 'measure', unit: 'tháng', unit_norm: 'month' },
    ...Array.from({ length: 14 }, (_, i) => ({ ...base, unit: `loại ${i}`, unit_norm: `loại ${i}` })),
  ];
  const text = 'Có 94 xã.';
  const data = dataOf(renderReport([{ name: 't', text, records }], { ui: 'vi' }));

  it('groups the written spellings under their normalised unit, most frequent first', () => {
    expect(data.units[0]).toEqual(['m²', 3]);
    expect(data.units).toHaveLength(12);
    expect(data.otherUnits).toBe(records.length - data.units.reduce((sum, [, n]) => sum + n, 0));
    expect(data.otherUnits).toBe(4);
  });
  it('names a calendar unit in Vietnamese in the chart', () => {
    const { document } = parseHTML(renderReport([{ name: 't', text, records }], { ui: 'vi' }));
    const labels = [...document.querySelectorAll('.bar-label')].map((n) => n.textContent);
    expect(labels).toContain('tháng');
    expect(labels).not.toContain('month');
  });
});

describe('solieu report: the interface language and the documents\' names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-report-ui-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = join(dir, 'gia-xang.html');
  writeFileSync(page, '<!doctype html><html><head><title>Giá xăng giảm mạnh | Báo X</title><meta property="og:title" content="Giá xăng giảm mạnh"></head>'
    + '<body><article><h1>Giá xăng giảm mạnh</h1><p>Giá xăng RON 95 giảm 1.200 đồng mỗi lít, còn 23.500 đồng.</p><p>Có 94 cửa hàng điều chỉnh giá.</p></article></body></html>');
  const collection = join(dir, 'tin.jsonl');
  writeFileSync(collection, '{"id": "bai-1", "text": "Có 94 xã đạt chuẩn."}\n{"id": "bai-2", "text": "Tỷ lệ đạt 53,17%."}\n');

  it('is Vietnamese when the locale says vi, and names a page by its title', async () => {
    const run = await runCli(['report', page], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(run.code).toBe(0);
    const { document } = parseHTML(run.stdout);
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    expect(document.querySelector('#doc-0 h3')!.textContent).toBe('Giá xăng giảm mạnh');
  });
  it('is English otherwise, and names JSON Lines documents by their ids', async () => {
    let stdout = '';
    const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, stdin: async function* () {}, env: { LANG: 'C.UTF-8' } };
    expect(await runReport([collection], { inputFormat: 'jsonl' }, io)).toBe(0);
    const { document } = parseHTML(stdout);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect([...document.querySelectorAll('#documents h3')].map((h) => h.textContent)).toEqual(['bai-1', 'bai-2']);
    expect(interfaceText(stdout)).not.toContain(dir);
  });
});
