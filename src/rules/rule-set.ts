import { leadOf, type Draft } from '../pipeline/draft.js';
import type { SentenceScope } from '../pipeline/scope.js';
import { fnv1a } from '../text/hash.js';
import type { Token } from '../text/token.js';
import { matchItems, testOtherTags, type Match } from './match.js';
import type { Item, Pattern } from './pattern.js';
import { numberMask, TAG_BIT, TAG_IMPLIES } from './tags.js';

/** A sentence of a rule's examples with the number it is about: `text.slice(start, end)` was marked `[…]`. */
export interface Example {
  text: string;
  start: number;
  end: number;
}

/** One rule of a decision file: a pattern around the number, the decision it makes and why. */
export interface Rule<D extends string = string> {
  name: string;
  pattern: Pattern;
  decision: D;
  /** Higher wins over any match of a lower priority; within one priority the longer match wins. */
  priority: number;
  reason: string;
  /** Sentences in which the rule must decide for the marked number, and in which it must not. */
  fires: readonly Example[];
  not: readonly Example[];
  /** `dictionaries/rules/FILE.tsv:LINE`, for messages and `--explain`. */
  where: string;
}

export interface Decision<D extends string = string> {
  rule: Rule<D>;
  match: Match;
}

/**
 * Every word that some rule of some decision is found by or needs, as a small number. A sentence's
 * words are looked up once (`at`), for all its numbers and the rules of all four decisions: the
 * rules then read arrays, not a map of strings, for each number.
 */
export class RuleWords {
  private readonly ids = new Map<string, number>();
  /** The sets of needed words (see {@link Needed}), one number each; by word id, the sets it is in. */
  private readonly groupIds = new Map<string, number>();
  private readonly groupsOf: number[][] = [];
  /** By word id, the bits of the needed sets it is in (see `indexGroups`), made at the first sentence. */
  private bits = new Int32Array(0);
  /** The ids again, in a table read by every token of every sentence (see {@link WordIds}), made with `bits`. */
  private table = new WordIds(new Map());
  private width = 1;
  /** The words of the sentence read last (see `of`). */
  private readonly sentence: SentenceWords = {
    scope: null, serial: 0, ids: new Int32Array(64), types: new Int32Array(64), length: 0, present: new Int32Array(1), groupsAt: [], groupSerial: [],
  };
  /**
   * By token type (see `typeNumber`), the id of its key (`<num>`, `<punct>` …): a rule may need a
   * number or a punctuation mark, as it needs a word. Not `<word>`: almost every window holds one.
   */
  private readonly typeIds = TYPES.map((type) => (type === 'word' ? 0 : this.idOf(TYPE_KEYS[type])));

  /** Ids start at 1: 0 is a word no rule reads. */
  get size(): number {
    return this.ids.size + 1;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size + 1));
    return id;
  }

  /** The number of a set of words a rule needs: rules that need the same words share it. */
  groupOf(keys: Iterable<string>): number {
    const words = [...new Set(keys)].sort();
    const name = words.join('\n');
    let group = this.groupIds.get(name);
    if (group === undefined) {
      this.groupIds.set(name, (group = this.groupIds.size));
      for (const word of words) (this.groupsOf[this.idOf(word)] ??= []).push(group);
    }
    return group;
  }

  /**
   * The sentence's words as the rules read them (made at its first number): every token's id,
   * and which needed sets have a word anywhere in the sentence — most rules need a word the
   * sentence does not hold, and are then ruled out by one bit. One object, refilled for each
   * sentence: nothing is allocated per sentence.
   */
  of(s: SentenceScope): SentenceWords {
    const known = this.sentence;
    if (s.ruleWords === known && known.scope === s) return known;
    if (this.bits.length !== (this.ids.size + 1) * this.width) this.indexGroups();
    const { tokens } = s;
    const width = this.width;
    if (known.ids.length < tokens.length) (known.ids = new Int32Array(tokens.length * 2)), (known.types = new Int32Array(tokens.length * 2));
    if (known.present.length !== width) known.present = new Int32Array(width);
    else known.present.fill(0);
    const { ids, types, present } = known;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const id = (ids[i] = this.table.idOf(t.lower));
      if (id !== 0) for (let w = 0; w < width; w++) present[w] = present[w]! | this.bits[id * width + w]!;
      const type = (types[i] = this.typeIds[typeNumber(t.type)]!);
      if (type !== 0) for (let w = 0; w < width; w++) present[w] = present[w]! | this.bits[type * width + w]!;
    }
    known.scope = s;
    known.length = tokens.length;
    known.serial++;
    return (s.ruleWords = known);
  }

  /** Whether some word of needed set `group` stands anywhere in the sentence. */
  inSentence(words: SentenceWords, group: number): boolean {
    return (words.present[group >> 5]! & (1 << (group & 31))) !== 0;
  }

  /** Whether the token at `i` (its word or its type) is one of needed set `group`. */
  isIn(words: SentenceWords, i: number, group: number): boolean {
    const { bits, width } = this;
    return ((bits[words.ids[i]! * width + (group >> 5)]! | bits[words.types[i]! * width + (group >> 5)]!) & (1 << (group & 31))) !== 0;
  }

  /** The tokens of the sentence that are a word of needed set `group`, in order, found once per sentence. */
  groupAt(words: SentenceWords, group: number): readonly number[] {
    const at = (words.groupsAt[group] ??= []);
    if (words.groupSerial[group] !== words.serial) {
      at.length = 0;
      for (let i = 0; i < words.length; i++) if (this.isIn(words, i, group)) at.push(i);
      words.groupSerial[group] = words.serial;
    }
    return at;
  }

  /** By word id, `width` ints: the bits of the needed sets the word is in (set `g` is bit `g & 31` of int `g >> 5`). */
  private indexGroups(): void {
    const width = (this.width = ((this.groupIds.size + 31) >> 5) || 1);
    this.bits = new Int32Array((this.ids.size + 1) * width);
    this.table = new WordIds(this.ids);
    this.groupsOf.forEach((groups, id) => {
      for (const g of groups) this.bits[id * width + (g >> 5)] = this.bits[id * width + (g >> 5)]! | (1 << (g & 31));
    });
  }
}

/** Words of one character below this code unit (Latin marks, dashes, quotes, `…`) are read from an array. */
const ONE_CHAR = 0x2030;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Word ids in an open-addressed table of typed arrays: a token's word is hashed from its letters
 * and found by comparing numbers, its string compared once, to the one that matches. Every token
 * of every sentence is looked up, most of them fresh strings that a `Map` would hash and then
 * compare with the strings of the entries it meets, each elsewhere on the heap.
 */
class WordIds {
  private readonly mask: number;
  /** By slot: the hash of its word and the word's id (0: an empty slot), side by side. */
  private readonly slots: Int32Array;
  private readonly words: string[];
  /** By code unit (below {@link ONE_CHAR}): the id of the word of that one character (a mark: `,`, `(`, `–`), read without a hash. */
  private readonly oneChar = new Int32Array(ONE_CHAR);
  /** Whether some word starts with a digit: else a number's digits are no word, and are not hashed. */
  private readonly digitWords: boolean;

  constructor(ids: ReadonlyMap<string, number>) {
    this.digitWords = [...ids.keys()].some((word) => isDigit(word.charCodeAt(0)));
    for (const [word, id] of ids) if (word.length === 1 && word.charCodeAt(0) < ONE_CHAR) this.oneChar[word.charCodeAt(0)] = id;
    let size = 1;
    while (size < ids.size * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    this.words = new Array<string>(size).fill('');
    for (const [word, id] of ids) {
      const hash = fnv1a(word);
      let slot = hash & this.mask;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = id;
      this.words[slot] = word;
    }
  }

  /** The id of `word`, or 0 when no rule reads it. */
  idOf(word: string): number {
    const first = word.charCodeAt(0);
    if (word.length === 1 && first < ONE_CHAR) return this.oneChar[first]!;
    if (!this.digitWords && isDigit(first)) return 0;
    const hash = fnv1a(word);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[2 * slot + 1]!;
      if (id === 0 || (this.slots[2 * slot] === hash && this.words[slot] === word)) return id;
    }
  }
}

/** A sentence's words as the rules read them (see {@link RuleWords}): a cache in the sentence's scope. */
export interface SentenceWords {
  /** The sentence they are of. */
  scope: SentenceScope | null;
  /** Counts the sentences read: a list of `groupsAt` is of this sentence when its `groupSerial` is this. */
  serial: number;
  /** By token (the first `length`): its word's id (0: no rule reads it), and its type's (0 for a word). */
  ids: Int32Array;
  types: Int32Array;
  length: number;
  /** The needed sets with a word in the sentence: set `g` is bit `g & 31` of `present[g >> 5]`. */
  present: Int32Array;
  /** By needed set present in the sentence: where its words stand (see {@link RuleWords.groupAt}). */
  groupsAt: number[][];
  groupSerial: number[];
}

/** The keys of the tokens a run of items may end with (or start with): it ends at the first item that must match. */
function edgeKeys(items: readonly Item[], backwards: boolean): string[] | null {
  const keys = new Set<string>();
  const ordered = backwards ? [...items].reverse() : items;
  for (const item of ordered) {
    if (item.atom.zeroWidth) return null;
    for (const k of backwards ? item.atom.lastKeys : item.atom.firstKeys) keys.add(item.atom.capital && (k === TYPE_KEYS.word || k === TYPE_KEYS.code) ? CAPITAL_KEY : k);
    if (item.min > 0) return [...keys];
  }
  return null;
}

/**
 * The keys a rule is found by before the number, or null to find it after: a rule that any word
 * may stand before (`khách sạn ~TOKEN{0,4} # sao`) but not after is tried only where its word follows.
 */
function foundBefore(before: string[] | null, after: string[] | null): string[] | null {
  const anyWord = (keys: string[]) => keys.includes(TYPE_KEYS.word) || keys.includes(CAPITAL_KEY);
  return before && after && anyWord(before) && !anyWord(after) ? null : before;
}

/**
 * A word a rule cannot match without, and how far from the number it can stand: one for each
 * item that must match and is phrases, or a number, a code, a punctuation mark (`NUM`, `CODE`,
 * `PUNCT`, not any word). A rule one of whose words is nowhere in its window is not tried;
 * nowhere in the sentence, it is ruled out by one bit.
 */
interface Needed {
  keys: ReadonlySet<string>;
  /** The set's number (see {@link RuleWords.groupOf}). */
  group: number;
  side: 'before' | 'after';
  reach: number;
}

function neededWords(pattern: Pattern): Needed[] {
  const out: Needed[] = [];
  for (const side of ['before', 'after'] as const) {
    const items = side === 'before' ? [...pattern.before].reverse() : pattern.after;
    let reach = 0;
    for (const item of items) {
      reach += item.atom.maxLength * item.max;
      const keys = side === 'before' ? item.atom.lastKeys : item.atom.firstKeys;
      if (item.min === 0 || !keys.length || !keys.every((k) => !k.startsWith('<') || NEEDED_TYPE_KEYS.has(k))) continue;
      out.push({ keys: new Set(keys), group: -1, side, reach });
    }
  }
  // The rarest words first: the likeliest to be missing.
  return out.sort((a, b) => a.keys.size - b.keys.size);
}

/** The keys of token types a rule may need: of tokens that are no word, not every window holds one. */
const NEEDED_TYPE_KEYS = new Set(['<num>', '<punct>', '<code>', '<time>', '<url>']);

/** Whether every needed set has a word somewhere in the sentence. */
function inSentence(needed: readonly Needed[], words: SentenceWords, by: RuleWords): boolean {
  for (let k = 0; k < needed.length; k++) if (!by.inSentence(words, needed[k]!.group)) return false;
  return true;
}

/** Whether every needed set has a word in its window. */
function hasNeeded(needed: readonly Needed[], d: Draft, s: SentenceScope, words: SentenceWords, by: RuleWords): boolean {
  for (let k = 0; k < needed.length; k++) if (!inWindow(needed[k]!, d, s, words, by)) return false;
  return true;
}

/** A window this long is read token by token; a longer one (a clause, `~X{0,40}`) searched in where the sentence holds the words. */
const SHORT_WINDOW = 12;

/** Whether a word of the needed set stands in its window. */
function inWindow(needed: Needed, d: Draft, s: SentenceScope, words: SentenceWords, by: RuleWords): boolean {
  const lead = leadOf(d);
  const from = needed.side === 'before' ? Math.max(0, lead - needed.reach) : d.last + 1;
  const to = needed.side === 'before' ? lead : Math.min(s.tokens.length, d.last + 1 + needed.reach);
  if (to - from <= SHORT_WINDOW) {
    for (let i = from; i < to; i++) if (by.isIn(words, i, needed.group)) return true;
    return false;
  }
  const at = by.groupAt(words, needed.group);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < to;
}

/**
 * An item's edge words as a table by rule word id (see {@link Item.edgeIds}), the words numbered
 * here; null for an atom that may end on any token of a type, on none, or that reads a table of
 * the lexicon (whose words the rules know only as the dictionary file has them).
 */
function edgeIdsOf(item: Item, backwards: boolean, words: RuleWords): Uint8Array | null {
  const { atom } = item;
  const keys = backwards ? atom.lastKeys : atom.firstKeys;
  if (atom.zeroWidth || atom.table !== undefined || !keys.length || keys.some((k) => k.startsWith('<'))) return null;
  const ids = keys.map((key) => words.idOf(key));
  const table = new Uint8Array(Math.max(...ids) + 1);
  for (const id of ids) table[id] = 1;
  return table;
}

/** Whether two key lists hold the same keys. */
const sameKeys = (a: ReadonlySet<string>, b: readonly string[]) => a.size === new Set(b).size && b.every((k) => a.has(k));

const SHAPES = ['plain', 'slash', 'range', 'ratio', 'pair', 'odd'] as const;
const WRITINGS = ['digits', 'words'] as const;
/** What the unit stage read, as far as tags tell them apart. */
const UNIT_CLASSES = ['bare', 'noun', 'percent', 'currency', 'time', 'measure'] as const;
const SHAPE_BITS = SHAPES.map((shape) => TAG_BIT[shape]!);
// A duration has the bits of `time` and of `measure`: `time` is found first.
const UNIT_CLASS_BITS = UNIT_CLASSES.map((unit) => TAG_BIT[unit]!);

/**
 * The slot of the index of rules that read no word next to the number: its shape, writing and
 * kind of unit, read from the bits of its mask that say them.
 */
function slotOf(mask: number): number {
  let shape = 0;
  while ((mask & SHAPE_BITS[shape]!) === 0) shape++;
  let unit = 0;
  while ((mask & UNIT_CLASS_BITS[unit]!) === 0) unit++;
  return (shape * WRITINGS.length + ((mask & TAG_BIT.digits!) !== 0 ? 0 : 1)) * UNIT_CLASSES.length + unit;
}
const SLOTS = SHAPES.length * WRITINGS.length * UNIT_CLASSES.length;

/** The bits of a number's mask that its slot decides. */
const SLOT_BITS = ['plain', 'slash', 'range', 'ratio', 'pair', 'odd', 'digits', 'words', 'bare', 'noun', 'percent', 'currency', 'measure', 'time', 'quantity', 'measured']
  .reduce((bits, tag) => bits | TAG_BIT[tag]!, 0);

/** The slots whose numbers a rule's tags allow (`#{slash}` only slashes, `#{words,bare}` …). */
function ruleSlots(pattern: Pattern): number[] {
  const out: number[] = [];
  for (const shape of SHAPES) for (const written of WRITINGS) for (const unit of UNIT_CLASSES) {
    const unitType = unit === 'bare' ? null : unit === 'time' ? 'measure' : unit;
    const sample = { shape, written, unitType, dimension: unit === 'time' ? 'time' : null, first: 0, last: 0, qualifier: null, kind: null, scale: null, leadingZero: false, value: 0 };
    const mask = numberMask(sample as unknown as Draft) & SLOT_BITS;
    const need = pattern.need & SLOT_BITS;
    if ((mask & need) !== need || (mask & pattern.forbid & SLOT_BITS) !== 0) continue;
    const implied = pattern.tests.every(({ tag, negated }) => {
      if (negated) return true;
      // `#{=một}`: a number written as these words; `#{unit=giờ}`: one with a unit.
      if (tag.startsWith('=')) return written === 'words';
      if (tag.startsWith('unit=')) return unitType !== null;
      const i = TAG_IMPLIES[tag];
      return (!i?.shapes || i.shapes.includes(shape)) && (!i?.written || i.written === written) && (!i?.unitTypes || i.unitTypes.includes(unitType));
    });
    if (implied) out.push(slotOf(mask));
  }
  return out;
}

const TYPE_KEYS: Record<Token['type'], string> = { word: '<word>', num: '<num>', punct: '<punct>', code: '<code>', time: '<time>', url: '<url>' };
const TYPES = Object.keys(TYPE_KEYS) as Token['type'][];
/**
 * The key of a word or code with a capital letter, for rules whose token next to the number is
 * one (`CAP`, `MODEL`, see `Atom.capital`): they are tried next to the few such tokens, not next to every word.
 */
const CAPITAL_KEY = '<capital>';
/** Its place in a side's `byType`, after the token types. */
const CAPITAL = TYPES.length;

/** A token type's place in {@link TYPES}: a `switch`, not a lookup by string (asked for every number). */
function typeNumber(type: Token['type']): number {
  switch (type) {
    case 'word': return 0;
    case 'num': return 1;
    case 'punct': return 2;
    case 'code': return 3;
    case 'time': return 4;
    default: return 5;
  }
}

/**
 * The array with no holes, `length` long at least: read by the id of every token next to a
 * number, a holey array (filled at scattered ids) costs more to read than one of `undefined`s.
 */
function dense<T>(sparse: readonly (T | undefined)[], length: number): (T | undefined)[] {
  return Array.from({ length: Math.max(length, sparse.length) }, (_, id) => sparse[id]);
}

/** Where a rule is found from: the token before the number, after it, or after its unit. */
type Side = 'before' | 'after' | 'afterUnit';
/** The rules found by one word, or by one type of token, on one side: for each slot of a number
 * (its shape, writing and kind of unit), those whose tags allow it. A percentage next to "năm" is
 * never tried against the rules for years. */
type BySlot = readonly (readonly number[] | undefined)[];
/** On one side: by word id (see {@link RuleWords}), and by token type (any word, any number, punctuation), then `<capital>` (see {@link CAPITAL}). */
interface SideIndex {
  byWord: (BySlot | undefined)[];
  byType: (BySlot | undefined)[];
}

interface Found<D extends string> {
  best: Decision<D> | null;
  /** The best rule's index and priority (-Infinity before any matches). */
  index: number;
  priority: number;
  call: number;
  /** The number's mask tags, read once. */
  mask: number;
  words: SentenceWords;
}

/**
 * The rules of one decision, indexed so that a number is tried only against the rules that could
 * match it: by the word next to it (or next to its unit) that each needs, or, for rules that read
 * no word next to it, by its shape, writing and kind of unit.
 */
export class RuleSet<D extends string = string> {
  /** Rules by the word (or the type of token) next to the number, on each side (`afterUnit`: next to its unit, `# UNIT trở lên`). */
  private readonly before: SideIndex = { byWord: [], byType: [] };
  private readonly after: SideIndex = { byWord: [], byType: [] };
  private readonly afterUnit: SideIndex = { byWord: [], byType: [] };
  private readonly bySlot: (readonly number[] | undefined)[];
  /** Which call last tried each rule: a rule found under two keys is tried once (no set per call). */
  private readonly tried: Uint32Array;
  private call = 0;
  /** The best match so far of the current decision (see `decide`). */
  private readonly found: Found<D> = { best: null, index: -1, priority: -Infinity, call: 0, mask: 0, words: null! };
  /**
   * What each rule asks first, by rule index, read without touching the rule: its priority, the
   * mask tags it needs and forbids — many tries end on these.
   */
  private readonly priority: Float64Array;
  private readonly need: Int32Array;
  private readonly forbid: Int32Array;
  private readonly needed: (readonly Needed[] | null)[];
  /** By word id: the words one of which a sentence must hold for any rule here to match (null: a rule needs none). */
  private readonly anyOf: Uint8Array | null;

  constructor(readonly name: string, readonly rules: readonly Rule<D>[], private readonly words = new RuleWords()) {
    this.tried = new Uint32Array(rules.length);
    this.priority = Float64Array.from(rules, (rule) => rule.priority);
    this.need = Int32Array.from(rules, (rule) => rule.pattern.need);
    this.forbid = Int32Array.from(rules, (rule) => rule.pattern.forbid);
    this.needed = rules.map(() => null);
    for (const rule of rules) {
      for (const item of rule.pattern.before) item.edgeIds = edgeIdsOf(item, true, words);
      for (const item of rule.pattern.after) item.edgeIds = edgeIdsOf(item, false, words);
    }
    // Anchors are words: `couldMatch` reads the sentence's words, not the types of its tokens.
    const anchors = rules.map((rule) => neededWords(rule.pattern).find((n) => [...n.keys].every((k) => !k.startsWith('<'))));
    if (anchors.length && anchors.every((a) => a !== undefined)) {
      const ids = anchors.flatMap((a) => [...a!.keys].map((key) => words.idOf(key)));
      this.anyOf = new Uint8Array(Math.max(...ids) + 1);
      for (const id of ids) this.anyOf[id] = 1;
    } else this.anyOf = null;
    const slots = rules.map((rule) => new Set(ruleSlots(rule.pattern)));
    const found = new Map<string, number[]>();
    const add = (side: Side, key: string, k: number) => {
      const name = `${side}\t${key}`;
      (found.get(name) ?? found.set(name, []).get(name)!).push(k);
    };
    const bySlot: number[][] = Array.from({ length: SLOTS }, () => []);
    rules.forEach((rule, k) => {
      const [first, ...rest] = rule.pattern.after;
      const nextAfter = first?.atom.source === 'UNIT' ? null : edgeKeys(rule.pattern.after, false);
      const nextAfterUnit = first?.atom.source === 'UNIT' ? edgeKeys(rest, false) : null;
      const before = foundBefore(edgeKeys(rule.pattern.before, true), nextAfter ?? nextAfterUnit);
      const after = before ? null : nextAfter;
      const afterUnit = before || after ? null : nextAfterUnit;
      const implied = rule.pattern.tests.map((t) => (t.negated ? undefined : TAG_IMPLIES[t.tag])).find((i) => i?.punct);
      const punct = implied?.punct;
      const capitalAfter = rule.pattern.tests.some((t) => !t.negated && TAG_IMPLIES[t.tag]?.capitalAfter);
      // A rule found by a token type (any word, any number), by its slot, or by a word that may
      // stand next to the number (an optional "mức" before "trên") reads a word further away:
      // look for those words in the sentence, then in the window, first. Not for a word the rule is found by.
      const foundBy = before ? ['before', before] as const : after ? ['after', after] as const : null;
      const needed = neededWords(rule.pattern).filter((n) => !(foundBy && foundBy[0] === n.side && sameKeys(n.keys, foundBy[1])));
      for (const n of needed) n.group = words.groupOf(n.keys);
      if (needed.length) this.needed[k] = needed;
      if (before) for (const key of before) add('before', key, k);
      else if (after) for (const key of after) add('after', key, k);
      else if (afterUnit) for (const key of afterUnit) add('afterUnit', key, k);
      else if (punct && implied!.marks) {
        if (punct !== 'after') for (const mark of implied!.marks) add('before', mark, k);
        if (punct !== 'before') for (const mark of implied!.marks) add('after', mark, k);
      }
      else if (punct) {
        if (punct !== 'after') add('before', TYPE_KEYS.punct, k);
        if (punct !== 'before') add('after', TYPE_KEYS.punct, k);
      } else if (capitalAfter) add('after', CAPITAL_KEY, k);
      else for (const slot of slots[k]!) bySlot[slot]!.push(k);
    });
    // Each list by priority, highest first (then in file order): a try stops at the first rule
    // that can no longer beat the best match. Which rule wins does not depend on the order of tries.
    const ordered = (list: number[]) => (list.length ? list.sort((a, b) => rules[b]!.priority - rules[a]!.priority || a - b) : undefined);
    this.bySlot = bySlot.map(ordered);
    // Lists of the same rules are one array: the index stays small enough to be read from the cache.
    const shared = new Map<string, readonly number[] | undefined>();
    const one = (list: number[]) => {
      const name = list.join(',');
      return shared.has(name) ? shared.get(name) : shared.set(name, ordered(list)).get(name);
    };
    for (const [name, list] of found) {
      const [side, key] = name.split('\t') as [Side, string];
      const type = key === CAPITAL_KEY ? CAPITAL : TYPES.findIndex((t) => TYPE_KEYS[t] === key);
      const index = this[side];
      const at = type !== -1 ? index.byType : index.byWord;
      at[type !== -1 ? type : words.idOf(key)] = Array.from({ length: SLOTS }, (_, slot) => one(list.filter((k) => slots[k]!.has(slot))));
    }
    for (const side of [this.before, this.after, this.afterUnit]) side.byWord = dense(side.byWord, words.size);
  }

  /**
   * The rule that decides for this number: of the rules whose pattern matches, the highest
   * priority, then the longest match, then the first in the file. Null when none matches.
   */
  decide(d: Draft, s: SentenceScope): Decision<D> | null {
    // One object per rule set, not per number: a decision never asks another.
    const found = this.found;
    found.best = null;
    found.index = -1;
    found.priority = -Infinity;
    found.call = ++this.call;
    found.mask = numberMask(d);
    found.words = this.words.of(s);
    const lead = leadOf(d);
    const slot = slotOf(found.mask);
    const bySlot = this.bySlot[slot];
    if (bySlot !== undefined) this.tryAll(bySlot, d, s, found);
    const { ids } = found.words;
    const { tokens } = s;
    const next = d.last + 1;
    if (lead > 0) this.tryAt(this.before, ids[lead - 1]!, tokens[lead - 1]!, slot, d, s, found);
    if (next < tokens.length) {
      this.tryAt(this.after, ids[next]!, tokens[next]!, slot, d, s, found);
      // With no unit, the token after the unit is this one.
      if (d.unitEnd <= next) this.tryAt(this.afterUnit, ids[next]!, tokens[next]!, slot, d, s, found);
    }
    if (d.unitEnd > next && d.unitEnd < tokens.length) this.tryAt(this.afterUnit, ids[d.unitEnd]!, tokens[d.unitEnd]!, slot, d, s, found);
    return found.best;
  }

  /**
   * Whether any rule here could match in the sentence: false when every rule needs a word (its
   * anchor, `neededWords`) and the sentence holds none of them — one pass, then no number is tried.
   */
  couldMatch(s: SentenceScope): boolean {
    if (!this.anyOf) return true;
    const words = this.words.of(s);
    for (let i = 0; i < words.length; i++) if (this.anyOf[words.ids[i]!]) return true;
    return false;
  }

  /** Tries the rules found on one side by a token (`id`: its word's): by its word, its type, its capital. */
  private tryAt(side: SideIndex, id: number, t: Token, slot: number, d: Draft, s: SentenceScope, found: Found<D>): void {
    // Most tokens find no rules: no call then. Ids of words that rule sets made after this one
    // added are past its end: none of its rules.
    const byWord = id < side.byWord.length ? side.byWord[id]?.[slot] : undefined;
    if (byWord !== undefined) this.tryAll(byWord, d, s, found);
    const byType = side.byType[typeNumber(t.type)]?.[slot];
    if (byType !== undefined) this.tryAll(byType, d, s, found);
    // A lower-case token is its own lower case, the same string: one comparison of references.
    const byCapital = t.text !== t.lower ? side.byType[CAPITAL]?.[slot] : undefined;
    if (byCapital !== undefined) this.tryAll(byCapital, d, s, found);
  }

  private tryAll(list: readonly number[], d: Draft, s: SentenceScope, found: Found<D>): void {
    for (let j = 0; j < list.length; j++) {
      const k = list[j]!;
      // The list is by priority: no rule after this one can win.
      if (this.priority[k]! < found.priority) return;
      if (this.tried[k] === found.call) continue;
      this.tried[k] = found.call;
      const need = this.need[k]!;
      if ((found.mask & need) !== need || (found.mask & this.forbid[k]!) !== 0) continue;
      const needed = this.needed[k]!;
      if (needed !== null && !inSentence(needed, found.words, this.words)) continue;
      const rule = this.rules[k]!;
      if (!testOtherTags(rule.pattern, d, s)) continue;
      if (needed !== null && !hasNeeded(needed, d, s, found.words, this.words)) continue;
      const match = matchItems(rule.pattern, d, s, found.words);
      if (!match) continue;
      // Higher priority, then the longer match, then the rule that comes first in the file.
      const best = found.best;
      const wins = !best || rule.priority > found.priority ||
        (rule.priority === found.priority && (match.size > best.match.size || (match.size === best.match.size && k < found.index)));
      if (wins) (found.best = { rule, match }), (found.index = k), (found.priority = rule.priority);
    }
  }
}
