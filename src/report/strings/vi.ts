import type { ReportStrings } from './types.js';

/** The report in Vietnamese: every word of the page's own, and counts written `1.234`, percentages `53,17 %`. */
export const VI: ReportStrings = {
  lang: 'vi',
  locale: 'vi-VN',
  percent: '{n} %',
  // Not nghìn: 13.200 hộ reads as it is; nor nghìn tỷ: articles write 1.177.100 tỷ đồng.
  scales: [[1e9, 'tỷ'], [1e6, 'triệu']],
  defaultTitle: 'Báo cáo số liệu',
  sections: { overview: 'Tổng quan', comparison: 'So sánh', claims: 'Số liệu', texts: 'Văn bản' },
  subtitle: { documents: ['{n} văn bản', '{n} văn bản'], claims: ['{n} số liệu', '{n} số liệu'], generated: 'tạo lúc {at}' },
  fields: {
    doc: 'văn bản', line: 'dòng', kind: 'loại', value: 'giá trị', qualifier: 'phạm vi', change: 'thay đổi', status: 'trạng thái',
    unit: 'đơn vị', subject: 'đối tượng', text: 'nguyên văn', time: 'thời gian', source: 'nguồn', sentence: 'câu',
  },
  kinds: {
    count: 'số lượng', percent: 'phần trăm', ratio: 'tỷ số', rank: 'thứ hạng', money: 'tiền',
    measure: 'đo lường', date: 'ngày tháng', reference: 'số hiệu',
  },
  statuses: { actual: 'thực tế', target: 'mục tiêu', forecast: 'dự báo', rule: 'quy định' },
  qualifiers: { over: 'trên', under: 'dưới', approx: 'khoảng', at_least: 'ít nhất', at_most: 'tối đa' },
  changes: { up: 'tăng ↑', down: 'giảm ↓' },
  // The English words and symbols of units/normal-forms.tsv, as Vietnamese writes them.
  units: {
    day: 'ngày', night: 'đêm', week: 'tuần', month: 'tháng', year: 'năm', decade: 'thập kỷ', century: 'thế kỷ', season: 'mùa giải',
    in: 'inch', ft: 'feet', mi: 'dặm', nmi: 'hải lý', ly: 'năm ánh sáng', bbl: 'thùng', kn: 'hải lý/giờ', rpm: 'vòng/phút',
  },
  filters: {
    kinds: 'Loại', all: 'Tất cả', none: 'Bỏ hết',
    unit: 'Đơn vị', allUnits: 'Mọi đơn vị', noUnit: '(không có đơn vị)', otherUnits: 'Đơn vị khác',
    status: 'Trạng thái', allStatuses: 'Mọi trạng thái',
    document: 'Văn bản', allDocuments: 'Mọi văn bản',
    search: 'Tìm', searchPlaceholder: 'đơn vị, đối tượng, nguyên văn, câu',
    downloadCsv: 'Tải CSV',
  },
  table: {
    needsScript: 'Bảng cần JavaScript; văn bản bên dưới vẫn được tô màu khi không có JavaScript.',
    showing: 'Hiển thị {shown} trên {total} số liệu',
    hint: '· bấm tên cột để sắp xếp, bấm một dòng để xem số liệu trong văn bản',
    noRows: 'Không có số liệu nào khớp bộ lọc.',
    unplaced: 'Không tô màu được: vị trí của số liệu không khớp văn bản',
  },
  pager: { label: 'Các trang của bảng', first: '« Đầu', previous: '‹ Trước', next: 'Sau ›', last: 'Cuối »', page: 'Trang {page}/{pages}', rows: 'số liệu {from}–{to}' },
  popup: { label: 'Chi tiết số liệu', close: 'Đóng', toRow: 'Xem trong bảng', hiddenByFilters: 'Đang bị bộ lọc của bảng ẩn' },
  charts: { byKind: 'Số liệu theo loại', topUnits: '{n} đơn vị nhiều nhất', noClaims: 'Không có số liệu.' },
  texts: {
    none: 'Không có văn bản.',
    claims: ['{n} số liệu', '{n} số liệu'],
    notHighlighted: '{n} số liệu không tô màu được: vị trí không khớp văn bản này (văn bản đã được chuẩn hoá chưa?)',
    legend: 'Màu của các loại',
    picker: 'Văn bản',
    previous: '‹ Văn bản trước',
    next: 'Văn bản sau ›',
  },
  comparison: {
    statuses: {
      disagree: 'Không khớp', rounded: 'Làm tròn', agree: 'Khớp', consistent: 'Nằm trong giới hạn',
      'target-met': 'Đạt mục tiêu', 'target-missed': 'Không đạt mục tiêu', 'forecast-met': 'Dự báo đúng', 'forecast-missed': 'Dự báo sai',
      'only-a': 'Chỉ có ở A', 'only-b': 'Chỉ có ở B',
    },
    help: {
      disagree: 'Cùng một nội dung, con số khác nhau.',
      rounded: 'Cùng một con số, trong độ chính xác mà một bên nêu.',
      agree: 'Cùng một nội dung, cùng một con số.',
      consistent: 'Giới hạn, khoảng hoặc con số ước chừng của một bên bao được con số của bên kia.',
      'target-met': 'Một bên là mục tiêu, bên kia là kết quả: kết quả đã đạt.',
      'target-missed': 'Một bên là mục tiêu, bên kia là kết quả: kết quả chưa đạt.',
      'forecast-met': 'Một bên là dự báo, bên kia là kết quả: dự báo đã đúng.',
      'forecast-missed': 'Một bên là dự báo, bên kia là kết quả: dự báo không đúng.',
      'only-a': 'Số liệu của A không có số liệu tương ứng ở B.',
      'only-b': 'Số liệu của B không có số liệu tương ứng ở A.',
    },
    noCounterpart: 'không có số liệu tương ứng',
    line: 'dòng {line}',
    showInText: 'dòng {line} · xem trong văn bản',
    similarity: 'độ giống {p}',
    unitsDiffer: 'đơn vị khác nhau',
    points: '{d} điểm phần trăm',
    // compare/why.ts writes these in English.
    whyPrefixes: { 'unit ': 'đơn vị ', 'shared: ': 'từ chung: ' },
    whyRules: {
      'same figure': 'cùng con số',
      'one rounds the other': 'một bên làm tròn bên kia',
      "within the other's bound": 'nằm trong giới hạn của bên kia',
      'different figures': 'con số khác nhau',
      'result reaches the target': 'kết quả đạt mục tiêu',
      'result short of the target': 'kết quả chưa đạt mục tiêu',
      'forecast came true': 'dự báo đúng',
      'forecast missed': 'dự báo sai',
    },
  },
};
