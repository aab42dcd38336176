import type { Lexicon } from '../lexicon/lexicon.js';
import type { Line } from './03-split-lines.js';
import type { Sentence } from './scope.js';

// A sentence may end at . ! ? … (and closing quotes or brackets after them) followed by
// white space and something that can start a sentence: a capital, a digit, an opening quote
// or bracket, a dash.
const BOUNDARY = /[.!?…]+["'”’)\]»]*(?=\s+["'“‘(\[«\-–—]?[\p{Lu}\d])/gu;
const WORD_CHAR = /[\p{L}.\/]/u;
const SPACE = /\s/;

/** {@link WORD_CHAR} for the one code unit at `i`: ASCII by its code, the rest by the pattern. */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2f;
  return WORD_CHAR.test(text[i]!);
}

/** `/\s/` for the one code unit at `i`: the space and the other visible ASCII by their code, the rest by the pattern. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20) return true;
  if (c > 0x20 && c < 0x7f) return false;
  return SPACE.test(text[i]!);
}

/** Whether the period at `at` closes an abbreviation ("TP.", "PGS.TS", "v.v.") or an initial ("Nguyễn V. A"). */
function closesAbbreviation(text: string, at: number, lexicon: Lexicon): boolean {
  if (text[at] !== '.') return false;
  // The word before the period: letters, periods and slashes (no surrogate: one code unit at a time).
  let from = at;
  let letter = false;
  while (from > 0 && at - from < 12 && isWordCharAt(text, from - 1)) {
    from--;
    letter ||= text[from] !== '.' && text[from] !== '/';
  }
  if (!letter) return false;
  const word = text.slice(from, at);
  // Its last part between periods: "TS" of "PGS.TS", "v" of "v.v".
  let end = word.length;
  while (word[end - 1] === '.') end--;
  const last = word.slice(word.lastIndexOf('.', end - 1) + 1, end);
  // A single letter is an initial.
  return (last.length === 1 && last !== '/') || lexicon.abbreviations.has(last) || lexicon.abbreviations.has(word);
}

/**
 * The longest stretch any stage reads as one sentence. Real sentences stay whole (of 240,000
 * sentences of the news corpus, 2 are longer); a table row or a scraped line without sentence
 * punctuation is cut into stretches this long, so no stage's work on one sentence can grow
 * with the length of the document.
 */
export const MAX_SENTENCE = 4000;
/** Where a long stretch is cut: at the last white space after , ; : or ) in this many characters before the bound, else at the last white space. */
const CUT_WINDOW = 400;

/** Where to end a stretch of `text` that starts at `start` and must end by `limit`. */
function cutBefore(text: string, start: number, limit: number): number {
  let space = -1;
  for (let i = limit; i > start && i > limit - CUT_WINDOW; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (/[,;:)]/.test(text[i - 1]!)) return i;
    if (space === -1) space = i;
  }
  // No white space near the bound (a chain of digits and hyphens): cut where it must.
  return space === -1 ? limit : space;
}

/** Splits each article line into sentences; junk lines give none. */
export function splitSentences(text: string, lines: readonly Line[], lexicon: Lexicon): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, line: number) => {
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    while (end - start > MAX_SENTENCE) {
      const cut = cutBefore(text, start, start + MAX_SENTENCE);
      push(start, cut, line);
      start = cut;
      while (start < end && isSpaceAt(text, start)) start++;
    }
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), line, documentText: text });
  };
  for (const line of lines) {
    if (line.junk) continue;
    const body = text.slice(line.start, line.end);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m !== null; m = BOUNDARY.exec(body)) {
      if (m[0].length === 1 && closesAbbreviation(body, m.index, lexicon)) continue;
      push(line.start + from, line.start + m.index + m[0].length, line.number);
      from = m.index + m[0].length;
    }
    push(line.start + from, line.end, line.number);
  }
  return sentences;
}
