import { isUpper } from '../text/token.js';
import { classAt, isFunctionWord, wordAt, type SentenceScope } from './scope.js';

/** Token range of a noun phrase, inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

const MAX_SYLLABLES = 10;
/** Items of a list of nouns are short: "xã, phường, thị trấn", "Bộ, cơ quan ngang Bộ". */
const MAX_LIST_ITEM = 4;

export interface DictionaryWord {
  end: number;
  tags: string | undefined;
}

/**
 * The word starting at token `i` and its part-of-speech tags: the word vntk's models found when
 * they segmented the sentence, else the longest dictionary word (up to four syllables), with
 * every tag the dictionary gives it. Stages ask for the same words again and again: the answers
 * are kept in the sentence's scope.
 */
export function longestWord(s: SentenceScope, i: number): DictionaryWord {
  const segmented = s.segmented?.[i];
  if (segmented) return segmented;
  // An array, not a map: asked for hundreds of thousands of times per thousand articles.
  s.words ??= new Array(s.tokens.length + 1);
  let best = s.words[i];
  if (best) return best;
  const first = s.tokens[i];
  let node = first && s.lexicon.posTrie.get(first.lower);
  best = { end: first ? i + 1 : i, tags: node?.tags };
  for (let k = i + 1; node?.next && k < i + 4; k++) {
    const t = s.tokens[k];
    if (!t || t.type !== 'word' || !t.gap) break;
    node = node.next.get(t.lower);
    if (node?.tags) best = { end: k + 1, tags: node.tags };
  }
  s.words[i] = best;
  return best;
}

const isVerbOnly = (tags: string | undefined) => tags === 'V';

/** A boundary word at `i` that ends the phrase ("preverbs" like "mới" only before a verb). */
function boundaryAt(s: SentenceScope, i: number) {
  const b = s.lexicon.unitBoundaries.matchAt(s.tokens, i);
  if (!b || (b.value === 'preverb' && !longestWord(s, b.end).tags?.includes('V'))) return null;
  return b;
}

/** Whether another quantity starts at `i`: "2 tốp khoảng 57 xe", "100 hộ nghèo hai bên biên giới". */
function opensNumber(s: SentenceScope, i: number): boolean {
  const q = classAt(s, 'QUALIFIER', i);
  const next = s.tokens[q !== -1 ? q : i + 1];
  if (q !== -1) return next !== undefined && (next.type === 'num' || s.lexicon.numerals.has(next.lower));
  const t = s.tokens[i];
  const role = t ? s.lexicon.numerals.get(t.lower)?.role : undefined;
  if (!t || t.lower === 'một' || (role !== 'digit' && role !== 'ten')) return false;
  return !!next && next.type === 'word' && !!longestWord(s, i + 1).tags?.includes('N');
}

/** Whether the phrase must end before token `i`. */
function closesAt(s: SentenceScope, i: number): boolean {
  const t = s.tokens[i];
  if (!t) return true;
  if (t.type !== 'word') return t.type !== 'code';
  return boundaryAt(s, i) !== null || isFunctionWord(s, 'list-conjunction', i) || opensNumber(s, i);
}

// Words that complete a verb's direction ("đưa lên", "gửi về", "nhập vào"): after a verb they
// belong to it, so the verb has a complement and is a predicate, not part of the unit.
const isDirection = (s: SentenceScope, i: number) => isFunctionWord(s, 'direction', i);

/**
 * Whether a verb that ends at `end` right after the counted noun stays in the unit: only
 * when nothing of its own follows — not a direction ("sản phẩm đưa lên"), not another verb
 * of a list ("văn bản trao đổi, xử lý").
 */
function verbEndsPhrase(s: SentenceScope, end: number): boolean {
  if (isDirection(s, end)) return false;
  if (s.tokens[end]?.text === ',' && isVerbOnly(longestWord(s, end + 1).tags)) return false;
  return closesAt(s, end);
}

/**
 * Whether token `i` starts another item of a list of nouns ("xã, phường, thị trấn"): a noun,
 * a short item, ended by the next comma, a conjunction, a verb or an auxiliary — not by a
 * preposition ("30.000 hình nhân, khả năng của họ" is no list).
 */
function startsListItem(s: SentenceScope, i: number): boolean {
  const t = s.tokens[i];
  if (!t) return false;
  if (t.type === 'code') return true;
  if (t.type !== 'word' || closesAt(s, i) || s.lexicon.numerals.has(t.lower)) return false;
  if (isUpper(t.text) && s.lexicon.titles.matchAt(s.tokens, i)) return false;
  const head = longestWord(s, i).tags;
  if (head === undefined ? !isUpper(t.text) : !head.includes('N')) return false;
  let syllables = 0;
  for (let j = i; j < s.tokens.length; ) {
    // "30.000 hình nhân, khả năng của họ": a noun that owns what follows starts a clause, not a
    // list item; so does one followed by its own figure ("1,2 triệu lượt, doanh thu 3,4 nghìn
    // tỷ") or by a determiner ("bốn đối tượng, thu nhiều tang vật": a verb and its object).
    if (wordAt(s, j) === 'của' || opensNumber(s, j) || s.tokens[j]?.type === 'num') return false;
    if (j > i && s.lexicon.unitBoundaries.matchAt(s.tokens, j)?.value === 'det') return false;
    const word = longestWord(s, j);
    // "5.200 hộ, huyện B có 8.700 hộ": a noun whose verb takes a figure of its own starts a
    // clause of the breakdown, not another item of the counted noun.
    if (closesAt(s, j) || isVerbOnly(word.tags)) return !(j > i && (s.tokens[word.end]?.type === 'num' || opensNumber(s, word.end)));
    syllables += word.end - j;
    if (syllables > MAX_LIST_ITEM) return false;
    j = word.end;
  }
  return true;
}

/**
 * The noun phrase that starts at token `i` (SPEC §4): nouns and their modifiers, lists of
 * nouns joined by commas or "và", up to a verb, a preposition or relation word, an
 * auxiliary, punctuation or another number. A verb right after the noun stays when nothing
 * of its own follows it ("tài khoản đăng ký", "phụ nữ mang thai"), or always right after an
 * event classifier ("lượt truy cập", "ca mắc Covid-19"); a few keep their object too
 * ("cơ quan thuộc Chính phủ").
 */
export function readNounPhrase(s: SentenceScope, i: number): Phrase | null {
  let j = i;
  let last = -1;
  let syllables = 0;
  let afterClassifier = false;
  while (j < s.tokens.length && syllables < MAX_SYLLABLES) {
    const t = s.tokens[j]!;
    if (t.type === 'punct') {
      const listComma = t.text === ',' && startsListItem(s, j + 1);
      const after = s.tokens[j + 1];
      const innerDash = (t.text === '-' || t.text === '–') && t.gap && after?.gap && !isUpper(after.text) && startsListItem(s, j + 1);
      if (last >= 0 && (listComma || innerDash)) {
        j++;
        continue;
      }
      break;
    }
    if (t.type === 'code') {
      last = j++;
      syllables++;
      afterClassifier = false;
      continue;
    }
    if (t.type !== 'word') break;
    if (last >= 0 && isUpper(t.text) && s.lexicon.titles.matchAt(s.tokens, j)) break;
    if (isFunctionWord(s, 'list-conjunction', j)) {
      if (last >= 0 && startsListItem(s, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    const boundary = boundaryAt(s, j);
    // A nominalizer ("việc", "sự") opens a clause only as a list item; inside a phrase it is a noun ("đầu việc").
    if ((boundary && boundary.value !== 'nominalizer') || opensNumber(s, j)) break;
    const withObject = last >= 0 ? s.lexicon.verbsWithObject.matchAt(s.tokens, j) : null;
    // "1 bàn thuộc về đội khách", "cán bộ thuộc hai đơn vị": no object noun of its own, so no unit word.
    if (withObject && (isDirection(s, withObject.end) || closesAt(s, withObject.end))) break;
    const word = withObject ? { end: withObject.end, tags: 'N' } : longestWord(s, j);
    const classifierVerb = afterClassifier && !isDirection(s, word.end); // "người dùng", not "người trèo lên"
    if (isVerbOnly(word.tags) && (last < 0 || !(classifierVerb || verbEndsPhrase(s, word.end)))) break;
    if (last < 0 && word.tags !== undefined && !word.tags.includes('N')) break; // "dưới 2 triệu hiếm có …": no noun, no unit
    afterClassifier = last < 0 && s.lexicon.eventClassifiers.matchAt(s.tokens, j) !== null;
    syllables += word.end - j;
    last = word.end - 1;
    j = word.end;
  }
  return last >= i ? { first: i, last } : null;
}
