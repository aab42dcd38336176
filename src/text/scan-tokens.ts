import type { Token } from './token.js';

// Links and e-mail addresses first, so their digits never look like numbers; then letter runs,
// digit runs with inner separators (`1.200.000`, `96,6`), any other visible character alone.
const WITH_LINKS =
  /(https?:\/\/\S+|www\.[^\s,;]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|([\p{L}\p{M}]+)|(\d+(?:[.,]\d+)*)|(\S)/gu;
/** What every link or address above holds; three searches for a string scan faster than one pattern of the three. */
const mayHoldLink = (text: string) => text.includes('@') || text.includes('://') || text.includes('www.');
const OTHER_LETTER = /[\p{L}\p{M}]/u;

/** Letters of Vietnamese and other Latin text by code range; the rare rest by Unicode property. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  // One code unit, as `text[i]` is: the string is made only for the rare letter outside the ranges above.
  return c > 0x24f && OTHER_LETTER.test(String.fromCharCode(c));
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c <= 0x20 || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;

/** Code units below this (the BMP up to the surrogates, read one by one) are looked up in {@link CASED}. */
const CASED_BELOW = 0xd800;
const UNKNOWN = 0;
const KEPT = 1;
const CHANGED = 2;
/**
 * Whether a code unit's lower case is another, filled in as letters are first met (no cost at
 * start-up): a word without such a letter is its own lower case, and `toLowerCase` (a call
 * into the runtime for the non-Latin-1 text Vietnamese is) is skipped for it. Taken from
 * `toLowerCase` itself, so the two cannot disagree.
 */
const CASED = new Uint8Array(CASED_BELOW);
/** Whether lower-casing may change a code unit (from the surrogates up, assumed so: a pair is lower-cased whole). */
function mayLowerCase(c: number): boolean {
  if (c >= CASED_BELOW) return true;
  if (CASED[c] === UNKNOWN) {
    const ch = String.fromCharCode(c);
    CASED[c] = ch.toLowerCase() === ch ? KEPT : CHANGED;
  }
  return CASED[c] === CHANGED;
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
 */
export function scanTokens(text: string, offset = 0): Token[] {
  if (mayHoldLink(text)) return scanWithLinks(text, offset);
  const tokens: Token[] = [];
  const n = text.length;
  let gap = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap = true;
      i++;
      continue;
    }
    const start = i;
    let type: Token['type'];
    if (isDigit(c)) {
      type = 'num';
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 0x2e || sep === 0x2c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isLetter(c)) {
      // Most words are lower case already: the scan notes a letter that lower-casing changes.
      let cased = mayLowerCase(c);
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        cased ||= mayLowerCase(d);
      }
      const word = text.slice(start, i);
      tokens.push({ type: 'word', text: word, lower: cased ? word.toLowerCase() : word, start: offset + start, end: offset + i, gap });
      gap = false;
      continue;
    } else {
      type = 'punct';
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    tokens.push(token(type, text.slice(start, i), offset + start, gap));
    gap = false;
  }
  return tokens;
}
