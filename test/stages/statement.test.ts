import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Stages 16 and 17 (SPEC §3b): status, time and source of a figure, from the words of its own sentence
// (dictionaries/statement/). Each table has its look-alikes beside it.
const at = (sentence: string, figure: string) => {
  const record = extract(sentence).find((r) => r.text.includes(figure));
  if (!record) throw new Error(`no claim "${figure}" in: ${sentence}`);
  return record;
};

/** A field's table (sentence, figure, what it must read) and its look-alikes (what it must read instead). */
function tables(field: 'status' | 'time' | 'source', table: [string, string, string][], mustNot: [string, string][], instead: string | null) {
  for (const [sentence, figure, want] of table) it(`${figure} in "${sentence}" → ${want}`, () => expect(at(sentence, figure)[field]).toBe(want));
  for (const [sentence, figure] of mustNot) it(`must not: ${figure} in "${sentence}" → ${instead}`, () => expect(at(sentence, figure)[field]).toBe(instead));
}

describe('16 read statement: status', () => {
  const table: [string, string, string][] = [
    ['Tỉnh phấn đấu đạt 100% xã có internet.', '100%', 'target'], // "phấn đấu đạt" is one cue
    ['Tỉnh phấn đấu có internet ở mọi xã; năm nay đạt 96%.', '96%', 'actual'], // a result word ends an earlier cue's reach
    ['Năm nay GDP dự kiến đạt 340 tỷ USD.', '340 tỷ', 'forecast'],
    ['Mục tiêu đến năm 2025 tỷ lệ hộ có nước sạch đạt 98%.', '98%', 'target'], // đạt in the plan's own clause
    ['Mục tiêu năm 2025 có 150 doanh nghiệp số.', '150', 'target'],
    ['Chỉ tiêu tuyển sinh năm nay là 3.000 em.', '3.000', 'target'],
    ['Kế hoạch đề ra 100 tỷ đồng, đạt 120 tỷ đồng.', '100 tỷ', 'target'],
    ['Kế hoạch đề ra 100 tỷ đồng, đạt 120 tỷ đồng.', '120 tỷ', 'actual'],
    ['Dự toán thu ngân sách là 1.212 tỷ đồng.', '1.212', 'target'],
    ['Các chuyên gia dự báo giá vàng lên 70 triệu đồng.', '70 triệu', 'forecast'],
    ['Nếu mưa kéo dài, 40 vạn người sẽ thiếu đói.', '40 vạn', 'forecast'],
    ['Theo quy định, mức phạt tiền từ 5 đến 10 triệu đồng.', '5 đến 10 triệu', 'rule'],
    ['Người từ 60 tuổi trở lên được miễn lệ phí 50.000 đồng.', '50.000', 'rule'],
    ['Năm tới, Hà Nội sẽ đấu giá 102 ha đất.', '102 ha', 'target'], // `sẽ` before a decided act: a plan
    ['Tỉnh sẽ được đầu tư 500 tỷ đồng.', '500 tỷ', 'target'],
    ['Hơn 40 vạn người sẽ thiếu đói.', '40 vạn', 'forecast'], // a figure that `sẽ` follows is foreseen (rules/status.tsv)
    ['Năm nay lúa mất mùa, 2 sào lúa sẽ chỉ đóng được 10 bì.', '10', 'forecast'], // no habit named: `sẽ` foresees
    ['Xăng E5: giảm 197 đồng/lít; dầu hỏa: giảm 261 đồng/lít.', '261', 'rule'], // a fuel price the ministries set
    ['Lãi suất tối đa áp dụng đối với tiền gửi dưới 1 tháng là 0,2%/năm.', '0,2%', 'rule'],
    ['Dự báo giá xăng sẽ tăng 300 đồng/lít.', '300', 'forecast'], // a plan or prediction keeps a regulated figure its own
    ['Theo quy định, người lao động được nghỉ 12 ngày mỗi năm.', '12', 'rule'], // `theo quy định` opening the sentence
    ['Điểm sàn năm 2017 tăng 0,5 điểm so với năm 2016.', '0,5', 'rule'], // a floor and its change
    ['Năm 2023, tỉnh phấn đấu tăng trưởng kinh tế (GRDP) đạt 7,5%.', '7,5%', 'target'], // a bracket is not a clause of its own
    ['Nếu gieo cấy hết diện tích, xã phải cần 23 tấn giống.', '23', 'forecast'], // the clause after a condition is hypothetical
    ['Nếu giá lúa giảm thì thiệt hại lên đến 700 tỷ đồng.', '700 tỷ', 'forecast'],
    ['Quốc hội có Nghị quyết về dự toán ngân sách năm 2016. Theo đó: Tổng chi là 1.177.100 tỷ đồng.', '1.177.100', 'target'], // spelling out the sentence before
    ['Thời gian thực hiện dự án là 37 tháng.', '37 tháng', 'target'], // a project's planned duration
  ];
  const mustNot: [string, string][] = [
    ['Năm 2022 kim ngạch ước đạt 5 tỷ USD.', '5 tỷ'], // an estimate of a past figure is actual
    ['Doanh thu đạt 128% kế hoạch.', '128%'], // progress against a plan is actual
    ['Công an đã xử phạt 324 trường hợp vi phạm.', '324'], // a fine imposed is an act, not a rule
    ['Xã có 94 hộ nghèo.', '94'],
    ['Mưa sẽ kéo dài, nhưng năm nay xã có 94 hộ nghèo.', '94'], // `sẽ` reaches the end of its clause only
    ['Thuế được hoàn (theo quy định của Luật) là 7.452 tỷ đồng.', '7.452'], // a cue in brackets ends with them
    ['Bội chi tăng cao hơn dự kiến 7.452 tỷ đồng.', '7.452'], // after a comparison's word a cue is its baseline
    ['Có hơn 247.420 thí sinh đạt từ điểm sàn ở 5 khối thi.', '247.420'], // a floor named without its figure
    ['Giá heo hơi giảm 2.000 đồng/kg.', '2.000'], // a market price
    ['Chỉ 2 xe máy có thể lách qua.', '2'], // `có thể` after a figure is "can"
    ['Doanh nghiệp được hoàn thuế theo quy định, số tiền hoàn là 7.452 tỷ đồng.', '7.452'], // `theo quy định` inside a sentence reaches its clause only
    ['Nếu tính theo giá lúa 6.000 đồng/kg thì thiệt hại lên đến 700 tỷ đồng.', '700 tỷ'], // `nếu tính`: a computation
    ['Nếu gieo cấy hết 240 ha, xã phải cần nhiều giống.', '240 ha'], // a condition's premise is stated as it is
    ['Quốc hội có Nghị quyết về dự toán ngân sách năm 2016. Trong đó, chi thường xuyên là 800 tỷ đồng.', '800 tỷ'], // `Trong đó` breaks a figure down, it does not restate
    ['Giá vàng sẽ còn tăng. Theo đó, giá bán ra hôm nay là 70 triệu đồng.', '70 triệu'], // a prediction's `sẽ` is not carried over
    ['Như mọi năm 2 sào lúa thu hoạch sẽ đóng được 18 bì.', '18'], // `sẽ` after a habit (statement/habitual-words.tsv) says what happens every time
    ['Hằng năm, mỗi hộ sẽ nhận 2 triệu đồng tiền hỗ trợ.', '2 triệu'],
    ['Như mọi năm 2 sào lúa thu hoạch sẽ đóng được 18 bì.', '2 sào'], // and the figure `sẽ` follows (rules/status.tsv habitual)
  ];
  tables('status', table, mustNot, 'actual');
});

describe('16 read statement: time', () => {
  const table: [string, string, string][] = [
    ['Năm 2015, tỉnh xuất khẩu 2,5 tỷ USD.', '2,5 tỷ', 'Năm 2015'],
    ['Trong 6 tháng đầu năm 2017, có 120 doanh nghiệp thành lập.', '120', '6 tháng đầu năm 2017'],
    ['Kim ngạch tháng 1/2017 đạt 14,6 tỷ USD.', '14,6 tỷ', 'tháng 1/2017'],
    ['Đến nay, toàn tỉnh có 4.233 tổ công nghệ số.', '4.233', 'Đến nay'],
    ['Trong 7 ngày Tết, xảy ra 25 vụ tai nạn.', '25', '7 ngày Tết'],
    ['Hiện nay cả nước có 63 tỉnh, thành phố.', '63', 'Hiện nay'],
    ['Quý I/2024, GDP tăng 5,66%.', '5,66%', 'Quý I/2024'],
    ['Trong tháng, giá xăng giảm 211 đồng.', '211', 'tháng'],
  ];
  const mustNot: [string, string][] = [
    ['Số vụ tai nạn giảm 8 vụ so với cùng kỳ năm 2016.', '8'], // a comparison's baseline
    ['Ngay trong ngày giỗ, gia đình nhận 3 triệu đồng.', '3 triệu'], // a day named by what follows is no bare period
    ['Cảnh sát phát hiện 3 đối tượng.', '3'], // `hiện` inside `phát hiện` is no "now"
    ['Doanh thu tăng 69% so với cùng kì năm trước.', '69%'], // the baseline, in either spelling of kỳ
    ['Xã có 94 hộ nghèo.', '94'],
  ];
  tables('time', table, mustNot, null);
});

describe('16 read statement: source', () => {
  const table: [string, string, string][] = [
    ['Theo Tổng cục Thống kê, GDP tăng 6,5%.', '6,5%', 'Tổng cục Thống kê'],
    ['Theo báo cáo của UBND tỉnh, có 94 xã đạt chuẩn.', '94', 'báo cáo của UBND tỉnh'],
    ['Có 94 xã đạt chuẩn, ông Nguyễn Văn A cho biết.', '94', 'ông Nguyễn Văn A'],
    ['Trao đổi với phóng viên, chị Mai Anh, một phụ huynh ở Hà Nội cho biết đã nộp 2 triệu đồng.', '2 triệu', 'chị Mai Anh, một phụ huynh ở Hà Nội'], // a person word of any letters keeps the title with the name
    ['Đội tuyển mang về 9 huy chương vàng, theo Next Shark.', '9', 'Next Shark'], // the source named at the end
    ['Một nghiên cứu khác cũng cho thấy 50% trẻ có tài khoản.', '50%', 'Một nghiên cứu khác'], // the adverb before the verb is not the source's
    ['Nữ du khách phản ánh bị tính 700.000 đồng cho hai tô miến.', '700.000', 'Nữ du khách'],
  ];
  const mustNot: [string, string][] = [
    ['Theo thống kê, có 94 xã đạt chuẩn.', '94'],
    ['Cô có thể nói được 3 ngoại ngữ.', '3'], // a clause before the verb, not a who
    ['Vụ việc bị phát hiện, khi thông tin của 267 người dùng bị lấy cắp.', '267'], // `thông tin của`: a noun
    ['Hai người khách nói trên đã kêu 2 tô miến.', '2'], // `nói trên`: aforementioned
    ['Đơn vị này đã nắm được 5 vụ việc, ông cho biết.', '5'],
    ['Theo đó, mỗi hộ được hỗ trợ 5 triệu đồng.', '5 triệu'],
    ['Xã có 94 hộ nghèo.', '94'],
  ];
  tables('source', table, mustNot, null);
});

describe('16 read statement: a list under its lead-in', () => {
  const text = 'Theo báo cáo của Bộ Y tế:\n- Số ca khỏi bệnh: 35 ca.\n- Số ca tử vong: 2 ca.\nCả nước có 63 tỉnh.';
  it('the items take the lead-in\'s source; a line after the list does not', () => {
    expect(extract(text).map((r) => [r.text, r.source])).toEqual([
      ['35', 'báo cáo của Bộ Y tế'],
      ['2', 'báo cáo của Bộ Y tế'],
      ['63', null],
    ]);
  });
  it('the items take the lead-in\'s status unless they say their own', () => {
    const plan = 'Kế hoạch năm 2025 đề ra các chỉ tiêu:\n- Tăng trưởng 7%.\n- Đạt 150 doanh nghiệp số.';
    expect(extract(plan).map((r) => [r.text, r.status])).toEqual([['7%', 'target'], ['150', 'actual']]);
  });
});

describe('16 read statement: a result for a later year than the text was written in', () => {
  it('is a forecast (GDP năm 2021 đạt 6,7% written in 2020); a past year stays a result', () => {
    const records = extract('GDP năm 2021 đạt 6,7%. Năm 2019 GDP đạt 7%.', { date: '2020-10-05' });
    expect(records.map((r) => [r.text, r.status])).toEqual([['6,7%', 'forecast'], ['7%', 'actual']]);
  });
  it('must not: change anything without a date, or a target for a later year', () => {
    expect(extract('GDP năm 2021 đạt 6,7%.')[0]!.status).toBe('actual');
    expect(extract('Mục tiêu năm 2025 có 150 doanh nghiệp số.', { date: '2020' })[0]!.status).toBe('target');
  });
});
