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
    ['Huyện bị thiệt hại nặng nhất: Thạch Hà (3.382 ha).', '3.382', 'diện tích Huyện Thạch Hà'], // the entity a bracket follows, after what the sentence lists
    ['Kim ngạch đạt 14,70 tỷ USD, giảm 13,9% so với tháng trước.', '13,9%', 'Kim ngạch so với tháng trước'], // a change: the figure before's subject, with its baseline
    ['Lãi suất tối đa giảm từ 4,25%/năm xuống 4%/năm.', '4%', 'Lãi suất tối đa'],
    ['Khoảng 7.330 thí sinh đạt 15,5 điểm ở 3 môn thi.', '7.330', 'thí sinh đạt 15,5 điểm ở 3 môn thi'], // a count: its counted thing
    ['- Số ca tử vong: 35 ca.', '35', 'Số ca tử vong'], // a list item's label that names a count
    ['Bệnh nhân nữ, 36 tuổi, công dân Việt Nam.', '36 tuổi', 'tuổi Bệnh nhân nữ'], // a figure set off by a comma; an age names its dimension
    ['Có 393 người ứng cử là phụ nữ (chiếm tỷ lệ 45,28%).', '45,28%', 'phụ nữ'], // the share a bracket gives of the count before it
    ['Có 393 người ứng cử là phụ nữ.', '393', 'phụ nữ'], // after `là`/`thuộc` the class the count picks out
    ['Trong số đó có 11 nhân sự thuộc các cơ quan Đảng.', '11', 'các cơ quan Đảng'],
    ['Một số mặt hàng có kim ngạch xuất khẩu cao như: Điện thoại và linh kiện đạt 2,5 tỷ USD; Giày dép đạt 1,2 tỷ USD.', '1,2 tỷ', 'kim ngạch xuất khẩu Giày dép'], // a list item under a lead that names the measure
    ['Giá bán các mặt hàng xăng dầu không cao hơn giá cơ sở: - Xăng RON 92: không cao hơn 17.063 đồng/lít.', '17.063', 'Giá bán Xăng RON 92'], // the lead's first measure noun, not the base after it
    ['Số lượng nguyện vọng lần lượt là: Khối A: 883.768 em; khối C: 277.722 em.', '277.722', 'Số lượng nguyện vọng khối C'], // a count's label under such a lead
    ['Căn hộ 25m2 không đi trái quy định.', '25m2', 'diện tích Căn hộ'], // an area names `diện tích` when the subject names only the thing
    ['Nguồn bù đắp: vay trong nước 195.900 tỷ đồng.', '195.900', 'vay trong nước'], // a noun of the lexicon that opens with a preposition
    ['Theo Tổng cục Thống kê, sản lượng thủy sản ước đạt 427,2 nghìn tấn.', '427,2', 'sản lượng thủy sản'], // a long phrase after a comma is a clause of its own
    ['Hạn mức áp dụng cho Quỹ tín dụng nhân dân, Tổ chức tài chính vi mô là 5,5%.', '5,5%', 'Quỹ tín dụng nhân dân, Tổ chức tài chính vi mô'], // a list of names may have long items
    ['Dự án mở rộng khu đô thị Cần Giờ từ 600 ha lên 2.870 ha.', '2.870', 'diện tích khu đô thị Cần Giờ'], // a capitalised function word inside a name
    ['Dự án này có chiều dài 654km.', '654', 'chiều dài Dự án'], // a measured quantity after `có` is its owner's; a dimension noun is a measure noun
    ['Phiên bản 64GB có giá 10,99 triệu đồng.', '10,99', 'giá Phiên bản 64GB'], // a code in the owner's name stays
    ['Để giữ cân nặng 48 kg, cô ăn ít.', '48', 'cân nặng'], // `cân nặng` is one noun, not `cân` and an adjective
    ['Các bàn thắng do Colombatto, Palacios (2 bàn) và Ponce ghi.', '2', 'bàn Palacios'], // a count alone in brackets after a name counts that one's things
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
    ['Năm 2015, đã quyết toán 998.217 tỷ đồng.', '998.217', 'toán'], // no syllable of a word: a clause whose verb comes first has no topic
    ['Đã quyết toán 1.265.625 tỷ đồng, tăng 7,5%.', '7,5%', '1.265.625 tỷ đồng'], // another figure is no subject
    ['Bán 1.200 ha lúa.', '1.200', 'diện tích lúa'], // the thing after an area's unit stays as it is
    ['Doanh thu tổng cộng: 35 tỷ đồng.', '35 tỷ', 'tổng cộng'], // `tổng` of `tổng cộng` is no measure noun
    ['Dầu hỏa 13.259 đồng/lít, dầu mazut 12.000 đồng/kg.', '12.000', 'dầu hỏa 13.259 đồng/lít, dầu mazut'], // an item after another figure's unit is no list item
    ['Có 2 người chết.', '2', 'chết'], // a verb after the unit is no class: the count keeps its unit
    ['Khách sạn được rao bán 255 tỷ đồng với diện tích 300 m2.', '300', 'diện tích bán 255 tỷ đồng'], // another figure is no owner
    ['Có 2 người chết (giảm 1 người).', '1', 'người người chết'], // a bracket after another figure speaks of that figure's thing
  ];
  for (const [sentence, figure, not] of mustNot) it(`must not: ${figure} in "${sentence}" → ${not}`, () => expect(subjectOf(sentence, figure)).not.toBe(not));
});
