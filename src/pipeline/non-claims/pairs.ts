import { wordAt } from '../scope.js';
import { dropped, type NonClaimRule } from './rule.js';

/**
 * Two numbers joined by a dash that do not make a range with something measured: scores
 * ("thắng 2-1", "hòa 1-1", "thua 0-1") and number codes. A range counts when a unit follows
 * or "từ" opens it.
 */
export const rejectPair: NonClaimRule = (d, s) => {
  if (d.shape === 'pair') return dropped('score or code');
  const bare = d.shape === 'range' && d.unitType === null && wordAt(s, d.first - 1) !== 'từ';
  return bare && Number.isInteger(d.value) && Number.isInteger(d.valueMax) ? dropped('score or code') : null;
};
