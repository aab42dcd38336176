import { copyDraft, type Draft } from './draft.js';
import { longestWord, readNounPhrase } from './noun-phrase.js';
import type { FunctionRole } from '../lexicon/lexicon.js';
import { classBefore, isFunctionWord, sliceTokens, wordAt, type SentenceScope } from './scope.js';
import { isUpper, type Token } from '../text/token.js';
import { scanTokens } from '../text/scan-tokens.js';
import { wordEndingAt } from './word-before.js';
import { perLexicon } from './per-lexicon.js';
import { WordMap, WordSet } from '../lexicon/word-set.js';

/** Syllables of a subject at most: a noun phrase, not a clause. */
const MAX_SUBJECT = 16;

/** The noun phrase at `i`, after a determiner if one opens it ("100% các doanh nghiệp"). */
function phraseAfter(s: SentenceScope, i: number): string | null {
  // Read once per token: a measure's subject and its dimension (`withDimension`) both ask.
  const known = memoOf(s).phrasesAfter;
  let phrase = known[i];
  if (phrase === undefined) known[i] = phrase = readPhraseAfter(s, i);
  return phrase;
}

function readPhraseAfter(s: SentenceScope, i: number): string | null {
  if (s.tokens[i]?.text === '/') return null; // "4%/năm": the rest of a rate, not a noun
  const from = isFunctionWord(s, 'determiner', i) ? i + 1 : i;
  const p = readNounPhrase(s, from);
  return p ? sliceTokens(s, i, p.last) : null;
}

/**
 * Where the words that tie a figure to its subject start, read back from the figure: bounds
 * (`hơn`, `dưới mức`), links (`đạt`, `là`, `ở mức`), change words (`tăng`, `giảm xuống`), rank
 * markers, and adverbs before them (`chỉ còn`, `cũng đạt`). The subject ends before them.
 */
function tieStart(d: Draft, s: SentenceScope): number {
  // The tie depends only on where the figure's words start: read once per start, for the draft
  // and for its copy with a subject (a bracket's owner is asked for again).
  const ties = memoOf(s).ties;
  const lead = tieOf(d);
  let known = ties[lead];
  if (known === undefined) ties[lead] = known = readTie(lead, s);
  return known;
}

/**
 * What the subject's readers ask of a sentence again and again, read once for it: each tie by
 * the token its figure's words start at, the noun phrase after a token, the sentence's lead and
 * lead measure. One sentence is read at a time: a single entry, not a weak map per draft or
 * sentence (their upkeep cost more than the readings).
 */
interface SentenceMemo {
  scope: SentenceScope;
  ties: number[];
  phrasesAfter: (string | null)[];
  lead?: { last: number; text: string } | null;
  leadMeasure?: { colon: number; text: string } | null;
}

let memo: SentenceMemo | null = null;

function memoOf(s: SentenceScope): SentenceMemo {
  if (memo === null || memo.scope !== s) memo = { scope: s, ties: [], phrasesAfter: [], lead: undefined, leadMeasure: undefined };
  return memo;
}

function readTie(lead: number, s: SentenceScope): number {
  let end = lead;
  let adverb = false;
  let changed = false;
  for (let hop = 0; hop < 6; hop++) {
    // The first of a bound, a link, a change word, a tie word or a rank marker that ends here, in
    // that order (no later one looked up once one is found); none where no such word can end, and
    // no class looked up where none of its own can (a word that ends one class's phrases seldom
    // ends another's).
    const ends = endsWith(tieEnds(s.lexicon), s.tokens[end - 1]);
    if (ends !== 0) {
      // A bound before a change word is the subject's property ("lãi suất tối đa giảm từ …"), not the figure's.
      const bound: number = changed || !(ends & TIE_BITS.QUALIFIER) ? -1 : classBefore(s, 'QUALIFIER', end);
      const link: number = bound === -1 && ends & TIE_BITS.LINK ? classBefore(s, 'LINK', end) : -1;
      // Read even after a bound or link: one that starts where a change word does is that change word.
      const change: number = ends & TIE_BITS.CHANGE_WORD ? classBefore(s, 'CHANGE_WORD', end) : -1;
      let skip = bound !== -1 ? bound : link !== -1 ? link : change;
      if (skip === -1 && ends & TIE_BITS.TIE_WORD) skip = classBefore(s, 'TIE_WORD', end);
      if (skip === -1) skip = s.lexicon.rankMarkers.matchBefore(s.tokens, end)?.first ?? -1;
      if (skip !== -1) {
        changed ||= skip === change;
        end = skip;
        continue;
      }
    }
    // "mức phạt từ 5 đến 10 triệu", "giảm từ 4,25% xuống 4%": the bound of a range or change.
    if (isFunctionWord(s, 'change-from', end - 1)) {
      end--;
      continue;
    }
    // An adverb ("chỉ còn", "có thể cao tới"); an adjective only nearer the figure than any
    // adverb: before the adverb it is the subject's own ("sóng lớn có thể cao tới 16 mét").
    const adv = adverbBefore(s, end);
    // Not past a change word either: "lãi suất tối đa giảm từ …" ("giảm mạnh 5%" has it after).
    const adj = adverb || changed ? -1 : adjectiveBefore(s, end, end === lead || isFunctionWord(s, 'extent-link', end));
    if (adv !== -1) (end = adv), (adverb = true);
    else if (adj !== -1) end = adj;
    else break;
  }
  return end;
}

/** The word classes a tie is made of, each looked up by the last word of its phrases; a bit of each, and one of the rank markers. */
const TIE_BITS = { QUALIFIER: 1, LINK: 2, CHANGE_WORD: 4, TIE_WORD: 8, rankMarkers: 16 } as const;
const TIE_CLASSES = ['QUALIFIER', 'LINK', 'CHANGE_WORD', 'TIE_WORD'] as const;

/**
 * What the phrases of a tie's classes can end with (see `Atom.lastKeys`), as bits of the classes
 * (`TIE_BITS`): by last word (the rank markers' too), by token kind (`<num>`) for a class that reads
 * any token of a kind, `<any>` for one that matches no token. Most tokens before a tie's start end
 * none: one lookup of the word answers for the five (the four classes and the rank markers), where
 * a set of each was looked up in turn.
 */
interface TieEnds {
  byWord: WordMap<number>;
  byType: Readonly<Record<Token['type'], number>>;
  any: number;
  none: number;
}

const tieEnds = perLexicon((lexicon): TieEnds => {
  const byWord = new WordMap<number>();
  const byType: Record<Token['type'], number> = { word: 0, num: 0, code: 0, time: 0, url: 0, punct: 0 };
  let any = 0;
  let none = 0;
  const add = (word: string, bit: number) => byWord.set(word, (byWord.get(word) ?? 0) | bit);
  for (const c of TIE_CLASSES) {
    const keys = new Set(lexicon.classes.get(c)!.lastKeys);
    for (const key of keys) add(key, TIE_BITS[c]);
    for (const type of Object.keys(TYPE_KEYS) as Token['type'][]) if (keys.has(TYPE_KEYS[type])) byType[type] |= TIE_BITS[c];
    if (keys.has('<any>')) any |= TIE_BITS[c];
    if (keys.has('<none>')) none |= TIE_BITS[c];
  }
  for (const word of lexicon.rankMarkers.lastWords()) add(word, TIE_BITS.rankMarkers);
  return { byWord, byType, any, none };
});

/** The bits of the classes whose phrases can end with token `t` (undefined: before the sentence); 0 when none can. */
const endsWith = (ends: TieEnds, t: Token | undefined) => ends.any | (t ? (ends.byWord.get(t.lower) ?? 0) | ends.byType[t.type] : ends.none);

/** The key of each kind of token, as `Atom.lastKeys` writes it. */
const TYPE_KEYS: Readonly<Record<Token['type'], string>> = { word: '<word>', num: '<num>', code: '<code>', time: '<time>', url: '<url>', punct: '<punct>' };

/** An auxiliary or adverb ending right before `end` (`chỉ`, `còn`, `cũng`, `đã`), or -1. */
function adverbBefore(s: SentenceScope, end: number): number {
  const { first } = wordEndingAt(s, end - 1);
  return s.tokens[first]?.type === 'word' && s.lexicon.unitBoundaries.matchAt(s.tokens, first)?.value === 'aux' && first < end ? first : -1;
}

const isVerbOnly = (tags: string | undefined) => tags === 'V';

/** Links of extent after which an adjective names the dimension ("cao tới 16 mét", "dài hơn 2 km"). */

/**
 * An adjective of manner or size ending right before `end` (`giảm mạnh`, `cao tới`), or -1: part
 * of the tie, not the subject — one that can also be a noun (`cao`, `sâu`) only right before the
 * figure or a link of extent (`cá nhân đạt` is a noun).
 */
function adjectiveBefore(s: SentenceScope, end: number, tied: boolean): number {
  const { first, tags } = wordEndingAt(s, end - 1);
  const adjective = tags === 'A' || (tied && !!tags?.includes('A') && !tags.includes('V'));
  return adjective && s.tokens[first]?.type === 'word' ? first : -1;
}

/**
 * The noun phrase that ends right before token `end`, read backwards (SPEC §4 subject): nouns,
 * their modifiers, codes and the numbers inside a name (`kỳ hạn 1 tháng`, `RON 92`), and a
 * relation word between two nouns (`xuất khẩu sang Hoa Kỳ`, `thuê bao của Viettel`); it starts
 * after a verb, an auxiliary, a conjunction, punctuation or a relation word with no noun before
 * it (`với kim ngạch` → `kim ngạch`; `khi sản phẩm sở hữu màn hình` → `màn hình`).
 */
export function nounPhraseBefore(s: SentenceScope, end: number): { first: number; last: number } | null {
  let first = -1;
  let syllables = 0;
  let i = end - 1;
  // Nothing but a date read so far ("tháng 01/2017"): not yet the head.
  let timeOnly = true;
  let joins = 0;
  // Where the list item being read ends: the last join read, else the phrase's end.
  let itemEnd = end;
  while (i >= 0 && syllables < MAX_SUBJECT) {
    const t = s.tokens[i]!;
    if (t.type === 'num' || t.type === 'code') {
      // A number inside a name is part of it, and a date after a period word ("tháng 01/2017");
      // one right before the tie is another figure.
      if (first === -1 && t.type === 'num' && !afterPeriodWord(s, i)) break;
      first = i--;
      syllables++;
      continue;
    }
    if (t.type === 'punct') {
      // "tháng 1/2017", "Covid-19": a slash or hyphen glued inside a name.
      if ((t.text === '/' || t.text === '-') && !t.gap && first !== -1 && s.tokens[i - 1]?.type !== 'punct') {
        i--;
        continue;
      }
      // "khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt …": a remark in brackets right
      // before the tie is passed over; the subject is before it.
      if (t.text === ')' && first === -1) {
        const open = openingBracket(s, i);
        if (open > 0) {
          i = open - 1;
          continue;
        }
      }
      // "điện tử, máy tính và linh kiện": items of a list of short nouns.
      if (t.text === ',' && joinsList(s, i, first, itemEnd, joins)) {
        joins++;
        itemEnd = i;
        i--;
        continue;
      }
      break;
    }
    if (t.type !== 'word') break;
    // A name of capitalised syllables the lexicon does not know ("Hàn Quốc") is one word.
    const name = isUpper(t.text) && isUpper(s.tokens[i - 1]?.text ?? '') && s.tokens[i - 1]?.type === 'word';
    const word = name ? { first: nameStart(s, i), tags: 'N' } : wordEndingAt(s, i);
    // A noun of the lexicon that opens with a preposition is a noun ("vay trong nước").
    const compound = word.first < i && !!word.tags?.includes('N');
    let boundary = name && word.first < i ? undefined : s.lexicon.unitBoundaries.matchAt(s.tokens, word.first)?.value;
    if (boundary === 'prep' && compound) boundary = undefined;
    if (boundary === 'prep' && first !== -1 && timeOnly) {
      // A time adjunct is not the subject: "Sản lượng … trong tháng 1/2017 đạt" reads on past it.
      first = -1;
      syllables = 0;
      i = word.first - 1;
      continue;
    }
    if (boundary === 'prep') {
      // Kept between two nouns only: "xuất khẩu sang Hoa Kỳ"; else it opens a clause ("với …").
      const before = wordEndingAt(s, word.first - 1);
      // A noun before it, or a date that ends one ("Sản lượng thủy sản tháng 1 của nước ta").
      const noun = s.tokens[word.first - 1]?.type === 'word' ? before.tags?.includes('N') || before.tags === undefined : s.tokens[word.first - 1]?.type === 'num' && afterPeriodWord(s, word.first - 1);
      if (first === -1 || !noun) break;
    } else if (boundary && boundary !== 'nominalizer' && boundary !== 'verb') break;
    if (isFunctionWord(s, 'list-conjunction', word.first)) {
      if (!joinsList(s, word.first, first, itemEnd, joins)) break;
      joins++;
      itemEnd = word.first;
      i = word.first - 1;
      continue;
    }
    if (isVerbOnly(word.tags) || boundary === 'verb') {
      // A verb that opens its clause heads the phrase as a noun ("Nhập khẩu xăng dầu đạt …"), and
      // one before nothing but a date modifies the noun before it ("hàng hóa nhập khẩu tháng
      // 1/2017"); one after other words is their predicate ("sản phẩm sở hữu màn hình").
      // A verb that ends the phrase after a noun modifies it ("thủy sản nuôi trồng đạt …", "tỷ lệ
      // điều chỉnh đạt …"); one with an object after it is a predicate.
      // A name before it is the verb's own subject ("Philippines ghi nhận …"): no modifier there.
      const modifier = first === -1 || timeOnly ? nounBefore(s, word.first) && !isUpper(s.tokens[word.first - 1]!.text) : false;
      if (!modifier && (first === -1 || (!opensClause(s, word.first) && !afterMeasureNoun(s, word.first) && !measureNounOpens(s, word.first)))) break;
      first = word.first;
      syllables += i - word.first + 1;
      i = word.first - 1;
      if (opensClause(s, first)) break;
      timeOnly = false;
      continue;
    }
    if (!isPeriodWord(s, word.first)) timeOnly = false;
    first = word.first;
    syllables += i - word.first + 1;
    i = word.first - 1;
  }
  if (first === -1) return null;
  // A relation word cannot open it: "sang Hoa Kỳ" alone is no subject.
  while (first < end && s.lexicon.unitBoundaries.matchAt(s.tokens, first)?.value === 'prep') first = wordAfter(s, first);
  return first < end ? { first, last: end - 1 } : null;
}

/** Items of a list joined by commas or `và` at most, each short: "xã, phường, thị trấn". */
const MAX_JOINS = 3;
const MAX_ITEM = 4;
const MAX_NAME_ITEM = 8;

/**
 * Whether the comma or conjunction at `i` joins two items of a list of nouns inside the subject:
 * a short item after it (`first` up to `itemEnd`), a noun before it, few joins so far. A long
 * phrase after a comma is a clause of its own ("Theo Tổng cục Thống kê, sản lượng thủy sản …").
 */
function joinsList(s: SentenceScope, i: number, first: number, itemEnd: number, joins: number): boolean {
  if (first === -1 || joins >= MAX_JOINS || endsAdjunct(s, i)) return false;
  // A name ("Quỹ tín dụng nhân dân, Tổ chức tài chính vi mô") or an item that repeats the head of
  // the one before ("cơ quan của Quốc hội, cơ quan của UB Thường vụ Quốc hội") may be longer.
  let long = isUpper(s.tokens[first]!.text);
  for (let k = Math.max(0, i - MAX_NAME_ITEM); k < i && !long; k++) long = s.tokens[k]!.lower === s.tokens[first]!.lower;
  if (itemEnd - first > (long ? MAX_NAME_ITEM : MAX_ITEM)) return false;
  // The item before is a noun, not another figure's unit ("120Hz, camera trước …", "dầu hỏa
  // 13.259 đồng/lít, dầu mazut").
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (s.tokens[k]!.type === 'num' && !afterPeriodWord(s, k)) return false;
  return nounBefore(s, i) && s.tokens[i - 1]?.type === 'word';
}

/**
 * Whether the comma at `i` closes an adjunct that opens its clause with a relation word or a topic
 * marker: "Theo Tổng cục Thống kê, sản lượng …", "Tại Saigonbank, lãi suất …" — no list item.
 */
function endsAdjunct(s: SentenceScope, i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k < MAX_SUBJECT && s.tokens[k - 1]!.type !== 'punct') k--;
  if (k > 0 && i - k >= MAX_SUBJECT) return false;
  return s.lexicon.unitBoundaries.matchAt(s.tokens, k)?.value === 'prep' || isFunctionWord(s, 'topic-marker', k);
}

/** The `(` that the `)` at token `i` closes, within a few tokens, or -1. */
function openingBracket(s: SentenceScope, i: number): number {
  for (let k = i - 1; k >= 0 && k > i - 12; k--) if (s.tokens[k]!.text === '(') return k;
  return -1;
}

/** Whether a noun (or a word the lexicon does not know) ends right before token `i`. */
function nounBefore(s: SentenceScope, i: number): boolean {
  if (s.tokens[i - 1]?.type !== 'word') return false;
  const { tags } = wordEndingAt(s, i - 1);
  return tags === undefined || tags.includes('N');
}

/** Whether a noun of `grammar/measure-nouns.tsv` ends right before token `i` ("tỷ lệ" before "ký số"). */
function afterMeasureNoun(s: SentenceScope, i: number): boolean {
  const m = s.lexicon.measureNouns.matchBefore(s.tokens, i);
  return m !== null && m.first >= 0;
}

/**
 * Whether a measure noun opens the clause a few words before token `i`: "Tỷ lệ học sinh tốt
 * nghiệp trung học phổ thông", "Tỷ lệ dân số nông thôn sử dụng nước sạch" — the verb and its
 * object say which ones the rate counts, inside the phrase the measure noun heads.
 */
function measureNounOpens(s: SentenceScope, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MEASURE_REACH; k--) {
    const t = s.tokens[k]!;
    if (t.type !== 'word') return false;
    const m = s.lexicon.measureNouns.matchAt(s.tokens, k);
    if (m && opensClause(s, k)) return true;
  }
  return false;
}

/** Words between a measure noun and a verb of the phrase it heads, at most. */
const MEASURE_REACH = 7;

/** The first syllable of the capitalised name that ends at token `i`. */
function nameStart(s: SentenceScope, i: number): number {
  let k = i;
  // A capitalised function word inside a sentence is a syllable of the name ("lấn biển Cần Giờ").
  while (k > 0 && s.tokens[k - 1]!.type === 'word' && isUpper(s.tokens[k - 1]!.text) && (s.tokens[k - 2]?.type === 'word' || !s.lexicon.unitBoundaries.matchAt(s.tokens, k - 1))) k--;
  return k;
}

/**
 * Whether only punctuation or a conjunction stands before token `i` in its clause — or the copula
 * `là`, after which a verb heads a noun phrase ("đáng chú ý nhất là xuất khẩu rau quả đạt …").
 */
function opensClause(s: SentenceScope, i: number): boolean {
  const before = s.tokens[i - 1];
  return !before || before.type === 'punct' || isFunctionWord(s, 'copula', i - 1) || isFunctionWord(s, 'list-conjunction', i - 1) || s.lexicon.unitBoundaries.matchAt(s.tokens, i - 1)?.value === 'conj';
}

/** Whether the number at `i` is a date's, after a period word: "tháng 01/2017", "năm 2016", "quý I/2024". */
function afterPeriodWord(s: SentenceScope, i: number): boolean {
  let k = i;
  while (k > 0 && (s.tokens[k]!.type === 'num' || s.tokens[k]!.text === '/' || s.tokens[k]!.type === 'code')) k--;
  return k < i && isPeriodWord(s, k);
}

/** A period noun of `statement/periods.tsv` (`tháng`, `năm`, `quý`). */
function isPeriodWord(s: SentenceScope, i: number): boolean {
  return periodWords(s.lexicon).has(s.tokens[i]?.lower ?? '');
}

/** The counted and named periods in one set: asked of word after word of a subject, a lookup, not two searches of lists. */
const periodWords = perLexicon(({ statement: { periods } }) => new WordSet([...(periods.counted ?? []), ...(periods.named ?? [])]));

const wordAfter = (s: SentenceScope, i: number) => Math.max(i + 1, s.lexicon.unitBoundaries.matchAt(s.tokens, i)?.end ?? i + 1);

/** Marks that open a list item. */
const LIST_MARKS = new Set(['-', '+', '•', '*', '–']);

const LABEL_ENDS = new Set(['-', '+', ';', '.', ':', '•', ',', '(', ')']);

/** Where the label before the colon at `at - 1` starts (see `labelBefore`). */
function labelStart(s: SentenceScope, at: number): number {
  let first = at - 1;
  // Not past a bracket: "ở mức 73,80 m (trên BĐ2: 0,8m)" labels 0,8m `trên BĐ2`.
  while (first > 0 && !LABEL_ENDS.has(s.tokens[first - 1]!.text)) first--;
  return first;
}

/**
 * A label before a colon: "Cách ly tập trung tại bệnh viện: 266", "- Xăng E5: không cao hơn
 * 16.871"; an item of a list under a label of its own takes that label before it ("Số ca âm
 * tính với SARS-CoV-2: + Lần 1: 12" → "Số ca âm tính với SARS-CoV-2 Lần 1").
 */
function labelBefore(s: SentenceScope, at: number): string | null {
  if (s.tokens[at - 1]?.text !== ':') return null;
  const first = labelStart(s, at);
  if (first >= at - 1 || at - 1 - first > MAX_SUBJECT) return null;
  const label = sliceTokens(s, first, at - 2);
  const mark = s.tokens[first - 1];
  if (!mark || !LIST_MARKS.has(mark.text) || s.tokens[first - 2]?.text !== ':') return label;
  const outer = labelStart(s, first - 1);
  // A lead that is a clause, not a label ("Giá bán các mặt hàng xăng dầu không cao hơn giá cơ sở:
  // - Xăng RON 92: …"): its measure goes before the item's label (see `withLeadMeasure`).
  if (first - 2 - outer > MAX_NAME_ITEM && leadMeasure(s)?.colon === first - 2) return label;
  const words = s.tokens.slice(outer, first - 2);
  return outer < first - 2 && words.length <= MAX_SUBJECT && words.every((t) => t.type !== 'num' || !t.gap) ? `${sliceTokens(s, outer, first - 3)} ${label}` : label;
}

/** The figure a bracket opening at `at - 1` follows, if one stands right before it ("2 người chết (giảm 60%)"). */
const bracketOwner = (d: Draft, at: number, drafts: readonly Draft[]) => drafts.find((o) => o !== d && o.unitEnd <= at - 1 && o.unitEnd >= at - 4 && !o.nonClaim);

/**
 * The noun phrase ending before token `end`; of a list of names, the last one: "Palacios" in
 * "Colombatto, Palacios (2 bàn)" — each name is its own entity, where a list of nouns is one
 * group ("điện tử, máy tính và linh kiện (giảm 10,3%)").
 */
function itemBefore(s: SentenceScope, end: number): string | null {
  const entity = nounPhraseBefore(s, end);
  if (!entity) return null;
  let first = entity.first;
  for (let k = end - 1; k > entity.first; k--) {
    if (s.tokens[k]!.text === ',' || isFunctionWord(s, 'list-conjunction', k)) {
      if (isUpper(s.tokens[k + 1]!.text)) first = k + 1;
      break;
    }
  }
  return sliceTokens(s, first, entity.last);
}

/**
 * A figure in brackets after another says something of the other's thing: "2 người chết (giảm
 * 60%)" — the subject of 60% is what the 2 counts (`người chết`).
 */
function bracketedAfter(d: Draft, s: SentenceScope, at: number, drafts: readonly Draft[]): string | null {
  if (s.tokens[at - 1]?.text !== '(') return null;
  const owner = bracketOwner(d, at, drafts);
  // "Thạch Hà (3.382ha)", "đội A (41,5)": the entity the bracket follows.
  if (!owner) return itemBefore(s, at - 1);
  // "Khối A: 883.768 em (34,59%)": the owner's label says more than its unit.
  const label = labelBefore(s, tieStart(owner, s));
  if (label) return label;
  if (owner.subject) return owner.subject;
  // What follows the owner's number up to the bracket, if it has words ("%" alone says nothing).
  const words = s.tokens.slice(owner.last + 1, at - 1).some((t) => t.type === 'word');
  return words ? sliceTokens(s, owner.last + 1, at - 2) : null;
}

/** The words from `i` to the end of the clause (punctuation, a conjunction, another number), at most a dozen. */
function clauseAfter(s: SentenceScope, i: number): string | null {
  let last = i - 1;
  while (last + 1 < s.tokens.length && last + 1 - i < MAX_SUBJECT) {
    const t = s.tokens[last + 1]!;
    const clauseEnd = isFunctionWord(s, 'list-conjunction', last + 1) || s.lexicon.unitBoundaries.matchAt(s.tokens, last + 1)?.value === 'conj';
    if (t.type === 'punct' || t.type === 'num' || clauseEnd || isFunctionWord(s, 'ordinal-marker', last + 1)) break;
    last++;
  }
  return last >= i ? sliceTokens(s, i, last) : null;
}

/**
 * What a count counts: its unit and what the rest of its clause says of it ("thí sinh đạt 15,5
 * điểm ở 3 môn thi", "người ứng cử là phụ nữ"), to punctuation, a conjunction or a dozen tokens.
 */
function countedThing(d: Draft, s: SentenceScope): string | null {
  if (d.unitEnd <= d.last + 1) return d.unit;
  // "393 người ứng cử là phụ nữ": the class after `là`/`thuộc` is what this count picks out.
  if (isFunctionWord(s, 'category-link', d.unitEnd) && s.tokens[d.unitEnd + 1]?.type === 'word') return clauseAfter(s, d.unitEnd + 1);
  let last = d.unitEnd - 1;
  while (last + 1 < s.tokens.length && last + 1 - d.unitEnd < MAX_SUBJECT) {
    const t = s.tokens[last + 1]!;
    const boundary = s.lexicon.unitBoundaries.matchAt(s.tokens, last + 1)?.value;
    if (t.type === 'punct' || boundary === 'conj' || isFunctionWord(s, 'list-conjunction', last + 1)) break;
    last++;
  }
  return sliceTokens(s, d.last + 1, last);
}

/** What a rank ranks in: "xếp thứ 16 về mức độ xây dựng chính quyền số", "top 10 các địa phương dẫn đầu". */
function rankDomain(d: Draft, s: SentenceScope): string | null {
  const follower = s.lexicon.rankFollowers.matchAt(s.tokens, d.unitEnd);
  const at = follower ? follower.end : d.unitEnd;
  if (isFunctionWord(s, 'topic-marker', at)) return clauseAfter(s, at + 1);
  return d.unit === null ? clauseAfter(s, at) : null;
}

/** The subject read back from the figure: a list item's label, a bracket's owner, the noun phrase before the tie. */
function subjectBefore(d: Draft, s: SentenceScope, drafts: readonly Draft[]): string | null {
  const at = tieStart(d, s);
  const label = labelBefore(s, at);
  if (label) return label;
  // "(mức giảm giá 4 triệu đồng)": the tie opens with a measure noun and is the subject itself.
  const lead = tieOf(d);
  if (at < lead && s.tokens[at]?.type === 'word' && s.lexicon.measureNouns.matchAt(s.tokens, at) && !nounPhraseBefore(s, at)) return sliceTokens(s, at, lead - 1);
  const owner = bracketedAfter(d, s, at, drafts);
  if (owner) return owner;
  const listed = listedAfter(d, s, at, drafts);
  if (listed) return listed;
  const phrase = nounPhraseBefore(s, at);
  if (phrase) return sliceTokens(s, phrase.first, phrase.last);
  // "Bệnh nhân nữ, 36 tuổi, …", "mức giảm giá mạnh, từ 23,99 triệu đồng": a figure set off by a
  // comma says something of the noun phrase before the comma.
  // (A count has its own reading of this: what the sentence is about.)
  if (d.kind !== 'count' && s.tokens[at - 1]?.text === ',') {
    const before = nounPhraseBefore(s, at - 1);
    // Not another figure with its unit ("đã quyết toán 1.265.625 tỷ đồng, tăng 7,5%").
    if (before && s.tokens[before.first]!.type !== 'num') return sliceTokens(s, before.first, before.last);
  }
  return null;
}

/**
 * A figure whose tie follows a comma right after another figure says more of the same thing:
 * "Kim ngạch … đạt 14,70 tỷ USD, giảm 13,9%" — 13,9% is the change of the kim ngạch.
 */
function listedAfter(d: Draft, s: SentenceScope, at: number, drafts: readonly Draft[]): string | null {
  const before = drafts.length > 0 ? drafts[drafts.length - 1] : undefined;
  if (!before || before.nonClaim || !before.subject) return null;
  // "…đạt 14,70 tỷ USD, giảm 13,9%", "giảm từ 4,25%/năm xuống 4%/năm", "0,13%/năm, 0,23%/năm và 0,45%/năm":
  // between the two, only punctuation, the rest of a rate ("/năm") and a joining word.
  for (let k = before.unitEnd; k < at; k++) {
    const t = s.tokens[k]!;
    if (!(t.type === 'punct' || isFunctionWord(s, 'series-joiner', k) || isPeriodWord(s, k))) return null;
  }
  return at - before.unitEnd <= 4 ? before.subject : null;
}

/** Whether the figure is a share of a base named after it: `bằng`, `chiếm`, `tương đương` before it. */
const ofBase = (s: SentenceScope, lead: number) => endsWithRole(s, 'share-base', lead);

/** Whether the figure follows `có` (there are …): it counts, and its unit says what. */
const existential = (s: SentenceScope, lead: number) => endsWithRole(s, 'existential', lead);

/** Whether a word of `role` (one or two syllables: "tương đương") ends right before token `end`. */
function endsWithRole(s: SentenceScope, role: FunctionRole, end: number): boolean {
  const last = wordAt(s, end - 1);
  return s.lexicon.functionWords[role].has(last) || twoWordRoles(s.lexicon)(role).get(last)?.has(wordAt(s, end - 2)) === true;
}

/**
 * The words of two syllables of each role, by their second syllable ("tương đương" under
 * `đương`): a lookup of the two tokens before a figure with no joined string built for it.
 */
const twoWordRoles = perLexicon((lexicon) => {
  const byRole = new Map<FunctionRole, Map<string, Set<string>>>();
  return (role: FunctionRole): ReadonlyMap<string, ReadonlySet<string>> => {
    let index = byRole.get(role);
    if (!index) {
      byRole.set(role, (index = new Map()));
      for (const word of lexicon.functionWords[role]) {
        // `${a} ${b}` of two tokens' words (no spaces in either) is a word with one space.
        const space = word.indexOf(' ');
        if (space === -1 || word.indexOf(' ', space + 1) !== -1) continue;
        const second = word.slice(space + 1);
        (index.get(second) ?? index.set(second, new Set()).get(second)!).add(word.slice(0, space));
      }
    }
    return index;
  };
});

/** Where the figure's own words start (a bound, a currency written first). */
const tieOf = (d: Draft) => d.lead ?? d.first;

function subjectOf(d: Draft, s: SentenceScope, drafts: readonly Draft[]): string | null {
  switch (d.kind) {
    case 'percent':
    case 'money':
    case 'measure':
    case 'ratio':
    {
      // "bằng 48,7% kế hoạch năm", "chiếm 23% dân số": the noun after is the base, not the subject.
      const after = ofBase(s, tieOf(d)) ? null : phraseAfter(s, d.unitEnd);
      // "diện tích 2.032,4 m2 đất": the measured quantity named before, the thing after.
      const head = s.lexicon.measureNouns.matchBefore(s.tokens, tieOf(d)) ?? s.lexicon.measureNouns.matchBefore(s.tokens, tieStart(d, s));
      if (head && after) return `${sliceTokens(s, head.first, head.end - 1)} ${after}`;
      if (after) return after;
      // "dự án này có chiều dài 654km", "khách sạn có diện tích 320m2": the measured quantity is
      // the owner's, named before `có`.
      if (head && existential(s, head.first)) {
        // "Dự án này có …": a demonstrative closes the owner's phrase; the noun is before it.
        const end = head.first - 1 - (s.lexicon.unitBoundaries.matchAt(s.tokens, head.first - 2)?.value === 'det' ? 1 : 0);
        const owner = nounPhraseBefore(s, end);
        // Not another figure ("bán 255 tỷ đồng với diện tích …"); a code is a name ("phiên bản 64GB").
        const figure = (k: number) => s.tokens[k]!.type === 'num' && s.tokens[k + 1]?.gap !== false;
        if (owner && s.tokens[owner.first]!.type === 'word' && !Array.from({ length: owner.last - owner.first + 1 }, (_, k) => owner.first + k).some(figure)) {
          return `${sliceTokens(s, head.first, head.end - 1)} ${sliceTokens(s, owner.first, owner.last)}`;
        }
      }
      return subjectBefore(d, s, drafts);
    }
    case 'rank':
      return rankDomain(d, s);
    default:
      // A count names what it counts in its unit: its subject is the noun phrase a tie names
      // ("Tổng số hộ nghèo … là 12.500"), else the counted thing itself; with no unit, a label.
      if (d.unit === null) return subjectBefore(d, s, drafts);
      {
        // "Palacios (2 bàn)": a count alone in brackets after a name counts that one's things.
        const at = tieStart(d, s);
        if (s.tokens[at - 1]?.text === '(' && s.tokens[d.unitEnd]?.text === ')' && !bracketOwner(d, at, drafts)) {
          const item = itemBefore(s, at - 1);
          if (item) return `${d.unit} ${item}`;
        }
      }
      {
        // "- Số ca tử vong: 35 ca": a list item's label that names a count says what it counts.
        // So does an item of a list whose lead names the measure ("Số lượng nguyện vọng …: Khối A: 883.768 em").
        const at = tieStart(d, s);
        const label = labelBefore(s, at);
        const lead = label ? leadMeasure(s) : null;
        if (label && (s.lexicon.measureNouns.matchAt(s.tokens, labelStart(s, at)) || LIST_MARKS.has(s.tokens[0]?.text ?? '') || (lead && lead.colon < at - 1))) return label;
      }
      // `là 12.500 hộ` ties to what is counted; `có 393 người ứng cử là phụ nữ`, `7.330 thí sinh
      // đạt 15,5 điểm` count the thing their unit names as the rest of the clause says.
      if (tieStart(d, s) < tieOf(d) && !existential(s, tieOf(d))) {
        const tied = subjectBefore(d, s, drafts);
        if (tied) return tied;
      }
      const counted = countedThing(d, s);
      // "Thí sinh đạt 17,75 điểm chiếm số lượng lớn nhất, khoảng 7.730 em": a count of a bare
      // classifier after a comma counts what the sentence is about.
      if (counted === d.unit && !d.unit.includes(' ') && s.tokens[tieStart(d, s) - 1]?.text === ',') {
        const lead = sentenceLead(s);
        if (lead && lead.last < d.first) return lead.text;
      }
      return counted;
  }
}

/**
 * Stage: what a figure is about (SPEC §4): the noun after a percentage or a unit ("100% cán bộ",
 * "1.200 ha lúa"), a list item's label ("Xăng E5: 16.871 đồng/lít"), what a figure in brackets
 * speaks of, else the noun phrase before the words that tie it to the figure ("tỷ lệ ký số cá
 * nhân đạt trên 98%"); what a rank ranks in; for a count, its counted thing when nothing else.
 */
export function attachSubject(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    let subject = d.nonClaim ? null : subjectOf(d, s, out) ?? (d.kind === 'rank' ? null : clauseTopic(d, s));
    // A change is a change against something: "tăng 9,5% so với cùng kỳ" measures the subject
    // against its baseline, and the baseline belongs to what the figure is about.
    if (subject && d.kind !== 'rank') subject = withLeadMeasure(subject, d, s) ?? withListLead(subject, d, s);
    if (subject && d.dimension) subject = withDimension(subject, d, s);
    if (subject && d.change) subject = withBaseline(subject, d, s);
    out.push(subject ? withSubject(d, subject) : d);
  }
  return out;
}

/** The draft with its subject: set on a copy, not passed to `withFields` (whose `Object.assign` looks the field up by name). */
function withSubject(d: Draft, subject: string): Draft {
  const out = copyDraft(d);
  out.subject = subject;
  return out;
}

/**
 * A list item's label names only the entity ("Hương Sơn (2.256,8ha)", "EU đạt 2,9 tỷ USD"): what
 * is measured is in the noun phrase the sentence opens with ("Diện tích bị thiệt hại …", "Về thị
 * trường xuất khẩu, …"), which goes before it.
 */
function withListLead(subject: string, d: Draft, s: SentenceScope): string {
  // Most subjects open with a lower-case word: no split, no test of each word.
  if (!isUpper(subject) && !isDigit(subject.charCodeAt(0))) return subject;
  if (!isNameLike(subject)) return subject;
  const lead = sentenceLead(s);
  if (!lead || lead.last >= d.first) return subject;
  return lead.text.includes(subject) || subject.includes(lead.text) ? subject : `${lead.text} ${subject}`;
}

/** Words of a subject that names an item of a list, at most: "Hương Sơn", "EU", "Khối A". */
const MAX_NAME_WORDS = 5;

/**
 * Whether a subject is a few words, each capitalised or holding a digit: a list item's label.
 * Word by word through the string, not split into a list of new strings (asked of every subject
 * that opens with a capital: most of those that open a sentence).
 */
function isNameLike(subject: string): boolean {
  let words = 0;
  for (let from = 0; from <= subject.length; ) {
    const space = subject.indexOf(' ', from);
    const to = space === -1 ? subject.length : space;
    if (++words > MAX_NAME_WORDS) return false;
    if (!(upperAt(subject, from, to) || digitIn(subject, from, to))) return false;
    from = to + 1;
  }
  return true;
}

/** `isUpper` of the word `subject.slice(from, to)` (which reads its first letter only). */
const upperAt = (subject: string, from: number, to: number) => from < to && isUpper(subject.charAt(from));

/** Whether `subject.slice(from, to)` holds an ASCII digit. */
function digitIn(subject: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (isDigit(subject.charCodeAt(c))) return true;
  return false;
}

/**
 * An item of a list whose lead names the quantity: "Một số mặt hàng có kim ngạch xuất khẩu cao
 * như: Điện thoại và linh kiện đạt 2,5 tỷ USD; …", "Giá bán … như sau: - Xăng RON 92: 17.063
 * đồng/lít" — the item names only the thing, the lead's measure noun phrase what of it is
 * measured (`kim ngạch xuất khẩu Điện thoại và linh kiện`, `Giá bán Xăng RON 92`). Null when the
 * subject is no list item or names its own measure.
 */
function withLeadMeasure(subject: string, d: Draft, s: SentenceScope): string | null {
  const measure = leadMeasure(s);
  if (!measure || measure.colon >= tieStart(d, s) || subjectNamesMeasure(subject, s)) return null;
  return subject.startsWith(measure.text) ? subject : `${measure.text} ${subject}`;
}

/**
 * A measure names its dimension's noun when the subject read before it names only the thing:
 * "căn hộ 25m2" is the `diện tích căn hộ` (`grammar/dimension-nouns.tsv`).
 */
function withDimension(subject: string, d: Draft, s: SentenceScope): string {
  const noun = d.dimension ? s.lexicon.dimensionNouns.get(d.dimension) : undefined;
  // "1.200 ha lúa": the thing after the unit is the subject as it is (SPEC §4).
  if (!noun || subjectNamesMeasure(subject, s) || subject.toLowerCase().includes(noun) || subject === phraseAfter(s, d.unitEnd)) return subject;
  return `${noun} ${subject}`;
}

/** Whether a subject already holds a measure noun (`tỷ lệ …`, `giá …`): a lead adds nothing to it. */
function subjectNamesMeasure(subject: string, s: SentenceScope): boolean {
  const tokens = scanTokens(subject, 0);
  return tokens.some((_, k) => s.lexicon.measureNouns.matchAt(tokens, k) !== null);
}

/** Syllables of a lead's measure phrase at most: the quantity, not the clause. */
const MAX_LEAD_MEASURE = 5;

/**
 * The measure noun phrase of the clause before a sentence's first colon, if it has one: its first
 * measure noun (`grammar/measure-nouns.tsv`) and the nouns and verbs that modify it, up to a
 * determiner, an adjective, a relation word or punctuation ("Giá bán các mặt hàng" → `Giá bán`).
 */
function leadMeasure(s: SentenceScope): { colon: number; text: string } | null {
  const known = memoOf(s);
  if (known.leadMeasure !== undefined) return known.leadMeasure;
  let found: { colon: number; text: string } | null = null;
  // Most sentences hold no colon: one search of the text rather than a look at every token.
  const colon = s.sentence.text.includes(':') ? s.tokens.findIndex((t) => t.text === ':') : -1;
  // A colon inside brackets ("(dưới báo động 1: 0,50m)") opens no list.
  const bracketed = colon > 0 && s.tokens.slice(0, colon).reduce((depth, t) => depth + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0) > 0;
  for (let k = 0; colon > 0 && !bracketed && k < colon && !found; k++) {
    if (s.tokens[k]!.type !== 'word') continue;
    const m = s.lexicon.measureNouns.matchAt(s.tokens, k);
    // A whole word there, or the head of a longer noun ("giá bán"): not "tổng" of "tổng cộng".
    if (!m || wordEndingAt(s, m.end - 1).first < k) continue;
    const word = longestWord(s, k);
    if (word.end > m.end && !word.tags?.startsWith('N')) continue;
    let last = m.end - 1;
    while (last + 1 < colon && last + 1 - k < MAX_LEAD_MEASURE) {
      const next = longestWord(s, last + 1);
      const t = s.tokens[last + 1]!;
      if (t.type !== 'word' || s.lexicon.unitBoundaries.matchAt(s.tokens, last + 1) || isFunctionWord(s, 'determiner', last + 1)) break;
      if (!next.tags || !(next.tags.startsWith('N') || next.tags.startsWith('V')) || next.end > colon) break;
      last = next.end - 1;
    }
    found = { colon, text: sliceTokens(s, k, last) };
  }
  known.leadMeasure = found;
  return found;
}

/** The noun phrase a sentence opens with (after `Về`, connectors, punctuation), read once per sentence. */
function sentenceLead(s: SentenceScope): { last: number; text: string } | null {
  const known = memoOf(s);
  if (known.lead !== undefined) return known.lead;
  let i = 0;
  while (i < s.tokens.length && (s.tokens[i]!.type !== 'word' || s.lexicon.unitBoundaries.matchAt(s.tokens, i) || isFunctionWord(s, 'topic-marker', i))) i++;
  const phrase = i < s.tokens.length ? readNounPhrase(s, i) : null;
  const lead = phrase ? { last: phrase.last, text: sliceTokens(s, i, phrase.last) } : null;
  known.lead = lead;
  return lead;
}

/** The subject with the comparison's baseline after the figure appended ("… so với cùng kỳ năm trước"). */
function withBaseline(subject: string, d: Draft, s: SentenceScope): string {
  const opens = (k: number) => s.lexicon.functionWords['comparison-opener'].has(`${wordAt(s, k)} ${wordAt(s, k + 1)}`);
  let i = d.unitEnd;
  while (i < s.tokens.length && i < d.unitEnd + 3 && s.tokens[i]!.type !== 'punct' && !opens(i)) i++;
  if (!opens(i)) return subject;
  let last = i + 1;
  while (last + 1 < s.tokens.length && last + 1 - i < 8 && s.tokens[last + 1]!.type !== 'punct') last++;
  return last > i + 1 ? `${subject} ${sliceTokens(s, i, last)}` : subject;
}

/**
 * Where nothing ties a figure to a subject, the noun phrase its clause opens with — what the
 * clause is about ("Doanh số giao dịch … đạt 297.892 tỷ đồng, bình quân 59.578 tỷ đồng/ngày").
 */
function clauseTopic(d: Draft, s: SentenceScope): string | null {
  let first = d.first;
  while (first > 0 && !CLAUSE_ENDS.has(s.tokens[first - 1]!.text)) first--;
  for (let i = first; i < d.first; ) {
    const t = s.tokens[i]!;
    if (t.type !== 'word' || s.lexicon.unitBoundaries.matchAt(s.tokens, i)) {
      i++;
      continue;
    }
    // Word by word, not syllable by syllable: "đã quyết toán 998.217 tỷ đồng" has a verb where its
    // topic would be ("toán" is no topic), so the clause has none of its own.
    const word = longestWord(s, i);
    if (isVerbOnly(word.tags)) return null;
    const phrase = readNounPhrase(s, i);
    if (phrase && phrase.last < d.first) return sliceTokens(s, i, phrase.last);
    if (phrase) return null;
    i = Math.max(i + 1, word.end);
  }
  return null;
}

/** An ASCII digit's code, as `\d` reads one. */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const CLAUSE_ENDS = new Set([';', '.', ':', '(', ')', '!', '?', ',']);
