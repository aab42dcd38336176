import { leadOf, type Draft } from '../pipeline/draft.js';
import type { SentenceScope } from '../pipeline/scope.js';
import type { Token } from '../text/token.js';
import { matchItems, testTags, type Match } from './match.js';
import { MAX_REPEAT, type Item, type Pattern } from './pattern.js';
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
  /** Ids start at 1: 0 is a word no rule reads. */
  get size(): number {
    return this.ids.size + 1;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size + 1));
    return id;
  }

  /** The id of the word at token `i` of the sentence (0: no rule reads it), kept in the sentence's scope. */
  at(s: SentenceScope, i: number): number {
    const known = (s.ruleWords ??= new Array<number>(s.tokens.length).fill(-1));
    let id = known[i]!;
    if (id < 0) known[i] = id = this.ids.get(s.tokens[i]!.lower) ?? 0;
    return id;
  }
}

/** The keys of the tokens a run of items may end with (or start with): it ends at the first item that must match. */
function edgeKeys(items: readonly Item[], backwards: boolean): string[] | null {
  const keys = new Set<string>();
  const ordered = backwards ? [...items].reverse() : items;
  for (const item of ordered) {
    if (item.atom.zeroWidth) return null;
    for (const k of backwards ? item.atom.lastKeys : item.atom.firstKeys) keys.add(k);
    if (item.min > 0) return [...keys];
  }
  return null;
}

/**
 * A word a rule cannot match without, and how far from the number it can stand: a rule whose
 * word is nowhere in that window is not tried. Picked among the items that must match and are
 * phrases, the one with the fewest words.
 */
interface Needed {
  keys: ReadonlySet<string>;
  /** By word id (see {@link RuleWords}): whether the word is one of the keys. */
  has: Uint8Array;
  side: 'before' | 'after';
  reach: number;
  /**
   * A clause-long window (`~X{0,40}`, past `MAX_REPEAT`): its needed words are found once per
   * sentence, not read again in each number's window. Other windows are short enough to read.
   */
  wide: boolean;
}

function neededWord(pattern: Pattern): Needed | null {
  let best: Needed | null = null;
  for (const side of ['before', 'after'] as const) {
    const items = side === 'before' ? [...pattern.before].reverse() : pattern.after;
    let reach = 0;
    for (const item of items) {
      reach += item.atom.maxLength * item.max;
      const keys = side === 'before' ? item.atom.lastKeys : item.atom.firstKeys;
      if (item.min === 0 || !item.atom.phrases || keys.some((k) => k.startsWith('<'))) continue;
      if (!best || keys.length < best.keys.size) best = { keys: new Set(keys), has: new Uint8Array(0), side, reach, wide: false };
    }
  }
  if (best) best.wide = [...pattern.before, ...pattern.after].some((item) => item.max > MAX_REPEAT);
  return best;
}


/** Whether a needed word stands in the window. */
function hasNeeded(needed: Needed, d: Draft, s: SentenceScope, words: RuleWords): boolean {
  const lead = leadOf(d);
  const from = needed.side === 'before' ? Math.max(0, lead - needed.reach) : d.last + 1;
  const to = needed.side === 'before' ? lead : Math.min(s.tokens.length, d.last + 1 + needed.reach);
  if (!needed.wide) {
    for (let i = from; i < to; i++) if (needed.has[words.at(s, i)]) return true;
    return false;
  }
  // A clause-long window (`~X{0,40}`) for every number would read the sentence again and again.
  const at = neededPositions(needed, s, words);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < to;
}

/** The tokens of the sentence that are a needed word, in order, found once per sentence. */
function neededPositions(needed: Needed, s: SentenceScope, words: RuleWords): Int32Array {
  const cache = (s.neededAt ??= new Map());
  let at = cache.get(needed);
  if (!at) {
    const found: number[] = [];
    for (let i = 0; i < s.tokens.length; i++) if (needed.has[words.at(s, i)]) found.push(i);
    cache.set(needed, (at = Int32Array.from(found)));
  }
  return at;
}

/** Whether two key lists hold the same keys. */
const sameKeys = (a: ReadonlySet<string>, b: readonly string[]) => a.size === new Set(b).size && b.every((k) => a.has(k));

const SHAPES = ['plain', 'slash', 'range', 'ratio', 'pair', 'odd'] as const;
const WRITINGS = ['digits', 'words'] as const;
/** What the unit stage read, as far as tags tell them apart. */
const UNIT_CLASSES = ['bare', 'noun', 'percent', 'currency', 'time', 'measure'] as const;
type UnitClass = (typeof UNIT_CLASSES)[number];
const unitClass = (d: Draft): UnitClass => (d.unitType === null ? 'bare' : d.unitType === 'measure' && d.dimension === 'time' ? 'time' : d.unitType);

/** Slots of the index of rules that read no word next to the number: its shape, writing and kind of unit. */
const ordinals = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v, i) => [v, i])) as Record<T, number>;
const SHAPE_N = ordinals(SHAPES);
const WRITING_N = ordinals(WRITINGS);
const UNIT_CLASS_N = ordinals(UNIT_CLASSES);
const slotOf = (shape: Draft['shape'], written: Draft['written'], unit: UnitClass) =>
  (SHAPE_N[shape] * WRITINGS.length + WRITING_N[written]) * UNIT_CLASSES.length + UNIT_CLASS_N[unit];
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
    if (implied) out.push(slotOf(shape, written, unit));
  }
  return out;
}

const TYPE_KEYS: Record<Token['type'], string> = { word: '<word>', num: '<num>', punct: '<punct>', code: '<code>', time: '<time>', url: '<url>' };

/** Where a rule is found from: the token before the number, after it, or after its unit. */
type Side = 'before' | 'after' | 'afterUnit';
/** The rules found by one word, or by one type of token, on each side: for each slot of a number
 * (its shape, writing and kind of unit), those whose tags allow it. A percentage next to "năm" is
 * never tried against the rules for years. */
type BySide = Partial<Record<Side, readonly (readonly number[])[]>>;
const NO_RULES: readonly number[] = [];

interface Found<D extends string> {
  best: Decision<D> | null;
  index: number;
  call: number;
  /** The number's mask tags, read once. */
  mask: number;
}

/**
 * The rules of one decision, indexed so that a number is tried only against the rules that could
 * match it: by the word next to it (or next to its unit) that each needs, or, for rules that read
 * no word next to it, by its shape, writing and kind of unit.
 */
export class RuleSet<D extends string = string> {
  /** Rules by the word next to the number (or next to its unit: `# UNIT trở lên`), one lookup for the three sides. */
  private readonly byWord: (BySide | undefined)[] = [];
  /** Rules by the type of the token next to the number: any word, any number, punctuation. */
  private readonly byType: Partial<Record<Token['type'], BySide>> = {};
  private readonly bySlot: number[][] = Array.from({ length: SLOTS }, () => []);
  /** Which call last tried each rule: a rule found under two keys is tried once (no set per call). */
  private readonly tried: Uint32Array;
  private call = 0;
  private readonly needed: (Needed | null)[];
  /** By word id: the words one of which a sentence must hold for any rule here to match (null: a rule needs none). */
  private readonly anyOf: Uint8Array | null;

  constructor(readonly name: string, readonly rules: readonly Rule<D>[], private readonly words = new RuleWords()) {
    this.tried = new Uint32Array(rules.length);
    this.needed = rules.map(() => null);
    const anchors = rules.map((rule) => neededWord(rule.pattern));
    if (anchors.length && anchors.every((a) => a !== null)) {
      const ids = anchors.flatMap((a) => [...a!.keys].map((key) => words.idOf(key)));
      this.anyOf = new Uint8Array(Math.max(...ids) + 1);
      for (const id of ids) this.anyOf[id] = 1;
    } else this.anyOf = null;
    const slots = rules.map((rule) => new Set(ruleSlots(rule.pattern)));
    const lists = new Map<BySide, Partial<Record<Side, number[]>>>();
    const add = (side: Side, key: string, k: number) => {
      const type = Object.entries(TYPE_KEYS).find(([, v]) => v === key)?.[0] as Token['type'] | undefined;
      const bySide = type ? (this.byType[type] ??= {}) : (this.byWord[words.idOf(key)] ??= {});
      const own = lists.get(bySide) ?? lists.set(bySide, {}).get(bySide)!;
      (own[side] ??= []).push(k);
    };
    rules.forEach((rule, k) => {
      const before = edgeKeys(rule.pattern.before, true);
      const after = before ? null : edgeKeys(rule.pattern.after, false);
      const [first, ...rest] = rule.pattern.after;
      const afterUnit = before || after || first?.atom.source !== 'UNIT' ? null : edgeKeys(rest, false);
      const punct = rule.pattern.tests.map((t) => (t.negated ? undefined : TAG_IMPLIES[t.tag]?.punct)).find((p) => p);
      // A rule found by a token type (any word, any number), by its slot, or by a word that may
      // stand next to the number (an optional "mức" before "trên") reads a word further away:
      // look for that word in the window first. Not when the rule is found by that very word.
      const needed = neededWord(rule.pattern);
      const foundBy = before ? ['before', before] as const : after ? ['after', after] as const : null;
      if (needed && !(foundBy && foundBy[0] === needed.side && sameKeys(needed.keys, foundBy[1]))) {
        const ids = [...needed.keys].map((key) => words.idOf(key));
        needed.has = new Uint8Array(Math.max(...ids) + 1);
        for (const id of ids) needed.has[id] = 1;
        this.needed[k] = needed;
      }
      if (before) for (const key of before) add('before', key, k);
      else if (after) for (const key of after) add('after', key, k);
      else if (afterUnit) for (const key of afterUnit) add('afterUnit', key, k);
      else if (punct) {
        if (punct !== 'after') add('before', TYPE_KEYS.punct, k);
        if (punct !== 'before') add('after', TYPE_KEYS.punct, k);
      } else for (const slot of slots[k]!) this.bySlot[slot]!.push(k);
    });
    for (const [bySide, own] of lists) {
      for (const [side, list] of Object.entries(own) as [Side, number[]][]) {
        bySide[side] = Array.from({ length: SLOTS }, (_, slot) => {
          const fit = list.filter((k) => slots[k]!.has(slot));
          return fit.length ? fit : NO_RULES;
        });
      }
    }
  }

  /**
   * The rule that decides for this number: of the rules whose pattern matches, the highest
   * priority, then the longest match, then the first in the file. Null when none matches.
   */
  decide(d: Draft, s: SentenceScope): Decision<D> | null {
    const found: Found<D> = { best: null, index: -1, call: ++this.call, mask: numberMask(d) };
    const before = s.tokens[leadOf(d) - 1];
    const after = s.tokens[d.last + 1];
    const slot = slotOf(d.shape, d.written, unitClass(d));
    this.tryAll(this.bySlot[slot], d, s, found);
    if (before) {
      this.tryAll(this.byWord[this.words.at(s, leadOf(d) - 1)]?.before?.[slot], d, s, found);
      this.tryAll(this.byType[before.type]?.before?.[slot], d, s, found);
    }
    if (after) {
      const byWord = this.byWord[this.words.at(s, d.last + 1)];
      this.tryAll(byWord?.after?.[slot], d, s, found);
      this.tryAll(this.byType[after.type]?.after?.[slot], d, s, found);
      // With no unit, the token after the unit is this one: no second lookup.
      if (d.unitEnd <= d.last + 1) {
        this.tryAll(byWord?.afterUnit?.[slot], d, s, found);
        this.tryAll(this.byType[after.type]?.afterUnit?.[slot], d, s, found);
      }
    }
    const afterUnit = d.unitEnd > d.last + 1 ? s.tokens[d.unitEnd] : undefined;
    if (afterUnit) {
      this.tryAll(this.byWord[this.words.at(s, d.unitEnd)]?.afterUnit?.[slot], d, s, found);
      this.tryAll(this.byType[afterUnit.type]?.afterUnit?.[slot], d, s, found);
    }
    return found.best;
  }

  /**
   * Whether any rule here could match in the sentence: false when every rule needs a word (its
   * anchor, `neededWord`) and the sentence holds none of them — one pass, then no number is tried.
   */
  couldMatch(s: SentenceScope): boolean {
    if (!this.anyOf) return true;
    for (let i = 0; i < s.tokens.length; i++) if (this.anyOf[this.words.at(s, i)]) return true;
    return false;
  }

  private tryAll(list: readonly number[] | undefined, d: Draft, s: SentenceScope, found: Found<D>): void {
    if (!list) return;
    for (let j = 0; j < list.length; j++) {
      const k = list[j]!;
      if (this.tried[k] === found.call) continue;
      this.tried[k] = found.call;
      const rule = this.rules[k]!;
      const best = found.best;
      if (best && rule.priority < best.rule.priority) continue;
      if (!testTags(rule.pattern, d, s, found.mask)) continue;
      const needed = this.needed[k];
      if (needed && !hasNeeded(needed, d, s, this.words)) continue;
      const match = matchItems(rule.pattern, d, s);
      if (!match) continue;
      // Higher priority, then the longer match, then the rule that comes first in the file.
      const wins = !best || rule.priority > best.rule.priority ||
        (rule.priority === best.rule.priority && (match.size > best.match.size || (match.size === best.match.size && k < found.index)));
      if (wins) (found.best = { rule, match }), (found.index = k);
    }
  }
}
