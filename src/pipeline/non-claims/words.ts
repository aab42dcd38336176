import { longestWord } from '../noun-phrase.js';
import { isFunctionWord, wordAt } from '../scope.js';
import { dropped, type NonClaimRule } from './rule.js';


/**
 * A number written as one word is a claim only when it clearly counts something (SPEC §1):
 * a unit, a currency, `%` or a noun follows ("ba tỉnh", "hai tô miến"). "năm" is a year as
 * often as five, so only a counting noun makes it a number ("năm người"). "một" is usually an
 * article ("một số", "một cách"): it counts only when bounded or stressed ("quá một cuộc
 * gọi", "chỉ có một camera").
 */
export const rejectLoneWord: NonClaimRule = (d, s) => {
  if (d.written !== 'words' || d.first !== d.last || d.kind === 'rank') return null;
  const word = wordAt(s, d.first);
  const next = d.last + 1;
  const measured = d.unitType === 'percent' || d.unitType === 'currency' || d.unitType === 'measure';
  const counted = measured || s.lexicon.countingNouns.matchAt(s.tokens, next) !== null || wordAt(s, d.first - 1) === 'gấp';
  const nextWord = wordAt(s, next);
  const noun = word !== 'năm' && word !== 'một' && !s.lexicon.notCounted.has(nextWord) && !s.lexicon.numerals.has(nextWord) &&
    !s.lexicon.unitBoundaries.matchAt(s.tokens, next) && !!longestWord(s, next).tags?.includes('N');
  if (!counted && !noun) return dropped('number word that counts nothing');
  // "chín chắn", "ba hoa": the number word is the first syllable of another word.
  const compound = longestWord(s, d.first);
  if (compound.end > d.first + 1 && !compound.tags?.includes('M') && !s.lexicon.countingNouns.matchAt(s.tokens, next)) {
    return dropped('syllable of another word');
  }
  // "những năm tháng xa cách": years and months, time itself.
  if (word === 'năm' && nextWord === 'tháng' && isFunctionWord(s, 'plural', d.first - 1)) return dropped('"năm tháng": time');
  if (word !== 'một') return null;
  const bounded = d.qualifier !== null && wordAt(s, d.first - 1) !== 'gần'; // "nằm gần một ngọn núi": near, not nearly
  const stressed = bounded || isFunctionWord(s, 'restrictive', d.first - 1) || (wordAt(s, d.first - 1) === 'có' && wordAt(s, d.first - 2) === 'chỉ');
  return stressed && counted ? null : dropped('"một" as an article');
};

/**
 * "1" written for the article "một": "được 1 thời gian", "như 1 người anh cả". (The word "một"
 * itself is judged above.)
 */
export const rejectArticleDigit: NonClaimRule = (d, s) => {
  if (d.written !== 'digits' || d.value !== 1 || d.first !== d.last || d.unitType !== 'noun' || d.qualifier !== null) return null;
  const { after, before } = s.lexicon.articlePhrases;
  return after.matchAt(s.tokens, d.last + 1) || before.matchBefore(s.tokens, d.first) ? dropped('"1" as an article') : null;
};

/** "vài trăm", "dăm mười tỷ đồng", "mấy chục": no definite value (SPEC §4b). */
export const rejectIndefinite: NonClaimRule = (d, s) =>
  s.lexicon.indefinite.has(wordAt(s, d.first - 1)) ? dropped('indefinite amount') : null;
