import type { Draft } from '../../pipeline/draft.js';

const int = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n);
export const isYear = (n: number | undefined) => int(n) && n >= 1900 && n <= 2100;
export const isDay = (n: number | undefined) => int(n) && n >= 1 && n <= 31;
export const isMonth = (n: number | undefined) => int(n) && n >= 1 && n <= 12;

/** Three or more numbers joined by slashes: a date when they read day/month/year, else a code ("12/3/4/5"). */
export function slashDateParts(d: Draft): 'dmy' | 'code' | null {
  if (d.shape !== 'slash' || d.parts!.length < 3) return null;
  const [x, y] = d.parts!;
  return isDay(x) && isMonth(y) ? 'dmy' : 'code';
}

const pair = (d: Draft) => (d.shape === 'slash' && d.parts!.length === 2 ? d.parts! : null);

/** "7/2023". */
export const isMonthYear = (d: Draft) => {
  const p = pair(d);
  return !!p && isMonth(p[0]) && isYear(p[1]);
};

/** "30/10": a day and a month (unless something counted follows: "1/3 số dân"; a rule says so). */
export const isDayMonth = (d: Draft) => {
  const p = pair(d);
  return !!p && isDay(p[0]) && isMonth(p[1]);
};

/** "2017/18": a sports season. */
export const isSeason = (d: Draft) => {
  const p = pair(d);
  return !!p && isYear(p[0]) && p[1] === (p[0]! + 1) % 100;
};
