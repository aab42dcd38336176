import type { Draft } from '../pipeline/draft.js';
import type { Sentence } from '../pipeline/scope.js';
import { getEnglishLexicon, type EnglishLexicon } from './lexicon.js';
import { englishScope } from './scope.js';
import { findEnglishNumbers } from './stages/01-find-numbers.js';
import { joinEnglishQuantities } from './stages/02-join-quantities.js';
import { attachEnglishUnit } from './stages/03-attach-unit.js';
import { attachEnglishQualifier } from './stages/04-attach-qualifier.js';
import { classifyEnglishKind } from './stages/05-classify-kind.js';
import { filterEnglishNonClaims } from './stages/06-filter-non-claims.js';
import { attachEnglishChange } from './stages/07-attach-change.js';
import { attachEnglishSubject } from './stages/08-attach-subject.js';
import { tokenizeEnglish } from './tokens.js';

import { clearlyVietnamese, clearlyVietnameseSentence } from './language.js';

export { detectLanguage, type Language } from './language.js';
export { languageSegments, type LanguageSegment } from './segments.js';

/** Whether an English sentence may hold a number: a digit, or a word that starts or states one. */
export function mayHoldEnglishNumber(text: string, lexicon: EnglishLexicon): boolean {
  if (/\d/.test(text)) return true;
  return !clearlyVietnamese(text) && holdsEnglishNumberWord(text, lexicon);
}

/**
 * {@link mayHoldEnglishNumber} for a sentence already known to hold no digit (`mayHoldNumber` found
 * none): no second search for one, and its letters read in its document's flat text.
 */
export function mayHoldEnglishNumberWord(sentence: Sentence, lexicon: EnglishLexicon): boolean {
  return !clearlyVietnameseSentence(sentence) && holdsEnglishNumberWord(sentence.text, lexicon);
}

const holdsEnglishNumberWord = (text: string, lexicon: EnglishLexicon): boolean =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => lexicon.numberWords.has(w) || lexicon.ordinals.has(w) || lexicon.multiples.has(w));
export { getEnglishLexicon, type EnglishLexicon } from './lexicon.js';

/**
 * The drafts of an English sentence, read the English way: the same record type as the
 * Vietnamese pipeline's, filled by stages of its own.
 */
export function extractEnglishSentence(sentence: Sentence, lexicon: EnglishLexicon = getEnglishLexicon()): Draft[] {
  const s = englishScope(sentence, tokenizeEnglish(sentence.text), lexicon);
  let drafts = findEnglishNumbers(s);          // digits the English way, ordinals, numbers in words (compromise)
  if (!drafts.length) return drafts;
  drafts = joinEnglishQuantities(drafts, s);   // ranges, ratios, ranks out of a total
  drafts = attachEnglishUnit(drafts, s);       // %, currency, unit of measure, counted noun phrase
  drafts = attachEnglishQualifier(drafts, s);  // more than / about / at least / up to …
  drafts = classifyEnglishKind(drafts, s);     // the six kinds
  drafts = filterEnglishNonClaims(drafts, s);  // dates, years, times, labels, windows
  drafts = attachEnglishChange(drafts, s);     // rose / fell … by X, not "to X"
  return attachEnglishSubject(drafts, s);      // what a percentage or amount is about
}
