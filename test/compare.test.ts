import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../src/annotate/annotate.js';
import { compareClaims, compareValues, precisionOf } from '../src/compare/index.js';
import { extract, type ClaimRecord } from '../src/index.js';
import { runCli } from './helpers/cli.js';

const sampleDir = new URL('../samples/', import.meta.url);
const sample = readFileSync(new URL('thanh-hoa-chuyen-doi-so.txt', sampleDir), 'utf8');
const statusesOf = (a: string, b: string) => {
  const pairs = compareClaims({ name: 'a', records: extract(a) }, { name: 'b', records: extract(b) }).pairs;
  const flagged = pairs.filter((p) => p.status !== 'agree').map((p) => [p.status, p.a?.text ?? null, p.b?.text ?? null]);
  return { flagged, agree: pairs.filter((p) => p.status === 'agree').length };
};

describe('compare: an article against an edited copy', () => {
  it('flags exactly the five changed figures as disagreeing and the two rounded ones as rounded; added qualifiers agree', () => {
    const edits: [string, string][] = [
      ['94 xã', '96 xã'], ['4.233 Tổ', '4.283 Tổ'], ['850 doanh nghiệp', '870 doanh nghiệp'], ['152 sản phẩm', '125 sản phẩm'],
      ['ký số cơ quan đạt 96,6%', 'ký số cơ quan đạt 69,6%'], // five figures changed
      ['hơn 27,6 triệu lượt', 'hơn 27.612.345 lượt'], ['11.361 sản phẩm', '11.400 sản phẩm'], // two rounded
      ['48 trang', 'khoảng 48 trang'], ['559 trang', 'hơn 559 trang'], // two qualifiers added
    ];
    let edited = sample;
    for (const [from, to] of edits) {
      expect(edited).toContain(from);
      edited = edited.replace(from, to);
    }
    const { flagged, agree } = statusesOf(sample, edited);
    expect(flagged).toEqual([
      ['disagree', '94', '96'],
      ['disagree', '96,6%', '69,6%'],
      ['rounded', 'hơn 27,6 triệu', 'hơn 27.612.345'],
      ['disagree', '152', '125'],
      ['rounded', 'hơn 11.361', 'hơn 11.400'],
      ['disagree', '850', '870'],
      ['disagree', '4.233', '4.283'],
    ]);
    expect(agree).toBe(extract(sample).length - 7);
  });

  // Every bundled article with three of its figures changed (the first digit of each): those
  // three disagree and nothing else is flagged. The changes are made at the records' offsets.
  const articles = readdirSync(sampleDir).filter((f) => f.endsWith('.txt'));
  for (const file of articles) {
    it(`three changed figures of ${file}`, () => {
      const text = readFileSync(new URL(file, sampleDir), 'utf8');
      const records = extract(text);
      const changeable = (r: ClaimRecord) => r.value_max === null && r.denominator === null && /^\d/.test(r.text) && r.value >= 10;
      const chosen = records.filter(changeable).filter((_, k, all) => [0, Math.floor(all.length / 2), all.length - 1].includes(k));
      let edited = text;
      for (const r of [...chosen].reverse()) {
        const first = Number(r.text[0]);
        edited = edited.slice(0, r.start) + String(first === 9 ? 8 : first + 1) + edited.slice(r.start + 1);
      }
      const { flagged } = statusesOf(text, edited);
      expect(flagged.map(([status, a]) => [status, a])).toEqual(chosen.map((r) => ['disagree', r.text]));
    });
  }

  it('pairs claims across different wording by unit, subject and context', () => {
    const report = `Thanh Hóa đứng thứ 15/63 tỉnh, thành trong bảng xếp hạng chuyển đổi số năm 2022.
Toàn tỉnh có 96 xã, phường, thị trấn đăng ký thực hiện chuyển đổi số cấp xã.
Tỷ lệ ký số cá nhân đạt trên 98%, trong khi ký số cơ quan đạt 96,6%.
Cổng dịch vụ công của tỉnh có hơn 85.000 tài khoản đăng ký và khoảng 27,6 triệu lượt truy cập.
Tỉnh đã thành lập 4.300 tổ công nghệ số cộng đồng với 14.478 thành viên.
Có 900 doanh nghiệp được hỗ trợ ứng dụng chuyển đổi số.
Giá vàng hôm nay tăng 2 triệu đồng mỗi lượng.`;
    const pairs = compareClaims({ name: 'a', records: extract(sample) }, { name: 'b', records: extract(report) }).pairs;
    const of = (status: string) => pairs.filter((p) => p.status === status).map((p) => [p.a?.text ?? null, p.b?.text ?? null]);
    expect(of('disagree')).toEqual([['94', '96'], ['850', '900'], ['4.233', '4.300']]);
    expect(of('agree')).toEqual([
      ['15/63', '15/63'], ['trên 98%', 'trên 98%'], ['96,6%', '96,6%'], ['hơn 85.000', 'hơn 85.000'], ['hơn 27,6 triệu', 'khoảng 27,6 triệu'], ['14.478', '14.478'],
    ]);
    expect(of('only-b')).toEqual([[null, '2 triệu đồng']]);
  });
});

describe('compareValues', () => {
  const claim = (text: string): ClaimRecord => {
    const [r] = extract(`Có ${text} doanh nghiệp.`);
    if (!r) throw new Error(`no claim in ${text}`);
    return r;
  };
  const table: [string, string, 'agree' | 'rounded' | 'consistent' | 'disagree'][] = [
    ['85.341', 'hơn 85.000', 'consistent'], // a bound, a range or `khoảng` that holds: consistent, not the same figure
    ['khoảng 95', '100', 'consistent'],
    ['12', '10-15', 'consistent'],
    ['27,6 triệu', '27.612.345', 'rounded'],
    ['1.200', '1.249', 'rounded'],
    ['khoảng 94', '94', 'agree'],
    // must not agree:
    ['94', '96', 'disagree'],
    ['100', '98', 'disagree'], // a small round number is exact, not rounded
    ['1.200', '1.250', 'disagree'], // 1.250 rounds to 1.300
    ['hơn 85.000', '84.000', 'disagree'],
    ['dưới 50', '60', 'disagree'],
    ['khoảng 100', '120', 'disagree'],
    ['20', '10-15', 'disagree'],
  ];
  for (const [a, b, status] of table) it(`${a} ~ ${b}: ${status}`, () => expect(compareValues(claim(a), claim(b))).toBe(status));
  it('ratios need the same denominator', () => {
    const [x] = extract('xếp thứ 15/63 tỉnh');
    const [y] = extract('xếp thứ 15/64 tỉnh');
    expect(compareValues(x!, y!)).toBe('disagree');
  });
  const precision: [number, number][] = [[27_600_000, 100_000], [85_000, 1000], [96.6, 0.1], [98, 1], [100, 1], [0.05, 0.01], [1200, 100]];
  for (const [value, unit] of precision) it(`precisionOf(${value}) = ${unit}`, () => expect(precisionOf(value)).toBeCloseTo(unit, 12));
});

describe('annotate', () => {
  const text = 'Có trên 11,07 triệu lượt văn bản, tăng 12%.';
  const records = extract(text);
  it('marks claims in brackets without colour, the text otherwise unchanged', () => {
    const out = annotateText(text, records, { color: false });
    expect(out).toBe('Có [trên 11,07 triệu | count 11.070.000 over] lượt văn bản, tăng [12% | percent 12% up].\n');
    expect(out.replace(/\[([^|\]]+) \| [^\]]+\]/g, '$1')).toBe(`${text}\n`);
  });
  it('colours claims by kind with their figure beside them, with colour codes only (pager-friendly)', () => {
    const out = annotateText(text, records, { color: true });
    expect(out).toMatch(/\u001b\[36m.*trên 11,07 triệu.*⟨11\.070\.000⟩/);
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toBe('Có trên 11,07 triệu⟨11.070.000⟩ lượt văn bản, tăng 12%⟨12%⟩.\n');
    expect(out).not.toMatch(/\u001b\[[0-9;]*[A-HJKSTf]/); // no cursor movement
  });
  it('marks a target, a forecast or a rule apart from a result; a result carries no status', () => {
    const plan = 'Kế hoạch đề ra 100 tỷ đồng, đạt 120 tỷ đồng.';
    expect(annotateText(plan, extract(plan), { color: false })).toBe('Kế hoạch đề ra [100 tỷ đồng | money 100.000.000.000 target], đạt [120 tỷ đồng | money 120.000.000.000].\n');
    expect(annotateText(plan, extract(plan), { color: true }).replace(/\u001b\[[0-9;]*m/g, '')).toBe('Kế hoạch đề ra 100 tỷ đồng⟨100.000.000.000 · target⟩, đạt 120 tỷ đồng⟨120.000.000.000⟩.\n');
  });
});

describe('the commands', () => {
  it('compare: a table on a terminal, exit 3 when a figure disagrees, 0 when none', async () => {
    const dir = new URL('../samples/', import.meta.url).pathname;
    const same = await runCli(['compare', `${dir}thanh-hoa-chuyen-doi-so.txt`, `${dir}thanh-hoa-chuyen-doi-so.txt`, '-f', 'csv']);
    expect(same.code).toBe(0);
    expect(same.stdout.split('\n')[0]).toBe('status,kind,similarity,why,a_line,a_start,a_end,a_text,a_value,a_value_max,a_denominator,a_unit,a_subject,a_status,a_time,a_sentence,b_line,b_start,b_end,b_text,b_value,b_value_max,b_denominator,b_unit,b_subject,b_status,b_time,b_sentence,difference,difference_unit,relative_difference');
    expect((await runCli(['compare', `${dir}thanh-hoa-chuyen-doi-so.txt`])).code).toBe(2);
  });
  it('report: one HTML page to -o, with the comparison for two documents', async () => {
    const dir = new URL('../samples/', import.meta.url).pathname;
    const out = join(mkdtempSync(join(tmpdir(), 'solieu-report-')), 'r.html');
    const run = await runCli(['report', `${dir}thanh-hoa-chuyen-doi-so.txt`, `${dir}dantri-business_003.txt`, '-o', out, '--title', 'Kiểm tra số liệu']);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Kiểm tra số liệu');
    expect(html).toContain('Comparison');
    const one = await runCli(['report', `${dir}thanh-hoa-chuyen-doi-so.txt`]);
    expect(one.stdout).not.toContain('id="comparison"');
  });
  it('check: warnings with their rule and figures, exit 3; exit 0 and no warning on the bundled articles', async () => {
    const run = await runCli(['check', '-f', 'jsonl'], { stdin: 'Tổng số 500 hộ, trong đó 300 hộ nghèo và 250 hộ cận nghèo.\nTỉnh xếp thứ 70/63 cả nước.' });
    expect(run.code).toBe(3);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((w) => [w.line, w.rule, w.claims])).toEqual([
      [1, 'parts-exceed-total', '500 · 300 · 250'], [2, 'rank-over-total', '70/63'],
    ]);
    const clean = await runCli(['check', new URL('../samples/', import.meta.url).pathname, '-f', 'table'], { tty: true });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^No warnings in \d+ documents\.\n$/);
  });
  it('annotate: brackets when the output is not a terminal', async () => {
    const run = await runCli(['annotate'], { stdin: 'Có trên 11,07 triệu lượt văn bản.' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[trên 11,07 triệu | count 11.070.000 over]');
  });
});

describe('compare: a plan against its results (target vs result, met or not)', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`fixtures/plans/${name}`, import.meta.url));
  const plan = fixture('ke-hoach-2023.txt');
  const results = fixture('ket-qua-2023.txt');

  it('pairs each target with its result and says whether it was met; never "disagree"', async () => {
    const run = await runCli(['compare', '-f', 'json', plan, results]);
    expect(run.code).toBe(0); // a missed target is no disagreement between the documents
    const pairs = JSON.parse(run.stdout) as { status: string; a_text: string; b_text: string; a_status: string; b_status: string }[];
    const by = Object.fromEntries(pairs.map((p) => [p.a_text, [p.status, p.b_text]]));
    expect(by).toEqual({
      '7,5%': ['target-missed', '6,2%'], // growth below the target
      '95%': ['target-missed', '93,1%'],
      '5.000 tỷ đồng': ['target-met', '5.620 tỷ đồng'], // revenue above the plan
      'dưới 3%': ['target-met', '2,8%'], // a ceiling: met at or below it
      '1,2 triệu': ['target-met', '1,25 triệu'],
      '1,5 tỷ USD': ['forecast-met', '1,5 tỷ USD'], // a forecast that came true
    });
    expect(pairs.every((p) => p.a_status !== 'actual' && p.b_status === 'actual')).toBe(true);
  });

  it('must not: two results, or two statements of one plan, are compared as figures', () => {
    expect(statusesOf('Thu ngân sách đạt 5.000 tỷ đồng.', 'Thu ngân sách đạt 5.620 tỷ đồng.').flagged).toEqual([['disagree', '5.000 tỷ đồng', '5.620 tỷ đồng']]);
    expect(statusesOf('Kế hoạch đề ra thu ngân sách 5.000 tỷ đồng.', 'Kế hoạch đề ra thu ngân sách 5.620 tỷ đồng.').flagged).toEqual([['disagree', '5.000 tỷ đồng', '5.620 tỷ đồng']]);
    expect(statusesOf('Dự báo kim ngạch xuất khẩu đạt 1,5 tỷ USD.', 'Kim ngạch xuất khẩu đạt 1,2 tỷ USD.').flagged).toEqual([['forecast-missed', '1,5 tỷ USD', '1,2 tỷ USD']]);
  });

  it('a result on side A and the target on side B is the same question', () => {
    const pairs = compareClaims({ name: 'a', records: extract('Tỷ lệ hộ nghèo giảm còn 3,4%.') }, { name: 'b', records: extract('Mục tiêu giảm tỷ lệ hộ nghèo xuống dưới 3%.') }).pairs;
    expect(pairs.map((p) => p.status)).toEqual(['target-missed']); // 3,4% is not under 3%, however it rounds
  });

  it('a target is a line: 94,8% against 95% is short of it, 95% meets it', () => {
    expect(statusesOf('Tỉnh phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%.', 'Tỷ lệ tham gia bảo hiểm y tế đạt 94,8%.').flagged).toEqual([['target-missed', '95%', '94,8%']]);
    expect(statusesOf('Tỉnh phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%.', 'Tỷ lệ tham gia bảo hiểm y tế đạt 95%.').flagged).toEqual([['target-met', '95%', '95%']]);
  });
});

describe('compare: a bound stretches as far as a writer uses it (issue #13)', () => {
  const one = (text: string) => extract(text)[0]!;
  const table: [string, string, string][] = [
    ['Có hơn 500 hộ nghèo.', 'Có 512 hộ nghèo.', 'consistent'], // a bound that holds is its own status, not agree
    ['Có gần 10.000 ca mắc.', 'Có 9.600 ca mắc.', 'consistent'],
    ['Có 1.200 ca mắc.', 'Có 1.200 ca mắc.', 'agree'],
  ];
  for (const [a, b, want] of table) it(`${a} / ${b} → ${want}`, () => expect(compareValues(one(a), one(b))).toBe(want));
  const mustNot: [string, string][] = [
    ['Có hơn 500 hộ nghèo.', 'Có 5.000 hộ nghèo.'], // "hơn 500" is not said of 5.000
    ['Có gần 10.000 ca mắc.', 'Có 4.100 ca mắc.'],
    ['Lãi gần 50 tỷ đồng.', 'Lãi 39 tỷ đồng.'],
  ];
  for (const [a, b] of mustNot) it(`must not agree: ${a} / ${b}`, () => expect(compareValues(one(a), one(b))).toBe('disagree'));

  it('pairs only compatible units, and says why', () => {
    const pairs = compareClaims({ name: 'a', records: extract('Giá xăng E5 là 16.871 đồng/lít.') }, { name: 'b', records: extract('Giá xăng E5 là 16.871 đồng.') }).pairs;
    expect(pairs.map((p) => p.status)).toEqual(['agree']); // a side that leaves the "per" out may be either
    expect(pairs[0]!.why).toContain('same figure');
    const apart = compareClaims({ name: 'a', records: extract('Giảm 47 triệu đồng/xe.') }, { name: 'b', records: extract('Giảm 47 triệu đồng/lít.') }).pairs;
    expect(apart.map((p) => p.status)).toEqual(['only-a', 'only-b']); // per a car is not per a litre
  });
});
