/**
 * Which marks a document uses: `vi` writes `1.200.000` and `96,6`, `en` writes
 * `1,200,000` and `96.6`. Vietnamese text is `vi` unless it clearly writes numbers the
 * English way, so a `1,200` in it is 1.2 (SPEC §4b "decided by context").
 */
export type NumberStyle = 'vi' | 'en';

const VI_MARKS = /\b\d{1,3}(?:\.\d{3}){2,}\b|\b\d+,\d{1,2}\b(?![.,]\d)/g;
const EN_MARKS = /\b\d{1,3}(?:,\d{3}){2,}\b|\b\d{1,3},\d{3}\.\d+\b/g;
const SEPARATED_DIGITS = /\d[.,]\d/;

export function detectNumberStyle(text: string): NumberStyle {
  return styleOfMarks(countStyleMarks(text));
}

/** How many numbers of `text` are written each way: counts of the pieces of a text add up to the whole's (no mark spans a line). */
export function countStyleMarks(text: string, into = { vi: 0, en: 0 }): { vi: number; en: number } {
  // Every mark either way has a digit, a point or comma, and a digit: half the articles have none.
  if (!SEPARATED_DIGITS.test(text)) return into;
  into.vi += text.match(VI_MARKS)?.length ?? 0;
  into.en += text.match(EN_MARKS)?.length ?? 0;
  return into;
}

export function styleOfMarks({ vi, en }: { vi: number; en: number }): NumberStyle {
  return en >= 2 && en > vi ? 'en' : 'vi';
}
