/**
 * Which marks a document uses: `vi` writes `1.200.000` and `96,6`, `en` writes
 * `1,200,000` and `96.6`. Vietnamese text is `vi` unless it clearly writes numbers the
 * English way, so a `1,200` in it is 1.2 (SPEC §4b "decided by context").
 */
export type NumberStyle = 'vi' | 'en';

const VI_MARKS = /\b\d{1,3}(?:\.\d{3}){2,}\b|\b\d+,\d{1,2}\b(?![.,]\d)/g;
const EN_MARKS = /\b\d{1,3}(?:,\d{3}){2,}\b|\b\d{1,3},\d{3}\.\d+\b/g;

export function detectNumberStyle(text: string): NumberStyle {
  const vi = text.match(VI_MARKS)?.length ?? 0;
  const en = text.match(EN_MARKS)?.length ?? 0;
  return en >= 2 && en > vi ? 'en' : 'vi';
}
