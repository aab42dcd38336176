import type { PosNode } from '../lexicon/lexicon.js';
import { fnv1a } from '../text/hash.js';
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
 * A node of the trie as a walk reads it, in one number: the node (`>> infoBits`), the number of
 * its word's tags in `tagNames` (`(step & infoMask) >> 1`) and whether syllables go on from it
 * (`& 1`). What the walk asks of the node it steps to comes with the step: no second read per node.
 */
type Step = number;

/**
 * The dictionary's words as a trie of numbers (see `Lexicon.posTrie`, the same trie): a syllable
 * by its number, a node by its number, a node's child found by hashing the pair. A walk reads a
 * few slots of typed arrays instead of a `Map` per syllable and a node object per step, scattered
 * over the heap (the walks went from 5.3% of a pass's profile to 3.2%); and one slot a step, not
 * a binary search among the node's children, its child's number and the child's tags by pointer:
 * the walks wait for memory more than they compute, and each of those reads was a wait (1-3 % of
 * a pass in all). Built once per lexicon (~40 ms).
 */
interface WordTrie {
  /** Each syllable of a word of the dictionary: its number. */
  syllables: SyllableNumbers;
  /** The distinct tags of the dictionary's words; the first, undefined, of a node where no word ends. */
  tagNames: (string | undefined)[];
  /** Open-addressed by parent node and syllable: the pair's key (`edgeKey`, 0: an empty slot) and the child as a {@link Step}, side by side. */
  edges: Int32Array;
  edgeMask: number;
  syllableCount: number;
  /** The low bits of a step that hold its tags and whether it goes on; the bits above hold its node. */
  infoBits: number;
  infoMask: number;
}

/** Numbers a slot of {@link SyllableNumbers} holds: hash and number, root step, length, where the letters start, and four of two letters each. */
const SLOT = 8;
/** Letters a slot holds: a longer syllable (one in a hundred) is compared in `letters`. */
const SLOT_LETTERS = 8;

/**
 * Syllables by number in an open-addressed table of typed arrays: a token's syllable is hashed
 * from its letters and found by comparing numbers, its letters compared once, to the one that
 * matches. A `Map` compares the token with the string of each entry it meets, each elsewhere on
 * the heap: over every token of the bench corpus, 33 ns a token against 48. Walks wait for memory
 * more than they compute: a slot holds all a lookup reads, the letters of the syllable too (not
 * in a string of their own behind a pointer), and the root step of its syllable, a walk's first
 * step, read with the syllable's number.
 */
class SyllableNumbers {
  private readonly mask: number;
  /** Bits of a slot's first number that hold the syllable's number plus one (0: an empty slot); the bits above are the hash's. */
  private readonly numberMask: number;
  /** By slot, `SLOT` numbers side by side: its hash and number, its root step (-1: none), its length, where its letters start in `letters`, its first letters two by two. */
  private readonly slots: Int32Array;
  /** The syllables' letters end to end. */
  private readonly letters: Uint16Array;

  constructor(numbers: ReadonlyMap<string, number>, roots: Int32Array) {
    let size = 1;
    while (size < numbers.size * 2) size *= 2;
    this.mask = size - 1;
    let numberBits = 1;
    while (1 << numberBits <= numbers.size) numberBits++;
    this.numberMask = (1 << numberBits) - 1;
    this.slots = new Int32Array(SLOT * size);
    let length = 0;
    for (const word of numbers.keys()) length += word.length;
    this.letters = new Uint16Array(length);
    let start = 0;
    for (const [word, number] of numbers) {
      for (let c = 0; c < word.length; c++) this.letters[start + c] = word.charCodeAt(c);
      const hash = fnv1a(word);
      let slot = hash & this.mask;
      while (this.slots[SLOT * slot] !== 0) slot = (slot + 1) & this.mask;
      const at = SLOT * slot;
      this.slots.set([(hash & ~this.numberMask) | (number + 1), roots[number]!, word.length, start], at);
      for (let c = 0; c < Math.min(word.length, SLOT_LETTERS); c++) this.slots[at + 4 + (c >> 1)]! |= word.charCodeAt(c) << (16 * (c & 1));
      start += word.length;
    }
  }

  /** The slot of `word`, or -1 when it is no syllable of the dictionary. */
  slotOf(word: string): number {
    const hash = fnv1a(word);
    const high = hash & ~this.numberMask;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[SLOT * slot]!;
      if (entry === 0) return -1;
      if ((entry & ~this.numberMask) === high && this.spells(word, SLOT * slot)) return slot;
    }
  }

  /** The number of the syllable in `slot`. */
  numberIn(slot: number): number {
    return (this.slots[SLOT * slot]! & this.numberMask) - 1;
  }

  /** The root step of the syllable in `slot`, -1 when no word starts with it. */
  rootIn(slot: number): Step {
    return this.slots[SLOT * slot + 1]!;
  }

  /** Whether the syllable whose slot starts at `at` is written `word`. */
  private spells(word: string, at: number): boolean {
    if (this.slots[at + 2]! !== word.length) return false;
    if (word.length > SLOT_LETTERS) {
      const start = this.slots[at + 3]!;
      for (let c = 0; c < word.length; c++) if (this.letters[start + c] !== word.charCodeAt(c)) return false;
      return true;
    }
    for (let c = 0; c < word.length; c++) if (((this.slots[at + 4 + (c >> 1)]! >>> (16 * (c & 1))) & 0xffff) !== word.charCodeAt(c)) return false;
    return true;
  }
}

const wordTrie = perLexicon((lexicon): WordTrie => {
  const syllables = new Map<string, number>();
  const number = (syllable: string) => syllables.get(syllable) ?? syllables.set(syllable, syllables.size).get(syllable)!;
  const nodes: PosNode[] = [];
  const rootEntries = [...lexicon.posTrie].map(([syllable, node]) => [number(syllable), node] as const);
  for (const [, node] of rootEntries) nodes.push(node);
  const edgeList: [parent: number, syllable: number, child: number][] = [];
  for (let n = 0; n < nodes.length; n++) {
    for (const [syllable, child] of nodes[n]!.next ?? []) edgeList.push([n, number(syllable), nodes.push(child) - 1]);
  }
  const tagNames: (string | undefined)[] = [undefined];
  const tagNumbers = new Map<string | undefined, number>([[undefined, 0]]);
  for (const node of nodes) if (!tagNumbers.has(node.tags)) tagNumbers.set(node.tags, tagNames.push(node.tags) - 1);
  let infoBits = 1;
  while (1 << infoBits < 2 * tagNames.length) infoBits++;
  // ~34k nodes and 8 bits of tags: the products stay far below 2³¹ (a dictionary nine times larger would not).
  if (nodes.length * syllables.size >= 2 ** 31 || nodes.length >= 2 ** (31 - infoBits)) throw new Error('the dictionary trie is too large for its numbers');
  const steps = nodes.map((node, n): Step => (n << infoBits) | (2 * tagNumbers.get(node.tags)!) | (node.next?.size ? 1 : 0));
  const roots = new Int32Array(syllables.size).fill(-1);
  rootEntries.forEach(([syllable], n) => (roots[syllable] = steps[n]!));
  let size = 1;
  while (size < edgeList.length * 2) size *= 2;
  const edges = new Int32Array(2 * size);
  for (const [parent, syllable, child] of edgeList) {
    const key = edgeKey(parent, syllable, syllables.size);
    let slot = edgeSlot(key, size - 1);
    while (edges[2 * slot] !== 0) slot = (slot + 1) & (size - 1);
    (edges[2 * slot] = key), (edges[2 * slot + 1] = steps[child]!);
  }
  return { syllables: new SyllableNumbers(syllables, roots), tagNames, edges, edgeMask: size - 1, syllableCount: syllables.size, infoBits, infoMask: (1 << infoBits) - 1 };
});

/** The key of the edge from node `parent` by syllable `syllable`: never 0. */
const edgeKey = (parent: number, syllable: number, syllableCount: number) => parent * syllableCount + syllable + 1;
/** Where an edge's key is first looked for (a multiplicative hash). */
const edgeSlot = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 15) & mask;

/** The step to the child of `step`'s node by syllable number `syllable`, or -1. */
function childOf(trie: WordTrie, step: Step, syllable: number): Step {
  const key = edgeKey(step >> trie.infoBits, syllable, trie.syllableCount);
  const { edges, edgeMask } = trie;
  for (let slot = edgeSlot(key, edgeMask); ; slot = (slot + 1) & edgeMask) {
    const at = edges[2 * slot]!;
    if (at === key) return edges[2 * slot + 1]!;
    if (at === 0) return -1;
  }
}

/** The tags of the word that ends at `step`'s node, undefined when none does. */
const tagsAt = (trie: WordTrie, step: Step) => trie.tagNames[(step & trie.infoMask) >> 1];

/**
 * The syllable number of each token of the sentence being read, and its root step, looked up once
 * per token however many walks pass over it. One sentence is read at a time: one buffer, reused,
 * its slots valid when stamped with the sentence's generation (a typed array made per sentence
 * costs more).
 */
const numbering = {
  tokens: null as readonly Token[] | null, trie: null as WordTrie | null, generation: 0,
  numbers: new Int32Array(256), roots: new Int32Array(256), stamps: new Int32Array(256),
};

/** The syllable number of token `k`, -1 when it is no syllable of the dictionary; its root step then in `numbering.roots[k]`. */
function syllableAt(s: SentenceScope, trie: WordTrie, k: number): number {
  const n = numbering;
  if (n.tokens !== s.tokens || n.trie !== trie) {
    (n.tokens = s.tokens), (n.trie = trie), n.generation++;
    if (n.numbers.length < s.tokens.length) {
      (n.numbers = new Int32Array(2 * s.tokens.length)), (n.roots = new Int32Array(2 * s.tokens.length)), (n.stamps = new Int32Array(2 * s.tokens.length));
    }
  }
  if (n.stamps[k] === n.generation) return n.numbers[k]!;
  n.stamps[k] = n.generation;
  const slot = trie.syllables.slotOf(s.tokens[k]!.lower);
  n.roots[k] = slot === -1 ? -1 : trie.syllables.rootIn(slot);
  return (n.numbers[k] = slot === -1 ? -1 : trie.syllables.numberIn(slot));
}

/** The root step of token `k`'s syllable: the node of the words that start with it (-1: none). */
function rootAt(s: SentenceScope, trie: WordTrie, k: number): Step {
  return syllableAt(s, trie, k) === -1 ? -1 : numbering.roots[k]!;
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
  let step = rootAt(s, trie, i);
  let end = i + 1;
  let tags = step === -1 ? undefined : tagsAt(trie, step);
  for (let k = i + 1; step !== -1 && (step & 1) !== 0 && k < i + 4 && k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.type !== 'word' || !t.gap) break;
    const syllable = syllableAt(s, trie, k);
    step = syllable === -1 ? -1 : childOf(trie, step, syllable);
    const found = step === -1 ? undefined : tagsAt(trie, step);
    if (found) (end = k + 1), (tags = found);
  }
  return { end, tags };
}

/** The tags of the one-syllable word at token `i` (`Lexicon.pos` of it), read from the trie. */
export function syllableTags(s: SentenceScope, i: number): string | undefined {
  const trie = wordTrie(s.lexicon);
  const root = rootAt(s, trie, i);
  return root === -1 ? undefined : tagsAt(trie, root);
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
