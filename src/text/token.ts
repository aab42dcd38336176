/**
 * A token of a sentence. `gap` says whether white space separates it from the
 * previous token: glued text (`64GB`, `hơn40năm`, `Covid-19`) is told apart from
 * spaced text by it.
 */
export interface Token {
  /** `word` letters, `num` digits with inner `.`/`,`, `code` a glued letter–digit
   * identifier (`BN1047`, `m2`), `time` a clock time (`8h30`), `url` a link or
   * e-mail address, `punct` any other single character. */
  type: 'word' | 'num' | 'code' | 'time' | 'url' | 'punct';
  text: string;
  /** `text` in lower case, for dictionary lookups. */
  lower: string;
  start: number;
  end: number;
  gap: boolean;
}

export const isUpper = (s: string): boolean => {
  // An ASCII first letter (most Vietnamese words) by its code, without two new strings.
  const code = s.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

export const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
