import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectType, type InputType } from '../src/formats/detect-type.js';
import { readDocument } from '../src/formats/read-document.js';
import { placeRecords } from '../src/formats/source-text.js';
import { extract, type ClaimRecord } from '../src/index.js';
import { docx, newsPage, windows1258 } from './helpers/documents.js';
import { encodeLegacy } from './helpers/legacy.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url)));
const article = readFileSync(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url), 'utf8');
const paragraphs = article.split('\n').filter((l) => l.trim());

/** What a claim says, without where it stands: the same in every form of the article. */
const says = (r: ClaimRecord) => ({ kind: r.kind, value: r.value, value_max: r.value_max, denominator: r.denominator, unit: r.unit, qualifier: r.qualifier });
const recordsOf = async (bytes: Uint8Array, name: string) => {
  const source = await readDocument(bytes, name);
  return placeRecords(extract(source.text, { file: name }), source);
};
const expected = extract(article).map(says);

describe('the sample article in every form gives the same claims as the UTF-8 text', () => {
  const utf16 = (le: boolean) => {
    const body = Buffer.from(article, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };
  const forms: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['UTF-8 with a byte-order mark', () => Buffer.from(`\uFEFF${article}`)],
    ['decomposed (NFD)', () => Buffer.from(article.normalize('NFD'))],
    ['CRLF line ends', () => Buffer.from(article.replace(/\n/g, '\r\n'))],
    ['UTF-16 LE', () => utf16(true)],
    ['UTF-16 BE', () => utf16(false)],
    ['Windows-1258', () => windows1258(article)],
    ['VNI bytes', () => encodeLegacy(article, 'vni')],
    ['VNI read as Windows-1252 and saved as UTF-8', () => Buffer.from(new TextDecoder('windows-1252').decode(encodeLegacy(article, 'vni')))],
    ['an HTML news page', () => Buffer.from(newsPage(article, { title: 'Thanh Hóa chuyển đổi số', published: '2023-08-01T08:00:00+07:00' }))],
    ['a two-page PDF', () => fixture('sample.pdf')],
    ['a DOCX', () => docx(paragraphs)],
  ];
  for (const [form, make] of forms) {
    it(form, async () => expect((await recordsOf(await make(), `article.${form.includes('PDF') ? 'pdf' : form.includes('DOCX') ? 'docx' : form.includes('HTML') ? 'html' : 'txt'}`)).map(says)).toEqual(expected));
  }
  it('TCVN3 (bytes, and read as Windows-1252), which has no capitals with tone marks', async () => {
    // A .VnTime document writes such a capital as its small letter: compare with that text.
    const lowered = [...article].map((ch) => (/[\u0300\u0301\u0303\u0309\u0323]/.test(ch.normalize('NFD')) ? ch.toLowerCase() : ch)).join('');
    const claims = extract(lowered).map(says);
    expect(claims.map((c) => c.value)).toEqual(expected.map((c) => c.value));
    expect((await recordsOf(encodeLegacy(article, 'tcvn3'), 'a.txt')).map(says)).toEqual(claims);
    const mojibake = Buffer.from(new TextDecoder('windows-1252').decode(encodeLegacy(article, 'tcvn3')));
    expect((await recordsOf(mojibake, 'a.txt')).map(says)).toEqual(claims);
  });
});

describe('where each claim stands', () => {
  it('a PDF: the page of each claim, across the page break', async () => {
    const records = await recordsOf(fixture('sample.pdf'), 'a.pdf');
    expect(new Set(records.map((r) => r.page))).toEqual(new Set([1, 2]));
    expect(records.find((r) => r.text === 'trên 11,07 triệu')?.page).toBe(1);
    expect(records.at(-1)?.page).toBe(2);
  });
  it('a PDF: lines are joined back into paragraphs, so a claim cut by a line break is one claim', async () => {
    const { text } = await readDocument(fixture('wrapped.pdf'), 'a.pdf');
    expect(text).toBe('Từ năm 2021 đến nay, có trên 11,07 triệu lượt văn bản điện tử trao đổi, doanh thu đạt 10-15 tỷ đồng mỗi năm.\nĐoạn sau có 94 xã.');
    expect(extract(text).map((r) => [r.value, r.value_max])).toEqual([[11_070_000, null], [10e9, 15e9], [94, null]]);
    // The sample: one line per paragraph, and a page number line per page (left out as page furniture).
    expect((await readDocument(fixture('sample.pdf'), 'a.pdf')).text.split('\n')).toHaveLength(paragraphs.length + 2);
  });
  it('a web page: title and publication date in every record, and none of the page around the article', async () => {
    const records = await recordsOf(Buffer.from(newsPage(article, { title: 'Thanh Hóa chuyển đổi số', published: '2023-08-01' })), 'a.html');
    expect(records.every((r) => r.title === 'Thanh Hóa chuyển đổi số' && r.published === '2023-08-01')).toBe(true);
    expect(records.map((r) => r.text)).not.toContain('50%'); // the advert
    expect(records.map((r) => r.sentence).join(' ')).not.toMatch(/Tin liên quan|Bình luận|Hotline/);
  });
  it('a DOCX: each table cell a claim of its own, with its table, row and column', async () => {
    const bytes = await docx(['Kết quả năm 2023 như sau.', [['Chỉ tiêu', 'Năm 2022', 'Năm 2023'], ['Số xã đăng ký', '94 xã', '120 xã'], ['Tỷ lệ ký số', '85%', 'trên 98%']], 'Bảng 2:', [['Huyện', 'Vốn'], ['Nga Sơn', '2.500 tỷ đồng']]]);
    const records = await recordsOf(bytes, 'r.docx');
    expect(records.map((r) => [r.text, r.table, r.row, r.column])).toEqual([
      ['94', 1, 2, 2], ['120', 1, 2, 3], ['85%', 1, 3, 2], ['trên 98%', 1, 3, 3], ['2.500 tỷ đồng', 2, 2, 2],
    ]);
  });
  it('a web page without og:title: its headline, not the site name after it in <title>', async () => {
    const page = `<html><head><title>Giá lúa tăng 5% | Báo Nông nghiệp</title></head><body><article><h1>Giá lúa tăng 5%</h1>
      <p>Giá lúa tại Đồng bằng sông Cửu Long hôm nay tăng 5% so với tuần trước, đạt 7.500 đồng mỗi ki-lô-gam.</p></article></body></html>`;
    expect((await readDocument(Buffer.from(page), 'a.html')).meta).toEqual({ title: 'Giá lúa tăng 5%' });
  });
  it('an HTML table too', async () => {
    const page = newsPage(article, { title: 't', published: 'p' }).replace('</article>', '<table><tr><th>Năm</th><th>Vốn</th></tr><tr><td>2023</td><td>2.500 tỷ đồng</td></tr></table></article>');
    const records = await recordsOf(Buffer.from(page), 'a.html');
    expect(records.filter((r) => r.table).map((r) => [r.text, r.table, r.row, r.column])).toEqual([['2.500 tỷ đồng', 1, 2, 2]]);
  });
});

describe('detectType', () => {
  const bytes = (s: string) => Buffer.from(s);
  const table: [string, string, InputType][] = [
    ['a.txt', 'Có 94 xã.', 'text'],
    ['a.html', 'Có 94 xã.', 'html'],
    ['A.HTM', '<p>x</p>', 'html'],
    ['noext', '<!DOCTYPE html><html>', 'html'],
    ['noext', '\uFEFF  <html lang="vi">', 'html'],
    ['report.txt', '%PDF-1.7\n…', 'pdf'], // the first bytes win over the name
    ['report', 'PK\x03\x04…', 'docx'],
    ['a.docx', 'not a zip', 'docx'],
  ];
  for (const [name, head, type] of table) it(`${name}: ${JSON.stringify(head.slice(0, 12))} → ${type}`, () => expect(detectType(name, bytes(head))).toBe(type));
  // Must stay text: mentions of HTML or PDF inside ordinary text.
  const text: [string, string][] = [
    ['a.txt', 'Bài viết về thẻ <html> và %PDF-1.7'],
    ['noext', 'Xem <b>đậm</b> trong câu.'],
    ['a.md', '# Tiêu đề\n<p>đoạn</p>'],
  ];
  for (const [name, head] of text) it(`not: ${name} ${JSON.stringify(head.slice(0, 20))}`, () => expect(detectType(name, bytes(head))).toBe('text'));
});

describe('documents that cannot be read', () => {
  const notDocx = async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    return zip.generateAsync({ type: 'nodebuffer' });
  };
  const table: [string, () => Promise<Uint8Array> | Uint8Array, string, RegExp][] = [
    ['a truncated PDF', () => fixture('sample.pdf').subarray(0, 9000), 'INPUT_CORRUPT', /^t\.pdf: not a readable PDF/],
    ['an encrypted PDF', () => fixture('encrypted.pdf'), 'INPUT_ENCRYPTED', /^t\.pdf: the PDF is password-protected$/],
    ['a scanned PDF', () => fixture('scanned.pdf'), 'INPUT_NO_TEXT', /no text layer/],
    ['a ZIP that is not a DOCX', notDocx, 'INPUT_CORRUPT', /^t\.docx: not a readable DOCX file/],
    ['a page with no article', () => Buffer.from('<html><body><nav><a>Trang chủ</a> <a>Tin 24h</a></nav></body></html>'), 'INPUT_NO_ARTICLE', /no article text/],
    ['binary bytes', () => Buffer.from([1, 0, 2, 0, 3]), 'INPUT_BINARY', /binary file/],
  ];
  for (const [what, make, code, message] of table) {
    it(what, async () => {
      const name = what.includes('PDF') ? 't.pdf' : what.includes('DOCX') ? 't.docx' : what.includes('page') ? 't.html' : 't.txt';
      await expect(readDocument(await make(), name)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    });
  }
  it('--encoding utf-8 refuses bytes that are not UTF-8', async () => {
    await expect(readDocument(Buffer.from([0x47, 0x69, 0xe1]), 'x.txt', { encoding: 'utf-8' })).rejects.toMatchObject({ code: 'INPUT_INVALID_ENCODING' });
  });
  it('auto: bytes that are not UTF-8 are read as Windows-1258', async () => {
    expect((await readDocument(await windows1258('Giá 100 đồng, tăng 5%.'), 'x.txt')).text).toBe('Giá 100 đồng, tăng 5%.');
  });
});
