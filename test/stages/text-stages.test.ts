import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/load.js';
import { normalizeText } from '../../src/pipeline/01-normalize.js';
import { detectNumberStyle } from '../../src/pipeline/02-detect-number-style.js';
import { splitLines } from '../../src/pipeline/03-split-lines.js';
import { splitSentences } from '../../src/pipeline/04-split-sentences.js';

const lexicon = getLexicon();
const sentences = (text: string) => splitSentences(text, splitLines(text, lexicon), lexicon).map((s) => s.text);

describe('01 normalize', () => {
  const table: [string, string, string][] = [
    ['byte-order mark', '\uFEFFTP HCM', 'TP HCM'],
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['decomposed to NFC', 'Thanh Ho\u0301a', 'Thanh Hóa'],
    ['zero-width characters', '4.2\u200B33 tổ', '4.233 tổ'],
    ['soft hyphen', 'chuyển\u00AD đổi', 'chuyển đổi'],
    ['non-breaking space', '98\u00A0%', '98 %'],
    ['narrow no-break space', '1\u202F200', '1 200'],
  ];
  for (const [name, input, expected] of table) it(name, () => expect(normalizeText(input)).toBe(expected));
  it('keeps text that needs nothing', () => expect(normalizeText('Có 94 xã.\n')).toBe('Có 94 xã.\n'));
});

describe('02 detect number style', () => {
  const table: [string, 'vi' | 'en'][] = [
    ['Dân số 96.208.984 người, tăng 1,2%.', 'vi'],
    ['Giá 72,059 USD/thùng.', 'vi'],
    ['GDP grew 1,234,567 and 2,345,678 dollars.', 'en'],
    ['Revenue was 1,234.5 and costs 2,000.25 million.', 'en'],
    ['Chỉ có một số 1,234,567 và nhiều số 1.234.567, 2.345.678, 12,5.', 'vi'],
  ];
  for (const [text, style] of table) it(`${style}: ${text}`, () => expect(detectNumberStyle(text)).toBe(style));
});

describe('03 split lines: page furniture', () => {
  const junk = [
    '1 2 3 4 5 6 7 8 9 10',
    'Trang 1 2 3 Tiếp',
    'SELECT id,type FROM cms_post WHERE `status` = 1 AND publish_day <= 1714225170 LIMIT 0,11',
    'Bạn còn /500 ký tự',
    'Xếp theo: Thời gian | Số người thích',
    '>>Thanh Hóa: Quyết tâm nâng cao chỉ số PCI',
    'Bình luận',
    'Tin liên quan',
  ];
  const article = [
    'Có 94 xã, phường, thị trấn đăng ký thực hiện chuyển đổi số.',
    'Năm 2022 có 3 4 5 đơn vị tham gia.',
    'Chọn trang 1 để đọc tiếp',
    'Bình luận của chuyên gia cho thấy 85% người dân đồng ý.',
  ];
  for (const line of junk) it(`junk: ${line}`, () => expect(splitLines(line, lexicon)[0]!.junk).toBe(true));
  for (const line of article) it(`article: ${line}`, () => expect(splitLines(line, lexicon)[0]!.junk).toBe(false));
  it('numbers lines from 1 and keeps offsets', () => {
    const lines = splitLines('a\nbb\n\nc', lexicon);
    expect(lines.map((l) => [l.number, l.start, l.end])).toEqual([[1, 0, 1], [2, 2, 4], [3, 5, 5], [4, 6, 7]]);
  });
});

describe('04 split sentences', () => {
  const table: [string, string[]][] = [
    ['Có 94 xã. Tỷ lệ đạt 98%.', ['Có 94 xã.', 'Tỷ lệ đạt 98%.']],
    ['Năm 2016. Trong tháng 1/2017, xuất khẩu tăng.', ['Năm 2016.', 'Trong tháng 1/2017, xuất khẩu tăng.']],
    ['Ông nói: "Tăng 5%." Sau đó đi.', ['Ông nói: "Tăng 5%."', 'Sau đó đi.']],
    ['Dòng một\nDòng hai', ['Dòng một', 'Dòng hai']],
    ['Sao vậy? Vì giá tăng!', ['Sao vậy?', 'Vì giá tăng!']],
  ];
  const unbroken = [
    'TP. Hồ Chí Minh có 22 quận.',
    'Tp. Huế đón 1.200 khách.',
    'PGS.TS Nguyễn Văn A cho biết tỷ lệ là 96,6%.',
    'ThS. Lê Thị B và TS. Trần C tham dự.',
    'Giá 4.233 đồng và 1.200.000 đồng.',
    'Các loại rau, củ, quả v.v. Đều tăng giá.',
    'Ông Nguyễn V. A cho biết như vậy.',
    'Nông sản… rau quả đều tăng.',
  ];
  for (const [text, expected] of table) it(`splits: ${text}`, () => expect(sentences(text)).toEqual(expected));
  for (const text of unbroken) it(`keeps whole: ${text}`, () => expect(sentences(text)).toEqual([text]));
  it('skips junk lines', () => expect(sentences('Có 5 xã.\n1 2 3 4 5')).toEqual(['Có 5 xã.']));
});
