import type { Lexicon } from '../lexicon/lexicon.js';
import type { Draft } from './draft.js';
import { wordAt, type SentenceScope } from './scope.js';


/**
 * Whether a lone "một" or "năm" at `i` could still be a claim: something countable follows (a
 * counting noun, a unit, a currency, `%`), a rank or a multiple precedes it ("số một", "gấp
 * năm"), or more number words follow ("năm mươi", "một triệu").
 */
function mayCount(s: SentenceScope, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next) return false;
  const lex = s.lexicon;
  if (lex.numerals.has(next.lower) || next.text === '%') return true;
  if (['số', 'thứ', 'gấp'].includes(wordAt(s, i - 1))) return true;
  // "cả nghìn năm tuổi", "hàng trăm năm": after a scale word, "năm" is the unit of a vague amount.
  if (lex.numerals.get(wordAt(s, i - 1))?.role === 'scale' || lex.numerals.get(wordAt(s, i - 1))?.role === 'hundred') return false;
  return lex.countingNouns.matchAt(s.tokens, i + 1) !== null || lex.measures.matchAt(s.tokens, i + 1) !== null ||
    lex.currencies.matchAt(s.tokens, i + 1) !== null;
}

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

/**
 * Whether a sentence without digits may hold a number word worth tokenizing for: any number
 * word but "một" and "năm", or one of those two where `mayCount` could hold (judged on the
 * plain words around it). Saves tokenizing the many sentences whose only number words are
 * "một số", "năm nay" and the like; the stage below makes the exact decision on tokens.
 */
export function mayHoldNumberWord(text: string, lexicon: Lexicon): boolean {
  const NUMBER_WORD = numberWordPattern(lexicon);
  const mostlyNot = lexicon.functionWords['mostly-not-number'];
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m !== null; m = NUMBER_WORD.exec(text)) {
    const start = m.index;
    if (start > 0 && LETTER.test(text[start - 1]!)) continue;
    const word = m[0].toLowerCase();
    if (!mostlyNot.has(word)) return true;
    const end = start + m[0].length;
    const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '';
    if (after === '%' || lexicon.numerals.has(after) || ['số', 'thứ', 'gấp'].includes(before)) return true;
    if (lexicon.countingNouns.startsWordOf(after) || lexicon.measures.startsWordOf(after) || lexicon.currencies.startsWordOf(after)) return true;
  }
  return false;
}

/**
 * Stage: "một" as an article ("một số", "một cách") and "năm" as a year ("năm nay", "cùng kỳ
 * năm trước") are a third of all numbers found; the ones that cannot count anything are set
 * aside now, so that no later stage spends time on them or joins them ("một trong ba"). The
 * non-claim rules decide about the rest.
 */
export function dropArticleWords(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.filter((d) => {
    if (d.written !== 'words' || d.first !== d.last) return true;
    const word = wordAt(s, d.first);
    return !s.lexicon.functionWords['mostly-not-number'].has(word) || mayCount(s, d.first);
  });
}
