import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/load.js';
import { parseDigits } from '../../src/numbers/parse-digits.js';
import { parseNumeralWords } from '../../src/numbers/parse-numeral-words.js';
import { tokenize } from '../../src/pipeline/05-tokenize.js';
import { findNumbers } from '../../src/pipeline/06-find-numbers.js';
import { joinQuantities } from '../../src/pipeline/09-join-quantities.js';
import { sentenceScope } from '../../src/pipeline/scope.js';

const lexicon = getLexicon();
const scopeOf = (text: string) => {
  const sentence = { start: 0, end: text.length, text, line: 1 };
  return sentenceScope({ text, lexicon, style: 'vi' }, sentence, tokenize(sentence, lexicon));
};
const tokens = (text: string) => scopeOf(text).tokens.map((t) => `${t.type}:${t.text}`);
const numbers = (text: string) => {
  const s = scopeOf(text);
  return joinQuantities(findNumbers(s), s).map((d) => ({
    text: text.slice(d.start, d.end), value: d.value, ...(d.valueMax !== null && { max: d.valueMax }), shape: d.shape,
  }));
};

describe('05 tokenize', () => {
  const table: [string, string[]][] = [
    ['Có 4.233 tổ', ['word:Có', 'num:4.233', 'word:tổ']],
    ['đạt 96,6%.', ['word:đạt', 'num:96,6', 'punct:%', 'punct:.']],
    ['năm 2016.', ['word:năm', 'num:2016', 'punct:.']],
    ['hơn40năm', ['word:hơn', 'num:40', 'word:năm']],
    ['5.800tỷđồng', ['num:5.800', 'word:tỷ', 'word:đồng']],
    ['64GB', ['num:64', 'word:GB']],
    ['BN1047, Covid-19 và SARS-CoV-2', ['code:BN1047', 'punct:,', 'code:Covid-19', 'word:và', 'code:SARS-CoV-2']],
    ['5.000 m2', ['num:5.000', 'code:m2']],
    ['lúc 8h30 và 6h', ['word:lúc', 'time:8h30', 'word:và', 'time:6h']],
    ['mạng 5G, màn 2688x1242', ['word:mạng', 'code:5G', 'punct:,', 'word:màn', 'code:2688x1242']],
    ['email toasoan@dddn.com.vn, www.abc.vn/2020', ['word:email', 'url:toasoan@dddn.com.vn', 'punct:,', 'url:www.abc.vn/2020']],
    ['Quốc lộ 1A', ['word:Quốc', 'word:lộ', 'code:1A']],
  ];
  for (const [text, expected] of table) it(text, () => expect(tokens(text)).toEqual(expected));
  it('marks glued tokens', () => expect(scopeOf('6,5-inch').tokens.map((t) => t.gap)).toEqual([true, false, false]));
});

describe('parse digits', () => {
  const table: [string, number, 'vi' | 'en'][] = [
    ['4.233', 4233, 'vi'], ['1.200.000', 1200000, 'vi'], ['96,6', 96.6, 'vi'], ['10.6', 10.6, 'vi'],
    ['72,059', 72.059, 'vi'], ['1,200,000', 1200000, 'vi'], ['1.234,5', 1234.5, 'vi'], ['1,234.5', 1234.5, 'vi'],
    ['1,200', 1200, 'en'], ['4.233', 4.233, 'en'], ['0,5', 0.5, 'vi'],
  ];
  for (const [text, value, style] of table) it(`${text} (${style}) → ${value}`, () => expect(parseDigits(text, style).value).toBe(value));
  const odd = ['1.2.3', '10.11.2021', '192.168.1.1', '1,2,3', '1.23,4.5'];
  for (const text of odd) it(`${text} is no number`, () => expect(parseDigits(text).odd).toBe(true));
  it('flags a leading zero', () => expect(parseDigits('0985698786').leadingZero).toBe(true));
  it('no leading-zero flag on 0,5', () => expect(parseDigits('0,5').leadingZero).toBe(false));
});

describe('parse numeral words', () => {
  const table: [string, number | null, number][] = [
    ['hai mươi lăm người', 25, 3], ['mười lăm', 15, 2], ['một trăm linh năm', 105, 4], ['hai năm', 2, 1],
    ['mười năm', 10, 1], ['một trăm năm', 100, 2], ['hai triệu rưỡi', 2500000, 3], ['nửa triệu', 500000, 2],
    ['ba chục', 30, 2], ['trăm', 100, 1], ['nghìn tỷ', 1e12, 2], ['nghìn năm', 1000, 1], ['hai nghìn năm trăm', 2500, 4],
  ];
  for (const [text, value, used] of table) {
    it(`${text} → ${value}`, () => {
      const parsed = parseNumeralWords(text.split(' '), lexicon);
      expect(parsed ? [parsed.value, parsed.used] : null).toEqual(value === null ? null : [value, used]);
    });
  }
});

describe('06–08 find and join numbers', () => {
  const table: [string, ReturnType<typeof numbers>][] = [
    ['trên 11,07 triệu lượt', [{ text: '11,07 triệu', value: 11070000, shape: 'plain' }]],
    ['2,5 nghìn tỷ đồng', [{ text: '2,5 nghìn tỷ', value: 2.5e12, shape: 'plain' }]],
    ['1 tỷ 200 triệu đồng', [{ text: '1 tỷ 200 triệu', value: 1.2e9, shape: 'plain' }]],
    ['giá 100k', [{ text: '100k', value: 100000, shape: 'plain' }]],
    ['xếp thứ 15/63 tỉnh', [{ text: '15/63', value: 15, shape: 'slash' }]],
    ['từ 10 đến 15%', [{ text: '10 đến 15', value: 10, max: 15, shape: 'range' }]],
    ['10-15 tỷ đồng', [{ text: '10-15 tỷ', value: 1e10, max: 1.5e10, shape: 'range' }]],
    ['từ 2 đến 5 triệu đồng', [{ text: '2 đến 5 triệu', value: 2e6, max: 5e6, shape: 'range' }]],
    ['5 - 7 ngày', [{ text: '5 - 7', value: 5, max: 7, shape: 'range' }]],
    ['thắng 2-1', [{ text: '2-1', value: 2, shape: 'pair' }]],
    ['3 trên 5 tỉnh', [{ text: '3 trên 5', value: 3, shape: 'ratio' }]],
    ['gấp đôi', [{ text: 'gấp đôi', value: 2, shape: 'plain' }]],
    ['hai mươi lăm người', [{ text: 'hai mươi lăm', value: 25, shape: 'plain' }]],
  ];
  for (const [text, expected] of table) it(text, () => expect(numbers(text)).toEqual(expected));
  const none = ['tỷ lệ cao', 'Cách Mạng Tháng Tám'];
  for (const text of none) it(`nothing in: ${text}`, () => expect(numbers(text)).toEqual([]));
});
