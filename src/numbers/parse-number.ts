import { getLexicon } from '../lexicon/load.js';
import { SolieuError } from '../errors.js';
import { normalizeText } from '../pipeline/01-normalize.js';
import { detectNumberStyle } from '../pipeline/02-detect-number-style.js';
import { tokenize } from '../pipeline/05-tokenize.js';
import { findNumbers } from '../pipeline/06-find-numbers.js';
import { sentenceScope } from '../pipeline/scope.js';

/**
 * A phrase as a number stands alone in a list or a form: a minus sign may stand apart from its
 * digits ("- 1.200"), a decimal may open with its point (".77").
 */
const standAlone = (text: string) => text.replace(/^([-−])\s+(?=[\d.])/, '$1').replace(/^([-−]?)\.(?=\d)/, '$10.');

/** "0.0012G": alone, a number may carry the SI prefix G (in text "5.5G" names a network, so only here). */
const GIGA = /^([-−]?\d[\d.,]*)G$/;

/**
 * The value of a Vietnamese number phrase, or null when the phrase is not one number:
 * `parseNumber('11,07 triệu')` → 11070000, `parseNumber('hai mươi lăm')` → 25,
 * `parseNumber('ba mươi hai nghìn không trăm linh năm')` → 32005, `parseNumber('ba phẩy bảy')`
 * → 3.7, `parseNumber('âm 2.000 tỷ')` → -2e12, `parseNumber('1 tỷ 200 triệu')` → 1200000000,
 * `parseNumber('100k')` → 100000, `parseNumber('thứ nhất')` → 1. Throws `INVALID_ARGUMENT` for a
 * phrase that is not a string.
 */
export function parseNumber(phrase: string): number | null {
  if (typeof phrase !== 'string') throw new SolieuError('INVALID_ARGUMENT', `parseNumber needs a string, got ${phrase === null ? 'null' : typeof phrase}`);
  const text = standAlone(normalizeText(phrase).trim());
  if (!text) return null;
  const giga = GIGA.exec(text);
  if (giga) {
    const value = parseNumber(giga[1]!);
    return value === null ? null : Number((value * 1e9).toPrecision(12));
  }
  const lexicon = getLexicon();
  const lower = text.toLowerCase();
  // "không" alone is zero (in a sentence it is "not").
  if (lexicon.numerals.get(lower)?.role === 'zero') return 0;
  const sentence = { start: 0, end: text.length, text, line: 1, documentText: text };
  const scope = sentenceScope({ text, lexicon, style: detectNumberStyle(text) }, sentence, tokenize(sentence, lexicon));
  // "thứ nhất", "hạng 3": an ordinal is the number of its place.
  const from = lexicon.functionWords['ordinal-marker'].has(scope.tokens[0]?.lower ?? '') && scope.tokens.length > 1 ? 1 : 0;
  const ordinal = lexicon.ordinals.matchAt(scope.tokens, from);
  if (ordinal && ordinal.end === scope.tokens.length) return ordinal.value;
  const drafts = findNumbers(scope).filter((d) => d.first >= from);
  const only = drafts[0];
  if (drafts.length !== 1 || !only || only.first !== from || only.last !== scope.tokens.length - 1 || only.shape !== 'plain') return null;
  return Number(only.value.toPrecision(12));
}

