import type { UiLanguage } from './ui.js';

/** Headings every table shares. */
const COMMON = { file: 'tệp', doc_id: 'mã tài liệu', line: 'dòng', kind: 'loại', status: 'trạng thái' };

/**
 * The tables' column headings in Vietnamese (`--ui vi`), one place for every command's table;
 * machine formats (CSV, JSON, xlsx) keep the field names.
 */
const VI_HEADINGS = {
  records: {
    ...COMMON, value: 'giá trị', qualifier: 'mức', change: 'thay đổi', unit: 'đơn vị', unit_norm: 'đơn vị chuẩn', currency: 'tiền tệ',
    subject: 'đối tượng', text: 'nguyên văn', sentence: 'câu', time: 'thời gian', source: 'nguồn', page: 'trang',
  },
  check: { ...COMMON, rule: 'quy tắc', claims: 'số liệu', message: 'cảnh báo' },
  stats: {
    ...COMMON, unit_norm: 'đơn vị', unit: 'đơn vị (như viết)', claims: 'số liệu', documents: 'tài liệu', sum: 'tổng', min: 'nhỏ nhất', max: 'lớn nhất', mean: 'trung bình',
  },
  compare: {
    ...COMMON, status: 'kết quả', a_line: 'dòng A', a_text: 'A viết', a_figure: 'số liệu A', b_figure: 'số liệu B', b_text: 'B viết', b_line: 'dòng B', difference: 'chênh lệch', a_unit: 'đơn vị',
  },
} satisfies Record<string, Record<string, string>>;

/** A command's table headings for a reader of `ui`: Vietnamese ones, or none (the field names). */
export const tableHeadings = (table: keyof typeof VI_HEADINGS, format: string, ui: UiLanguage): Readonly<Record<string, string>> | undefined =>
  format === 'table' && ui === 'vi' ? VI_HEADINGS[table] : undefined;
