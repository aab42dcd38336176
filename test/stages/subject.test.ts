import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Stage 15 (SPEC §4, issue #13): what a figure is about — the noun phrase it measures, read back
// from the words that tie it to the figure; a list item's label; what a bracket speaks of; for a
// count, the counted thing. Each table has its look-alikes beside it.
const subjectOf = (sentence: string, figure: string) => {
  const record = extract(sentence).find((r) => r.text.includes(figure));
  if (!record) throw new Error(`no claim "${figure}" in: ${sentence}`);
  return record.subject;
};

describe('15 attach subject', () => {
  const table: [string, string, string][] = [
    ['Tỷ lệ ký số cá nhân đạt trên 98%.', '98%', 'Tỷ lệ ký số cá nhân'], // a verb after a measure noun is in its phrase
    ['Nhập khẩu xăng dầu đạt 510 triệu USD.', '510 triệu', 'Nhập khẩu xăng dầu'], // a verb opening the clause heads it as a noun
    ['Đáng chú ý nhất là xuất khẩu rau quả đạt 230 triệu USD.', '230 triệu', 'xuất khẩu rau quả'], // and one after the copula `là`
    ['Kim ngạch hàng hóa nhập khẩu tháng 01/2017 ước tính đạt 14,70 tỷ USD.', '14,70', 'Kim ngạch hàng hóa nhập khẩu tháng 01/2017'],
    ['Khi sản phẩm sở hữu màn hình chỉ 4,7 inch.', '4,7', 'màn hình'], // a verb with an object is a predicate
    ['Với kim ngạch đạt 3,3 tỷ USD.', '3,3 tỷ', 'kim ngạch'], // a relation word does not open a subject
    ['Hàn Quốc đạt 2,5 tỷ USD.', '2,5 tỷ', 'Hàn Quốc'], // capitalised syllables are one name
    ['Sóng lớn có thể cao tới 16 mét.', '16 mét', 'Sóng lớn'], // "cao tới" ties, "lớn" is the subject's
    ['- Xăng E5: không cao hơn 16.871 đồng/lít.', '16.871', 'Xăng E5'], // a list item's label
    ['Tai nạn làm 2 người chết (giảm 60%).', '60%', 'người chết'], // a bracket speaks of the figure before it
    ['Huyện bị thiệt hại nặng nhất: Thạch Hà (3.382 ha).', '3.382', 'Huyện Thạch Hà'], // the entity a bracket follows, after what the sentence lists
    ['Kim ngạch đạt 14,70 tỷ USD, giảm 13,9% so với tháng trước.', '13,9%', 'Kim ngạch so với tháng trước'], // a change: the figure before's subject, with its baseline
    ['Lãi suất tối đa giảm từ 4,25%/năm xuống 4%/năm.', '4%', 'Lãi suất tối đa'],
    ['Khoảng 7.330 thí sinh đạt 15,5 điểm ở 3 môn thi.', '7.330', 'thí sinh đạt 15,5 điểm ở 3 môn thi'], // a count: its counted thing
    ['- Số ca tử vong: 35 ca.', '35', 'Số ca tử vong'], // a list item's label that names a count
    ['Bệnh nhân nữ, 36 tuổi, công dân Việt Nam.', '36 tuổi', 'Bệnh nhân nữ'], // a figure set off by a comma
    ['Có 393 người ứng cử là phụ nữ (chiếm tỷ lệ 45,28%).', '45,28%', 'người ứng cử là phụ nữ'], // the share a bracket gives of the count before it
    ['Số ca âm tính với SARS-CoV-2: + Lần 1: 12 + Lần 2: 11.', '12', 'Số ca âm tính với SARS-CoV-2 Lần 1'], // an item under a label of its own
    ['Thí sinh đạt 17,75 điểm chiếm số lượng lớn nhất, khoảng 7.730 em.', '7.730', 'Thí sinh'], // a bare classifier after a comma: what the sentence is about
    ['Oppo Find X2 (mức giảm giá 4 triệu đồng) được lên kệ.', '4 triệu', 'mức giảm giá'], // a tie that is a noun
    ['Doanh thu đạt 117.714 tỷ đồng, bằng 48,7% kế hoạch năm.', '48,7%', 'Doanh thu'], // after `bằng` the noun is the base
    ['Sản lượng thủy sản tháng 1 của nước ta ước đạt 427,2 nghìn tấn.', '427,2', 'Sản lượng thủy sản tháng 1 của nước ta'], // a relation word after a date
    ['Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 98,7%.', '98,7%', 'Tỷ lệ học sinh tốt nghiệp trung học phổ thông'], // a verb and its object inside what a measure noun heads
  ];
  for (const [sentence, figure, want] of table) it(`${figure} in "${sentence}" → ${want}`, () => expect(subjectOf(sentence, figure)).toBe(want));

  const mustNot: [string, string, string][] = [
    ['Tại Saigonbank, lãi suất giảm 0,2%.', '0,2%', 'Tại Saigonbank'], // not the adjunct before the subject
    ['Sản lượng thủy sản trong tháng 1/2017 đạt 208,8 nghìn tấn.', '208,8', 'tháng 1/2017'], // a time adjunct is not the subject
    ['Màn hình tần số quét 120Hz, camera trước 32 megapixel.', '32', 'tần số quét 120Hz, camera trước'], // another figure's item is not a list item
    ['Lãi suất là 5%/năm.', '5%', 'năm'], // the rest of a rate is not a noun after it
    ['TP HCM: 2 người chết.', '2', 'TP HCM'], // a title's place before a colon is no label of the count
    ['Philippines ghi nhận trung bình hơn 10.400 ca mắc mới mỗi ngày.', '10.400', 'Philippines ghi nhận'], // a verb after a name is its predicate
  ];
  for (const [sentence, figure, not] of mustNot) it(`must not: ${figure} in "${sentence}" → ${not}`, () => expect(subjectOf(sentence, figure)).not.toBe(not));
});
