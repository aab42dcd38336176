/** A token of an English sentence, with its offsets in the sentence. */
export interface EnglishToken {
  text: string;
  /** Lower case, for matching words. */
  lower: string;
  start: number;
  end: number;
  /** `num`: digits with English separators (`1,200.5`); `ordinal`: `48th`; `word` (which may hold digits after a letter: `COVID-19`, `Q4`); `punct`: anything else, one character. */
  type: 'num' | 'ordinal' | 'word' | 'punct';
  /** Whether whitespace comes right before it. */
  gap: boolean;
}

// "VND6,200", "USD4.41": a currency code glued to its amount is two tokens. Links and e-mail
// addresses are one token, whatever digits they hold.
const TOKEN = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|US\$|S\$|[A-Z]{3}(?=\d)|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d])|\d+(?:[.,]\d+)*|[\p{L}][\p{L}\p{M}\p{N}'’\-]*[\p{L}\p{M}\p{N}]|[\p{L}]|\S/gu;

/** The tokens of an English sentence: words, numbers, ordinals and single punctuation marks. */
export function tokenizeEnglish(sentence: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index!;
    const link = /^(https?:\/\/|www\.)|@/.test(text) && text.length > 1;
    const type = link ? 'punct' : /^\d/.test(text) ? (/(st|nd|rd|th)$/.test(text) ? 'ordinal' : 'num') : /^\p{L}/u.test(text) && text !== 'US$' && text !== 'S$' ? 'word' : 'punct';
    tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, type, gap: start === 0 || /\s/.test(sentence[start - 1]!) });
  }
  return tokens;
}

/**
 * The value of digits in English notation: `,` groups thousands (in threes), `.` marks the
 * decimals. Null when the grouping is not that of a number (`1,2,3`, `1.2.3`).
 */
export function parseEnglishDigits(text: string): number | null {
  const digits = text.replace(/(st|nd|rd|th)$/, '');
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(digits) && !/^\d+(\.\d+)?$/.test(digits)) return null;
  return Number(digits.replace(/,/g, ''));
}
