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

/** Whether a code unit is an upper-case letter: 0 until first asked, then {@link UPPER} or {@link NOT_UPPER}. */
const UPPER_CASE = new Uint8Array(0x10000);
const UPPER = 1;
const NOT_UPPER = 2;

/** Whether `s` starts with an upper-case letter. */
export const isUpper = (s: string): boolean => {
  // An ASCII first letter by its code; any other by a table filled as each is first met: no two
  // calls into the runtime for the many words that start with đ, ư, ở …
  const code = s.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const known = UPPER_CASE[code];
  if (known) return known === UPPER;
  const c = s.charAt(0);
  const upper = c !== c.toLowerCase() && c === c.toUpperCase();
  UPPER_CASE[code] = upper ? UPPER : NOT_UPPER;
  return upper;
};

export const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
