import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Issue #14: every record's unit in one canonical form (`unit_norm`), the written unit kept in
// `unit` (units/normal-forms.tsv). Not a conversion: km stays km, a regional unit stays itself.
const normOf = (sentence: string, figure: string) => {
  const record = extract(sentence).find((r) => r.text.includes(figure));
  if (!record) throw new Error(`no claim "${figure}" in: ${sentence}`);
  return [record.unit, record.unit_norm];
};

describe('unit_norm', () => {
  const table: [string, string, string | null, string | null][] = [
    ['Căn hộ rộng 25 m2.', '25', 'm2', 'm²'], // area
    ['Căn hộ rộng 25m².', '25', 'm2', 'm²'], // the superscript spelled as the ASCII form first
    ['Anh cao 1,69 mét.', '1,69', 'mét', 'm'], // length, a word spelling
    ['Mua 3 gram vàng.', '3', 'gram', 'g'], // mass
    ['Xe chạy 60 km/giờ.', '60', 'km/giờ', 'km/h'], // a rate of two units
    ['Trời nóng 30 oC.', '30', 'oC', '°C'],
    ['Thời gian chờ 2 tiếng.', '2', 'tiếng', 'h'], // time
    ['Hợp đồng 6 tháng.', '6', 'tháng', 'month'],
    ['Giá xăng 17.063 đồng/lít.', '17.063', 'đồng/lít', 'VND/L'], // money: ISO code, per a unit
    ['Vốn 2,5 tỷ đồng.', '2,5', 'đồng', 'VND'],
    ['Giá vàng 1.800 USD/ounce.', '1.800', 'USD/ounce', 'USD/ounce'], // what the tables do not know stays as written
    ['Tỷ lệ đạt 98%.', '98', '%', '%'],
    ['Có 12 người tham gia.', '12', 'người', 'người'], // a count's noun as written
    ['Có 1.200 ha lúa.', '1.200', 'ha', 'ha'],
  ];
  for (const [sentence, figure, unit, norm] of table) {
    it(`${figure} in "${sentence}" → ${norm}`, () => expect(normOf(sentence, figure)).toEqual([unit, norm]));
  }

  const mustNot: [string, string, string][] = [
    ['Quãng đường 12 km.', '12', 'm'], // no conversion: km is not m
    ['Ruộng 3 sào.', '3', 'm²'], // a regional area unit stays itself
    ['Có 5 lít nước.', '5', 'lít'], // a volume is written as its symbol
  ];
  for (const [sentence, figure, not] of mustNot) it(`must not: ${figure} in "${sentence}" → ${not}`, () => expect(normOf(sentence, figure)[1]).not.toBe(not));
});
