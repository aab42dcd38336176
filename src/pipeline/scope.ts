import type { FunctionRole, Lexicon } from '../lexicon/lexicon.js';
import type { CodeClass } from '../rules/load.js';
import type { SentenceWords } from '../rules/rule-set.js';
import type { Token } from '../text/token.js';
import type { NumberStyle } from './02-detect-number-style.js';

/** A sentence of the normalized document. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** 1-based line number. */
  line: number;
  /**
   * The text `start` and `end` are offsets into, when the sentence was cut from one: character by
   * character loops (the tokenizer) read the sentence there. `text`, a slice of it, costs more to
   * read a character at a time than the flat string it is cut from.
   */
  documentText?: string;
}

/** What every stage may read about the document being processed. */
export interface DocumentScope {
  text: string;
  lexicon: Lexicon;
  style: NumberStyle;
  /** Keep the names of the rules that decide (`--explain`); off, no stage spends time on them. */
  explain?: boolean;
}

/** What a per-sentence stage reads: the document, the sentence and its tokens. */
export interface SentenceScope extends DocumentScope {
  sentence: Sentence;
  tokens: readonly Token[];
  /** The word starting at each token when vntk's segmenter read the sentence (see `08-segment-words`). */
  segmented: ({ end: number; tags: string | undefined } | undefined)[] | null;
  /** Dictionary words by start token, filled as stages ask (see `longestWord`): a cache, not data. */
  words: ({ end: number; tags: string | undefined } | undefined)[] | null;
  /** The rule engine's number for each token's word, and where the words rules need stand (see `RuleWords`): a cache, not data. */
  ruleWords: SentenceWords | null;
  /** The same, by end token (see `wordEndingAt`). */
  wordsBefore: ({ first: number; tags: string | undefined } | undefined)[] | null;
}

/** The scope of one sentence. */
export const sentenceScope = (doc: DocumentScope, sentence: Sentence, tokens: readonly Token[]): SentenceScope => ({
  text: doc.text,
  lexicon: doc.lexicon,
  style: doc.style,
  explain: doc.explain,
  sentence,
  tokens,
  segmented: null,
  words: null,
  wordsBefore: null,
  ruleWords: null,
});

/** Whether the word at token `i` has a role among the function words ("và" is a list conjunction). */
export const isFunctionWord = (s: SentenceScope, role: FunctionRole, i: number): boolean =>
  s.lexicon.functionWords[role].has(wordAt(s, i));

/** Whether the `length` words from token `i` on, joined by a space, have a role among the function words ("trong số" is a ratio link). */
export function isFunctionPhrase(s: SentenceScope, role: FunctionRole, i: number, length: number): boolean {
  let phrase = '';
  for (let k = 0; k < length; k++) {
    const word = wordAt(s, i + k);
    if (!word) return false;
    phrase = k === 0 ? word : `${phrase} ${word}`;
  }
  return s.lexicon.functionWords[role].has(phrase);
}

/** Lower-cased word at token `i`, or '' when it is not a word. */
export const wordAt = (s: SentenceScope, i: number): string => {
  // Not read at -1 (the word before a sentence's first token): see `wordEndingAt`.
  const t = i >= 0 ? s.tokens[i] : undefined;
  return t && t.type === 'word' ? t.lower : '';
};

/** The source text of tokens `[first, last]`, white space collapsed. */
export const sliceTokens = (s: SentenceScope, first: number, last: number): string => {
  const a = s.tokens[first];
  const b = s.tokens[last];
  if (!a || !b || last < first) return '';
  return collapseSpaces(s.text.slice(a.start, b.end));
};

/** White space that {@link collapseSpaces} must rewrite: a run of two, or a space other than ' ' (a tab, a line break). */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * `text` with each run of white space one space. Most phrases are spaced by single spaces already
 * (all but 26 of the 52k `sliceTokens` a pass over the bench): tested, not rewritten space by
 * space into a new string.
 */
export const collapseSpaces = (text: string): string => (ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text);

/** Whether only punctuation (quotes, brackets, a list dash) stands before token `i` in its sentence. Stops at the first word: linear in nothing. */
export function opensSentence(s: SentenceScope, i: number): boolean {
  for (let k = 0; k < i; k++) if (s.tokens[k]!.type !== 'punct') return false;
  return true;
}

/** Where a phrase of a word class (`dictionaries/rules/classes.tsv`) that ends just before token `end` starts, or -1. */
export const classBefore = (s: SentenceScope, name: CodeClass, end: number): number => s.lexicon.classes.get(name)!.startsBefore(s, end)[0] ?? -1;

/** Where a phrase of a word class that starts at token `i` ends, or -1. */
export const classAt = (s: SentenceScope, name: CodeClass, i: number): number => s.lexicon.classes.get(name)!.endsAt(s, i)[0] ?? -1;
