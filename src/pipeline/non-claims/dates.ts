import type { DateRole } from '../../lexicon/lexicon.js';
import { draftsBefore, draftStartingAt, type Draft } from '../draft.js';
import { readOrdinal } from '../ordinal.js';
import { isUpper } from '../../text/token.js';
import { isFunctionWord, wordAt, type SentenceScope } from '../scope.js';
import { matchWordBefore } from '../word-before.js';
import { asDate, asReference, type NonClaimRule } from './rule.js';

const DOTTED_DAY = /^\d{1,2}\.\d{1,2}$/;
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;
const isDay = (n: number) => Number.isInteger(n) && n >= 1 && n <= 31;
const isMonth = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;

const ROLE_FITS: Record<DateRole, (n: number) => boolean> = {
  day: isDay,
  month: isMonth,
  year: (n) => Number.isInteger(n) && n < 3000,
  quarter: (n) => Number.isInteger(n) && n >= 1 && n <= 4,
  clock: (n) => n >= 0 && n <= 24,
  period: () => true,
};

/** The date word right before the number, unless it is the unit of the number before ("2 năm 3 tháng"). */
function dateMarker(d: Draft, s: SentenceScope, drafts: readonly Draft[]): DateRole | null {
  const m = matchWordBefore(s, s.lexicon.dateMarkers, d.first);
  if (!m) return listedDate(d, s);
  // "2 năm 3 tháng": "năm" is the unit of the 2, not a year word — unless the 2 is itself a date
  // ("ngày 8 tháng 9 năm 2018").
  // Only the numbers just before can own it: a unit stops at the next number.
  const owner = draftsBefore(drafts, m.first, 3).find((o) => o !== d && o.unitEnd > m.first && !matchWordBefore(s, s.lexicon.dateMarkers, o.first));
  return owner ? null : m.value;
}


/** "các tháng 3, 4, 7, 8", "ngày 5, 6 và 7": a bare number in a list of days or months. */
function listedDate(d: Draft, s: SentenceScope): DateRole | null {
  if (d.unitType !== null) return null;
  let i = d.first;
  const joins = (k: number) => s.tokens[k]!.text === ',' || isFunctionWord(s, 'list-conjunction', k);
  while (i >= 2 && joins(i - 1) && s.tokens[i - 2]!.type === 'num') i -= 2;
  if (i === d.first) return null;
  const role = matchWordBefore(s, s.lexicon.dateMarkers, i)?.value ?? null;
  return role === 'day' || role === 'month' || role === 'quarter' ? role : null;
}

function slashDate(d: Draft, s: SentenceScope, role: DateRole | null) {
  const [x = 0, y = 0, z] = d.parts!;
  if (d.parts!.length >= 3) return isDay(x) && isMonth(y) && z !== undefined ? asDate('day/month/year') : asReference('slash-separated identifier');
  if (role) return asDate('date after a date word');
  if (isMonth(x) && isYear(y)) return asDate('month/year');
  if (isYear(x) && y === (x + 1) % 100) return asDate('season'); // "2017/18"
  const counted = d.unitType === 'noun' && x <= y;
  if (isDay(x) && isMonth(y) && !counted) return asDate('day/month');
  return null;
}

/** Whether a dash and a date follow the number: the start of a date range ("14-18/9", "2 - 4/10"). */
function startsDateRange(d: Draft, s: SentenceScope, drafts: readonly Draft[]): boolean {
  const dash = s.tokens[d.last + 1];
  const next = draftStartingAt(drafts, d.last + 2);
  return !!dash && ['-', '–'].includes(dash.text) && !!next && next.shape === 'slash' && next.parts!.length >= 2 && isMonth(next.parts![1]!);
}

/** "lúc 8 giờ", "8 giờ sáng", "17 giờ ngày 1/10", "20 giờ 15": an hour of the day, not a duration. */
function isClock(d: Draft, s: SentenceScope): boolean {
  if (matchWordBefore(s, s.lexicon.dateMarkers, d.first)?.value === 'clock') return true;
  if (s.lexicon.dateFollowers.matchAt(s.tokens, d.unitEnd)) return true;
  const minutes = s.tokens[d.unitEnd];
  // "2 giờ 30 phút" may be a duration; "20 giờ 15", "13 giờ 53 ngày 5/7", "3 giờ 30 phút sáng" are times.
  if (minutes?.type !== 'num' || !/^\d{1,2}$/.test(minutes.text) || Number(minutes.text) >= 60) return false;
  return wordAt(s, d.unitEnd + 1) !== 'phút' || !!s.lexicon.dateFollowers.matchAt(s.tokens, d.unitEnd + 2);
}

/**
 * Dates, years, periods and clock times (SPEC §1): slash dates ("10/11/2021", "7/2023",
 * "30/10" unless something is counted: "1/3 số dân"), numbers after a date word ("ngày 5",
 * "năm 2022", "quý 1", "lúc 8 giờ"), years standing alone, year ranges ("2020-2025"), the
 * start of a date range, "giờ" read as a time of day ("8 giờ sáng"), weekdays ("thứ 2").
 */
export const rejectDate: NonClaimRule = (d, s, drafts) => {
  const role = dateMarker(d, s, drafts);
  if (d.shape === 'slash') return slashDate(d, s, role);
  if (d.shape === 'range' && isYear(d.value) && isYear(d.valueMax ?? 0)) return asDate('period of years');
  if (role && ROLE_FITS[role](d.value) && d.scale === null && d.unitType !== 'percent' && d.unitType !== 'currency') return asDate(`${role} after a date word`);
  if ((role === 'day' || role === 'period') && DOTTED_DAY.test(s.tokens[d.first]!.text)) return asDate('day.month after a date word'); // "sáng 19.5"
  // "sáng nay (28.6)", "hôm qua (12.3)": the day's date in brackets.
  if (DOTTED_DAY.test(s.tokens[d.first]!.text) && s.tokens[d.first - 1]?.text === '(' && ['nay', 'qua', 'mai'].includes(wordAt(s, d.first - 2))) {
    return asDate('day.month in brackets');
  }
  const token = s.tokens[d.first]!;
  // A year has nothing counted after it ("V-League 2020.", "iPhone SE 2020 (") and no "hơn" before it.
  const named = d.unitType === 'noun' && isUpper(s.tokens[d.last + 1]?.text ?? '');
  if (/^\d{4}$/.test(token.text) && isYear(d.value) && d.first === d.last && d.qualifier === null && (d.unitType === null || named)) {
    return asDate('year');
  }
  if (startsDateRange(d, s, drafts)) return asDate('start of a date range');
  // "1 ngày 9/6": the day word belongs to the date after it, so the number before is no duration.
  const after = draftStartingAt(drafts, d.unitEnd);
  if (d.dimension === 'time' && after?.shape === 'slash' && after.parts!.length >= 2 && isMonth(after.parts![1]!)) return asReference('number before a date');
  if (d.unit === 'giờ' && isClock(d, s)) return asDate('time of day');
  const hour = s.tokens[d.first - 2];
  if (wordAt(s, d.first - 1) === 'giờ' && hour?.type === 'num' && Number(hour.text) <= 24 && d.value < 60) return asDate('minutes of a time of day');
  if (readOrdinal(d, s, false) === 'weekday' && d.kind !== 'rank') return asDate('weekday');
  return null;
};
