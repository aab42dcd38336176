import type { PosNode } from '../lexicon/lexicon.js';
import { isUpper, type Token } from '../text/token.js';
import { perLexicon } from './per-lexicon.js';
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
 * The dictionary's words as a trie of numbers (see `Lexicon.posTrie`, the same trie): a syllable
 * by its number, each node's children side by side in typed arrays. A walk reads a few adjacent
 * slots instead of a `Map` per syllable and a node object per step, scattered over the heap
 * (the walks went from 5.3% of a pass's profile to 3.2%). Built once per lexicon (~40 ms).
 */
interface WordTrie {
  /** Each syllable of a word of the dictionary: its number. */
  syllables: SyllableNumbers;
  /** By syllable number: the node of the word it starts (-1: none). */
  roots: Int32Array;
  /** By node: where its children start in `childSyllables`/`childNodes` (and end, at the next node's start). */
  childStart: Int32Array;
  /** By child, grouped by parent, in increasing syllable number: its syllable and its node. */
  childSyllables: Int32Array;
  childNodes: Int32Array;
  /** By node: the tags of the word that ends there. */
  tags: (string | undefined)[];
}

/** A 32-bit FNV-1a hash of a string's code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
  return h;
}

/**
 * Syllables by number in an open-addressed table of typed arrays: a token's syllable is hashed
 * from its letters and found by comparing numbers, its string compared once, to the one that
 * matches. A `Map` compares the token with the string of each entry it meets, each elsewhere on
 * the heap: over every token of the bench corpus, 33 ns a token against 48.
 */
class SyllableNumbers {
  private readonly mask: number;
  /** By slot: the hash of its syllable and the syllable's number (-1: an empty slot), side by side. */
  private readonly slots: Int32Array;
  private readonly words: string[];

  constructor(numbers: ReadonlyMap<string, number>) {
    let size = 1;
    while (size < numbers.size * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    this.words = new Array<string>(size).fill('');
    for (let slot = 0; slot < size; slot++) this.slots[2 * slot + 1] = -1;
    for (const [word, number] of numbers) {
      const hash = hashOf(word);
      let slot = hash & this.mask;
      while (this.slots[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = number;
      this.words[slot] = word;
    }
  }

  /** The number of `word`, or -1 when it is no syllable of the dictionary. */
  numberOf(word: string): number {
    const hash = hashOf(word);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const number = this.slots[2 * slot + 1]!;
      if (number === -1) return -1;
      if (this.slots[2 * slot] === hash && this.words[slot] === word) return number;
    }
  }
}

const wordTrie = perLexicon((lexicon): WordTrie => {
  const syllables = new Map<string, number>();
  const number = (syllable: string) => syllables.get(syllable) ?? syllables.set(syllable, syllables.size).get(syllable)!;
  // Nodes breadth first: a node's children are numbered together, so their slots are adjacent.
  const nodes: PosNode[] = [];
  const rootEntries = [...lexicon.posTrie].map(([syllable, node]) => [number(syllable), node] as const);
  for (const [, node] of rootEntries) nodes.push(node);
  const children: (readonly [number, PosNode])[][] = [];
  for (let n = 0; n < nodes.length; n++) {
    const next = nodes[n]!.next;
    const numbered = next ? [...next].map(([syllable, child]) => [number(syllable), child] as const).sort((a, b) => a[0] - b[0]) : [];
    children.push(numbered);
    for (const [, child] of numbered) nodes.push(child);
  }
  const roots = new Int32Array(syllables.size).fill(-1);
  rootEntries.forEach(([syllable], n) => (roots[syllable] = n));
  const childStart = new Int32Array(nodes.length + 1);
  const childSyllables = new Int32Array(nodes.length);
  const childNodes = new Int32Array(nodes.length);
  let slot = 0;
  let numbered = rootEntries.length;
  for (let n = 0; n < nodes.length; n++) {
    childStart[n] = slot;
    for (const [syllable] of children[n]!) (childSyllables[slot] = syllable), (childNodes[slot++] = numbered++);
  }
  childStart[nodes.length] = slot;
  return { syllables: new SyllableNumbers(syllables), roots, childStart, childSyllables, childNodes, tags: nodes.map((node) => node.tags) };
});

/** The child of `node` by syllable number `syllable`, or -1: a binary search of its children's slots. */
function childOf(trie: WordTrie, node: number, syllable: number): number {
  let lo = trie.childStart[node]!;
  let hi = trie.childStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = trie.childSyllables[mid]!;
    if (at === syllable) return trie.childNodes[mid]!;
    if (at < syllable) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The syllable number of each token of the sentence being read, looked up once per token however
 * many walks pass over it. One sentence is read at a time: one buffer, reused, its slots valid
 * when stamped with the sentence's generation (a typed array made per sentence costs more).
 */
const numbering = { tokens: null as readonly Token[] | null, trie: null as WordTrie | null, generation: 0, numbers: new Int32Array(256), stamps: new Int32Array(256) };

function syllableAt(s: SentenceScope, trie: WordTrie, k: number): number {
  const n = numbering;
  if (n.tokens !== s.tokens || n.trie !== trie) {
    (n.tokens = s.tokens), (n.trie = trie), n.generation++;
    if (n.numbers.length < s.tokens.length) (n.numbers = new Int32Array(2 * s.tokens.length)), (n.stamps = new Int32Array(2 * s.tokens.length));
  }
  if (n.stamps[k] === n.generation) return n.numbers[k]!;
  n.stamps[k] = n.generation;
  return (n.numbers[k] = trie.syllables.numberOf(s.tokens[k]!.lower));
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
  const known = s.words[i];
  if (known) return known;
  const found = i >= 0 && i < s.tokens.length ? walkFrom(s, i) : { end: i, tags: undefined };
  s.words[i] = found;
  return found;
}

/** The longest word of the dictionary that starts at token `i` (the token itself when none). */
function walkFrom(s: SentenceScope, i: number): DictionaryWord {
  const trie = wordTrie(s.lexicon);
  const first = syllableAt(s, trie, i);
  let node = first === -1 ? -1 : trie.roots[first]!;
  let end = i + 1;
  let tags = node === -1 ? undefined : trie.tags[node];
  for (let k = i + 1; node !== -1 && trie.childStart[node]! < trie.childStart[node + 1]! && k < i + 4 && k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.type !== 'word' || !t.gap) break;
    const syllable = syllableAt(s, trie, k);
    node = syllable === -1 ? -1 : childOf(trie, node, syllable);
    if (node !== -1 && trie.tags[node]) (end = k + 1), (tags = trie.tags[node]);
  }
  return { end, tags };
}

/** The tags of the one-syllable word at token `i` (`Lexicon.pos` of it), read from the trie. */
export function syllableTags(s: SentenceScope, i: number): string | undefined {
  const trie = wordTrie(s.lexicon);
  const syllable = syllableAt(s, trie, i);
  return syllable === -1 || trie.roots[syllable] === -1 ? undefined : trie.tags[trie.roots[syllable]!];
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
      // Before any word of the phrase, punctuation ends it: no list item read after it ("20, 17 và 14 tuổi").
      if (last < 0) break;
      const listComma = t.text === ',' && startsListItem(s, j + 1);
      const after = s.tokens[j + 1];
      const innerDash = (t.text === '-' || t.text === '–') && t.gap && after?.gap && !isUpper(after.text) && startsListItem(s, j + 1);
      if (listComma || innerDash) {
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
