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
    const alternatives = [...new Set(words)].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
    pattern = new RegExp(`(?:${alternatives})(?![\\p{L}\\p{M}])`, 'gu');
    numberWordPatterns.set(lexicon, pattern);
  }
  return pattern;
}
const WORD_AFTER = /^[\s,]*([\p{L}\p{M}%]+)/u;
const WORD_BEFORE = /([\p{L}\p{M}]+)\s*$/u;

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
    if (start > 0 && LETTER.test(text[start - 1]!)) continue;
    const word = m[0].toLowerCase();
    if (!mostlyNot.has(word)) return true;
    const end = start + m[0].length;
    const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
    if (after === '%' || lexicon.numerals.has(after) || numberBefore.has(before)) return true;
    if (lexicon.countingNouns.startsWordOf(after) || lexicon.measures.startsWordOf(after) || lexicon.currencies.startsWordOf(after)) return true;
  }
  return false;
}

