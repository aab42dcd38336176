import { getLexicon } from '../lexicon/load.js';
import { normalizeText } from '../pipeline/01-normalize.js';
import { detectNumberStyle } from '../pipeline/02-detect-number-style.js';
import { tokenize } from '../pipeline/05-tokenize.js';
import { findNumbers } from '../pipeline/06-find-numbers.js';
import { sentenceScope } from '../pipeline/scope.js';

/**
 * The value of a Vietnamese number phrase, or null when the phrase is not one number:
 * `parseNumber('11,07 triệu')` → 11070000, `parseNumber('hai mươi lăm')` → 25,
 * `parseNumber('1 tỷ 200 triệu')` → 1200000000, `parseNumber('100k')` → 100000.
 */
export function parseNumber(phrase: string): number | null {
  const text = normalizeText(phrase).trim();
  if (!text) return null;
  const lexicon = getLexicon();
  const sentence = { start: 0, end: text.length, text, line: 1 };
  const scope = sentenceScope({ text, lexicon, style: detectNumberStyle(text) }, sentence, tokenize(sentence, lexicon));
  const drafts = findNumbers(scope);
  const only = drafts[0];
  if (drafts.length !== 1 || !only || only.first !== 0 || only.last !== scope.tokens.length - 1 || only.shape !== 'plain') return null;
  return Number(only.value.toPrecision(12));
}
