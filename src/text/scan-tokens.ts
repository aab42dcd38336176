import type { Token } from './token.js';

// Links and e-mail addresses first, so their digits never look like numbers;
// then letter runs, digit runs with inner separators (`1.200.000`, `96,6`),
// and any other visible character on its own.
const TOKEN =
  /(https?:\/\/\S+|www\.[^\s,;]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|([\p{L}\p{M}]+)|(\d+(?:[.,]\d+)*)|(\S)/gu;

/** Splits `text` into tokens with offsets relative to `offset`. No dictionary knowledge. */
export function scanTokens(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const value = m[0];
    const type = m[1] !== undefined ? 'url' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'num' : 'punct';
    const cleaned = type === 'url' ? value.replace(/[.)\]]+$/, '') : value;
    tokens.push({
      type,
      text: cleaned,
      lower: cleaned.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + cleaned.length,
      gap: tokens.length === 0 || m.index > previousEnd,
    });
    previousEnd = m.index + cleaned.length;
    if (cleaned.length < value.length) TOKEN.lastIndex = previousEnd;
  }
  return tokens;
}
