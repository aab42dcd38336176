import { isUpper } from '../../text/token.js';
import { wordAt } from '../scope.js';
import { matchWordBefore } from '../word-before.js';
import { asReference, type NonClaimRule } from './rule.js';

/**
 * Document and legal identifiers: after "Nghị định", "Quyết định số", "Điều", "khoản" …, or
 * written with an issuing body's letters ("4216/QĐ-UBND", "211/BTC-TCDN", "06-NQ/TU").
 */
export const rejectReference: NonClaimRule = (d, s) => {
  // "ký hợp đồng 4 năm": a quantity with a unit is no document number.
  if (d.unitType === 'measure' || d.unitType === 'currency' || d.unitType === 'percent') return null;
  const marker = matchWordBefore(s, s.lexicon.referenceMarkers, d.first) ??
    (wordAt(s, d.first - 1) === 'số' ? matchWordBefore(s, s.lexicon.referenceMarkers, d.first - 1) : null);
  if (marker) return asReference('document or legal identifier');
  const mark = s.tokens[d.last + 1];
  const letters = s.tokens[d.last + 2];
  if (mark && (mark.text === '/' || mark.text === '-') && !mark.gap && letters && !letters.gap &&
      (letters.type === 'word' || letters.type === 'code') && isUpper(letters.text) && letters.text === letters.text.toUpperCase()) {
    return asReference('document number');
  }
  return null;
};
