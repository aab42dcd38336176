import type { Sentence } from '../pipeline/scope.js';
import { readWithCompromise, type CompromiseReading } from './compromise.js';
import type { EnglishLexicon } from './lexicon.js';
import type { EnglishToken } from './tokens.js';

/** What the English stages read about a sentence: its tokens (lower-cased words beside them), the lexicon, compromise's reading. */
export interface EnglishScope {
  sentence: Sentence;
  tokens: readonly EnglishToken[];
  words: readonly string[];
  /** The tokens as written, for matching symbols and abbreviations whose case matters (`MW`, `US$`). */
  raw: readonly string[];
  lexicon: EnglishLexicon;
  /** compromise's tags and word numbers, read once, when a stage first asks. */
  reading(): CompromiseReading;
}

export function englishScope(sentence: Sentence, tokens: readonly EnglishToken[], lexicon: EnglishLexicon): EnglishScope {
  let reading: CompromiseReading | undefined;
  return {
    sentence, tokens, lexicon,
    words: tokens.map((t) => t.lower),
    raw: tokens.map((t) => t.text),
    reading: () => (reading ??= readWithCompromise(sentence.text)),
  };
}

/** Part-of-speech tags compromise gives the token at `i` (empty when it has none there). */
export function tagsOf(s: EnglishScope, i: number): ReadonlySet<string> {
  const t = s.tokens[i];
  return (t && s.reading().tagsAt().get(t.start)) ?? new Set();
}

/** The token index holding sentence offset `at`, or -1. */
export function tokenAt(s: EnglishScope, at: number): number {
  return s.tokens.findIndex((t) => t.start <= at && at < t.end);
}

/** Phrases whose case matters (currency symbols, unit abbreviations) as written first, then in lower case for words of three letters or more. */
export function matchCased<T>(s: EnglishScope, phrases: { matchAt(words: readonly string[], from: number): [T, number] | null }, i: number): [T, number] | null {
  return phrases.matchAt(s.raw, i) ?? ((s.tokens[i]?.text.length ?? 0) >= 3 ? phrases.matchAt(s.words, i) : null);
}

export function matchCasedBefore<T>(s: EnglishScope, phrases: { matchBefore(words: readonly string[], end: number): [T, number] | null }, end: number): [T, number] | null {
  return phrases.matchBefore(s.raw, end) ?? ((s.tokens[end - 1]?.text.length ?? 0) >= 3 ? phrases.matchBefore(s.words, end) : null);
}
