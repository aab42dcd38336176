import type { Token } from './token.js';

// Links and e-mail addresses first, so their digits never look like numbers; then letter runs,
// digit runs with inner separators (`1.200.000`, `96,6`), any other visible character alone.
const WITH_LINKS =
  /(https?:\/\/\S+|www\.[^\s,;]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|([\p{L}\p{M}]+)|(\d+(?:[.,]\d+)*)|(\S)/gu;
/** What every link or address above holds; three searches for a string scan faster than one pattern of the three. */
const mayHoldLink = (text: string) => text.includes('@') || text.includes('://') || text.includes('www.');
const LETTER = /[\p{L}\p{M}]/u;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c <= 0x20 || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;

/** What a code unit is to the scanner; `UNKNOWN` until first met (see {@link CLASS}). */
const UNKNOWN = 0;
const SPACE = 1;
const DIGIT = 2;
/** A letter that is its own lower case. */
const LOWER = 3;
/** A letter that lower-casing changes: a word without one is its own lower case, and `toLowerCase` (a call into the runtime for the non-Latin-1 text Vietnamese is) is skipped for it. */
const CASED = 4;
/** The first half of a surrogate pair: a punctuation token of two code units. */
const HIGH_SURROGATE = 5;
const OTHER = 6;
/**
 * The class of every code unit, filled in as each is first met (no cost at start-up): one load
 * per character in the scan instead of range tests, and Unicode properties tested once per code unit.
 * Letters' case is taken from `toLowerCase` itself, so the two cannot disagree.
 */
const CLASS = new Uint8Array(0x10000);

function classify(c: number): number {
  let k = OTHER;
  if (isSpace(c)) k = SPACE;
  else if (isDigit(c)) k = DIGIT;
  else if (c >= 0xd800 && c <= 0xdbff) k = HIGH_SURROGATE;
  else {
    // One code unit, as `text[i]` is: half a pair is no letter.
    const ch = String.fromCharCode(c);
    if (LETTER.test(ch)) k = ch.toLowerCase() === ch ? LOWER : CASED;
  }
  CLASS[c] = k;
  return k;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = CLASS[c]!;
  return k !== UNKNOWN ? k : classify(c);
}

function token(type: Token['type'], text: string, start: number, gap: boolean): Token {
  return { type, text, lower: type === 'word' || type === 'url' ? text.toLowerCase() : text, start, end: start + text.length, gap };
}

/** The same tokens through one regular expression, for the rare text that holds links. */
function scanWithLinks(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  WITH_LINKS.lastIndex = 0;
  for (let m = WITH_LINKS.exec(text); m !== null; m = WITH_LINKS.exec(text)) {
    const value = m[0];
    const type = m[1] !== undefined ? 'url' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'num' : 'punct';
    const cleaned = type === 'url' ? value.replace(/[.)\]]+$/, '') : value;
    tokens.push(token(type, cleaned, offset + m.index, tokens.length === 0 || m.index > previousEnd));
    previousEnd = m.index + cleaned.length;
    if (cleaned.length < value.length) WITH_LINKS.lastIndex = previousEnd;
  }
  return tokens;
}

/**
 * Splits `text` into tokens with offsets relative to `offset`: letter runs (`word`), digit runs
 * with inner `.`/`,` (`num`), links (`url`), any other visible character (`punct`). No
 * dictionary knowledge. A scan by character codes: tokenizing is the widest loop solieu runs.
 * `documentText`, when given, holds `text` at `offset` (the document a sentence is cut from):
 * its characters are read there, in a flat string, rather than through the slice.
 */
export function scanTokens(text: string, offset = 0, documentText?: string): Token[] {
  return scanSentence(text, offset, documentText).tokens;
}

/** A sentence's tokens, and whether any of them stand glued the way glued text is written. */
export interface ScannedSentence {
  tokens: Token[];
  /**
   * False when no word or number stands right against another, or against a hyphen before one,
   * and no number against an apostrophe or a colon: then nothing glued is to be told apart
   * (`BN1047`, `Covid-19`, `8h30`, `25'`, `8:30`), and the tokens need no second look.
   */
  mayGlue: boolean;
}

/** {@link scanTokens}, with what the scan saw of glued tokens. */
export function scanSentence(text: string, offset = 0, documentText?: string): ScannedSentence {
  if (mayHoldLink(text)) return { tokens: scanWithLinks(text, offset), mayGlue: true };
  return documentText === undefined ? scanRange(text, 0, text.length, offset) : scanRange(documentText, offset, offset + text.length, 0);
}

/** What the token before is, for {@link ScannedSentence.mayGlue}. */
const AFTER_OTHER = 0;
const AFTER_WORD = 1;
const AFTER_NUMBER = 2;
/** A hyphen right after a word or a number. */
const AFTER_JOINING_HYPHEN = 3;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const COLON = 0x3a;

/** The tokens of `source` in `[from, to)`, their offsets `shift` more than their places in `source`. */
function scanRange(source: string, from: number, to: number, shift: number): ScannedSentence {
  const tokens: Token[] = [];
  let gap = true;
  let before = AFTER_OTHER;
  let mayGlue = false;
  let i = from;
  while (i < to) {
    const k = classAt(source, i);
    if (k === SPACE) {
      gap = true;
      i++;
      continue;
    }
    const start = i;
    if (k === LOWER || k === CASED) {
      // Most words are lower case already: the scan notes a letter that lower-casing changes.
      let cased = k === CASED;
      for (i++; i < to; i++) {
        const d = classAt(source, i);
        if (d === LOWER) continue;
        if (d !== CASED) break;
        cased = true;
      }
      const word = source.slice(start, i);
      tokens.push({ type: 'word', text: word, lower: cased ? word.toLowerCase() : word, start: shift + start, end: shift + i, gap });
      if (!gap && before !== AFTER_OTHER) mayGlue = true;
      before = AFTER_WORD;
    } else if (k === DIGIT) {
      i++;
      for (;;) {
        while (i < to && isDigit(source.charCodeAt(i))) i++;
        const sep = source.charCodeAt(i);
        if ((sep === 0x2e || sep === 0x2c) && i + 1 < to && isDigit(source.charCodeAt(i + 1))) i++;
        else break;
      }
      const digits = source.slice(start, i);
      tokens.push({ type: 'num', text: digits, lower: digits, start: shift + start, end: shift + i, gap });
      if (!gap && before !== AFTER_OTHER) mayGlue = true;
      before = AFTER_NUMBER;
    } else {
      const c = source.charCodeAt(i);
      i += k === HIGH_SURROGATE && i + 1 < to ? 2 : 1;
      const mark = source.slice(start, i);
      tokens.push({ type: 'punct', text: mark, lower: mark, start: shift + start, end: shift + i, gap });
      if (!gap && before === AFTER_NUMBER && (c === APOSTROPHE || c === RIGHT_QUOTE || c === COLON)) mayGlue = true;
      before = !gap && c === HYPHEN && (before === AFTER_WORD || before === AFTER_NUMBER) ? AFTER_JOINING_HYPHEN : AFTER_OTHER;
    }
    gap = false;
  }
  return { tokens, mayGlue };
}
