import type { Lexicon } from '../lexicon/lexicon.js';

const LETTER = /[\p{L}\p{M}]/u;
const numberWordPatterns = new WeakMap<Lexicon, RegExp>();

/**
 * Words that can start a number, from the dictionaries: number words that stand first ("hai",
 * "mười", "nửa"), the first word of a multiple ("gấp") and "thứ" of ordinals. The character
 * before a match is checked apart: the expression then starts with a letter, which the engine
 * finds fast (a look-behind or a leading class costs several times more).
 */
function numberWordPattern(lexicon: Lexicon): RegExp {
  let pattern = numberWordPatterns.get(lexicon);
  if (!pattern) {
    const starts = ['digit', 'ten', 'tens', 'half-prefix'];
    const words = [...lexicon.numerals].filter(([, w]) => starts.includes(w.role)).map(([word]) => word);
    words.push(...lexicon.multipliers.firstWords(), 'thứ');
    // Grouped by first letter ("[bB](?:a|ốn|ảy|ẩy)"): the engine tries a group, not each word, where a letter starts one.
    const rests = new Map<string, string[]>();
    for (const w of new Set(words)) rests.set(w[0]!, [...(rests.get(w[0]!) ?? []), w.slice(1)]);
    const alternatives = [...rests].map(([first, rest]) => `[${first}${first.toUpperCase()}](?:${rest.join('|')})`).join('|');
    pattern = new RegExp(`(?:${alternatives})(?![\\p{L}\\p{M}])`, 'gu');
    numberWordPatterns.set(lexicon, pattern);
  }
  return pattern;
}
/** {@link LETTER} for the code unit before `at`: ASCII by its code, the rest by the pattern. */
function letterBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(text[at - 1]!);
}

const WORD_AFTER = /^[\s,]*([\p{L}\p{M}%]+)/u;
const SPACE = /\s/;
/** How far back the word before a number word is looked for. */
const BEFORE_WINDOW = 20;

/**
 * The word before `at` (white space between), within {@link BEFORE_WINDOW} characters: what
 * `/([\p{L}\p{M}]+)\s*$/u` finds at the end of that window, found by stepping back from `at`
 * instead of trying the pattern at every position of the window.
 */
function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - BEFORE_WINDOW);
  let end = at;
  while (end > from && isSpaceBefore(text, end)) end--;
  let start = end;
  for (;;) {
    // A letter outside the BMP is a pair of code units, read whole as the pattern reads it.
    const pair = start - 2 >= from && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    if (pair && LETTER.test(text.slice(start - 2, start))) start -= 2;
    else if (!pair && start > from && letterBefore(text, start)) start--;
    else break;
  }
  return text.slice(start, end);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** `/\s/` for the code unit before `at`: the space and the other visible ASCII by their code, the rest by the pattern. */
function isSpaceBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c === 0x20) return true;
  if (c > 0x20 && c < 0x7f) return false;
  return SPACE.test(text[at - 1]!);
}

const DIGIT = /\d/;

/**
 * Whether a sentence may hold a claim: it has a digit, or a number word worth tokenizing for —
 * any number word but "một" and "năm", or one of those two before something countable or after
 * "số", "thứ", "gấp" (judged on the plain words around it). Saves tokenizing the many sentences
 * whose only number words are "một số", "năm nay" and the like; the rules of
 * `dictionaries/rules/non-claim.tsv` make the exact decision. A shortcut only: a test runs every
 * sentence it skips through all the stages and finds no claim.
 */
export function mayHoldNumber(text: string, lexicon: Lexicon): boolean {
  return DIGIT.test(text) || mayHoldNumberWord(text, lexicon);
}

function mayHoldNumberWord(text: string, lexicon: Lexicon): boolean {
  const NUMBER_WORD = numberWordPattern(lexicon);
  const mostlyNot = lexicon.functionWords['mostly-not-number'];
  const numberBefore = lexicon.functionWords['number-before'];
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m !== null; m = NUMBER_WORD.exec(text)) {
    const start = m.index;
    if (start > 0 && letterBefore(text, start)) continue;
    const word = m[0].toLowerCase();
    if (!mostlyNot.has(word)) return true;
    const end = start + m[0].length;
    const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
    const before = wordBefore(text, start).toLowerCase();
    if (after === '%' || lexicon.numerals.has(after) || numberBefore.has(before)) return true;
    if (lexicon.countingNouns.startsWordOf(after) || lexicon.measures.startsWordOf(after) || lexicon.currencies.startsWordOf(after)) return true;
  }
  return false;
}

