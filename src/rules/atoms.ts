import type { Lexicon } from '../lexicon/lexicon.js';
import { PhraseIndex, single } from '../lexicon/phrase-index.js';
import { isAscii, isUpper, type Token } from '../text/token.js';
import { longestWord } from '../pipeline/noun-phrase.js';
import type { Draft } from '../pipeline/draft.js';
import type { SentenceScope } from '../pipeline/scope.js';
import { isNounBefore, wordEndingAt } from '../pipeline/word-before.js';

/**
 * One item of a rule's pattern without its repetition: a set of phrases (a literal word, a word
 * class, alternatives), a built-in class that reads the token itself (`NUM`, `CAP`, `NOUN`), or
 * the negation of another. Matching goes both ways: backwards from the number for the words
 * before it, forwards from its unit for the words after.
 */
export interface Atom {
  /** As written in the rule, for messages. */
  readonly source: string;
  /** Where each match that ends just before token `end` starts, longest first (`d`: the number the rule is about). */
  startsBefore(s: SentenceScope, end: number, d?: Draft): readonly number[];
  /** Where each match that starts at token `i` ends (exclusive), longest first. */
  endsAt(s: SentenceScope, i: number, d?: Draft): readonly number[];
  /** Keys of the tokens a match can end with (`lastKeys`) or start with (`firstKeys`): lower-cased
   * words, or a token type (`<word>`, `<num>`, `<punct>`…) for an atom that reads any such token;
   * `<any>` for one that matches no token (zero width). Rules are indexed by them. */
  readonly lastKeys: readonly string[];
  readonly firstKeys: readonly string[];
  readonly zeroWidth: boolean;
  /** Matches only a token with a capital letter (`CAP`, `MODEL`): one whose text is not its lower case. */
  readonly capital?: boolean;
  /** The most tokens one match can take: how far from the number a rule can reach. */
  readonly maxLength: number;
  /**
   * For an atom that reads a table of the lexicon (`CURRENCY`, `MEASURE`): the table whose first
   * column it matches (`units/measures.tsv dimension=time`, as a class's `@table`). Its keys are
   * any word or mark until the rules are loaded, which key it by the table's words.
   */
  readonly table?: string;
  /** For an atom that is only phrases: them, so that a union of such atoms is one index. */
  readonly phrases?: { list: readonly string[]; wholeWords: boolean };
  /** For alternatives: them, so that alternatives of alternatives are one flat list. */
  readonly alternatives?: readonly Atom[];
}

/**
 * An atom as one object literal, its fields always in this order: the matcher reads
 * `atom.startsBefore` of atoms of every kind at one place, and objects of one shape are read
 * there directly, where objects of a dozen shapes are searched for the field at each read.
 */
export function shapedAtom(a: Atom): Atom {
  return {
    source: a.source, startsBefore: a.startsBefore, endsAt: a.endsAt, lastKeys: a.lastKeys, firstKeys: a.firstKeys,
    zeroWidth: a.zeroWidth, capital: a.capital ?? false, maxLength: a.maxLength, table: a.table, phrases: a.phrases, alternatives: a.alternatives,
  };
}

/** The keys a token is found under in a rule index: its lower-cased text and its type. */
export const tokenKeys = (t: Token | undefined): readonly string[] => (t ? [t.lower, `<${t.type}>`] : ['<none>']);

const NONE: readonly number[] = [];

/**
 * The positions any of several atoms answers at one place, in the order a search tries them
 * (longest first: starts ascending, ends descending). Most lookups find nothing, or one atom answers: its own
 * list is returned and no list is built. One function each way: a call by a method's name held
 * in a variable is a slow, generic lookup.
 */
function startsOfAny(atoms: readonly Atom[], s: SentenceScope, end: number, d?: Draft): readonly number[] {
  let only: readonly number[] = NONE;
  let several: number[] | null = null;
  for (let k = 0; k < atoms.length; k++) {
    const list = atoms[k]!.startsBefore(s, end, d);
    if (!list.length) continue;
    if (!only.length) only = list;
    else (several ??= [...only]).push(...list);
  }
  return several ? [...new Set(several)].sort((a, b) => a - b) : only;
}

function endsOfAny(atoms: readonly Atom[], s: SentenceScope, i: number, d?: Draft): readonly number[] {
  let only: readonly number[] = NONE;
  let several: number[] | null = null;
  for (let k = 0; k < atoms.length; k++) {
    const list = atoms[k]!.endsAt(s, i, d);
    if (!list.length) continue;
    if (!only.length) only = list;
    else (several ??= [...only]).push(...list);
  }
  return several ? [...new Set(several)].sort((a, b) => b - a) : only;
}

/**
 * The one-token answers `[i]`, one shared list per index: most matches are a single position, and
 * a list built per call (hundreds of thousands of them) would only feed the garbage collector.
 * The phrase index's lists, grown in order (a list filled at a far index first turns the array
 * into a slow dictionary).
 */
const one = single;

/** Whether the lexicon's longest word at `first` is a content word that goes on past `end`. */
const extendsPast = (s: SentenceScope, first: number, end: number) => {
  const word = longestWord(s, first);
  return word.end > end && isContentWord(word.tags);
};

/** A noun, verb or adjective of the lexicon: a word that a phrase may not cut ("nhất là", a function word, may be cut). */
const isContentWord = (tags: string | undefined) => {
  if (tags === undefined) return false;
  // A scan of a few letters, not a regular expression: asked for every whole-word phrase found.
  for (let k = 0; k < tags.length; k++) {
    const c = tags.charCodeAt(k);
    if (c === 78 /* N */ || c === 86 /* V */ || c === 65 /* A */) return true;
  }
  return false;
};

/**
 * Phrases matched against tokens as the dictionaries are (a phrase is tokenized like text). With
 * `wholeWords`, only where the lexicon's word there is not longer: "tăng" is not found in "xe
 * tăng", whose dictionary word starts before it (for content words; "từ" after "dao động" is found).
 */
export function phraseAtom(source: string, phrases: readonly string[], wholeWords = false): Atom {
  const index = new PhraseIndex<true>(phrases.map((p) => (p.startsWith('=') ? [p.slice(1), true, true] : [p, true])));
  return shapedAtom({
    source,
    startsBefore: (s, end) => {
      const starts = index.startsBefore(s.tokens, end);
      if (!wholeWords || !starts.length || s.tokens[end - 1]!.type !== 'word') return starts;
      // Not cut out of a longer word on either side: "tăng" in "xe tăng", "chỉ" in "chỉ định".
      const before = wordEndingAt(s, end - 1);
      const cuts = isContentWord(before.tags);
      // A loop, not `filter` over a closure: asked for every phrase found, and most are whole.
      let whole: number[] | null = null;
      for (let j = 0; j < starts.length; j++) {
        const first = starts[j]!;
        if ((!cuts || before.first >= first) && !extendsPast(s, first, end)) whole?.push(first);
        else whole ??= starts.slice(0, j);
      }
      return whole ?? starts;
    },
    endsAt: (s, i) => {
      const ends = index.endsAt(s.tokens, i);
      if (!wholeWords || !ends.length || s.tokens[i]!.type !== 'word') return ends;
      const word = longestWord(s, i);
      return isContentWord(word.tags) ? ends.filter((end) => word.end <= end) : ends;
    },
    lastKeys: index.lastWords(),
    firstKeys: index.firstWords(),
    zeroWidth: false,
    maxLength: index.longest,
    phrases: { list: phrases, wholeWords },
  });
}

/** An atom that matches one token when `test` holds for it (a test that holds only for a token with a capital: `capital`). */
function tokenAtom(source: string, type: Token['type'] | 'any' | readonly Token['type'][], test: (s: SentenceScope, i: number) => boolean, capital = false): Atom {
  const types = type === 'any' ? ['word', 'num', 'punct', 'code', 'time', 'url'] : typeof type === 'string' ? [type] : type;
  const keys = types.map((t) => `<${t}>`);
  return {
    source,
    startsBefore: (s, end) => (end > 0 && test(s, end - 1) ? one(end - 1) : NONE),
    endsAt: (s, i) => (i < s.tokens.length && test(s, i) ? one(i + 1) : NONE),
    lastKeys: keys,
    firstKeys: keys,
    zeroWidth: false,
    capital,
    maxLength: 1,
  };
}

/** A word of the part-of-speech lexicon, as long as the dictionary has it ("giá bán"), whose tags pass `fits`. */
function taggedWordAtom(source: string, fits: (tags: string) => boolean): Atom {
  const has = (tags: string | undefined) => tags !== undefined && fits(tags);
  return {
    source,
    startsBefore: (s, end) => {
      const t = s.tokens[end - 1];
      if (!t || t.type !== 'word') return NONE;
      const { first, tags } = wordEndingAt(s, end - 1);
      const own = s.lexicon.pos.get(t.lower);
      if (has(tags)) return first < end - 1 && has(own) ? [first, end - 1] : one(first);
      return has(own) ? one(end - 1) : NONE;
    },
    endsAt: (s, i) => {
      const t = s.tokens[i];
      if (!t || t.type !== 'word') return NONE;
      const word = longestWord(s, i);
      return has(word.tags) ? one(word.end) : NONE;
    },
    lastKeys: ['<word>'],
    firstKeys: ['<word>'],
    zeroWidth: false,
    maxLength: 4,
  };
}

const isWord = (s: SentenceScope, i: number) => s.tokens[i]?.type === 'word';

/** A product or model name: a capitalized Latin word, not all capitals, not Vietnamese ("iPhone", "Galaxy", "Pro"). */
export const isModelWord = (s: SentenceScope, t: Token | undefined): boolean =>
  // A word with a capital is not its own lower case: asked first, a comparison of references for most words.
  !!t && (t.type === 'word' || t.type === 'code') && t.text !== t.lower && isAscii(t.text) && /[A-Z]/.test(t.text) &&
  t.text !== t.text.toUpperCase() && !s.lexicon.pos.has(t.lower);

/** Zero-width atoms: the sentence opens (only punctuation before) or closes (punctuation or nothing after). */
const START: Atom = {
  source: 'START',
  startsBefore: (s, end) => {
    for (let k = 0; k < end; k++) if (s.tokens[k]!.type !== 'punct') return NONE;
    return one(end);
  },
  endsAt: (s, i) => (i === 0 ? one(i) : NONE),
  lastKeys: ['<any>'],
  firstKeys: ['<any>'],
  zeroWidth: true,
  maxLength: 0,
};
const END: Atom = {
  source: 'END',
  startsBefore: (s, end) => (end >= s.tokens.length ? one(end) : NONE),
  endsAt: (s, i) => (i >= s.tokens.length || s.tokens[i]!.type === 'punct' ? one(i) : NONE),
  lastKeys: ['<any>'],
  firstKeys: ['<any>'],
  zeroWidth: true,
  maxLength: 0,
};

/** The number's own unit, as the unit stage read it (no word at all when it has none): `# UNIT trở lên`. */
const UNIT: Atom = {
  source: 'UNIT',
  startsBefore: () => NONE,
  endsAt: (_s, i, d) => (d && i === d.last + 1 ? one(Math.max(i, d.unitEnd)) : NONE),
  lastKeys: ['<any>'],
  firstKeys: ['<any>'],
  zeroWidth: true,
  // A unit is a noun phrase of at most ten syllables and a rate.
  maxLength: 16,
};

function lexiconAtom(source: string, table: string, index: (lex: Lexicon) => PhraseIndex<unknown>, keep: (value: unknown) => boolean = () => true): Atom {
  const keys = ['<word>', '<punct>', '<code>'];
  return {
    source,
    startsBefore: (s, end) => {
      const m = index(s.lexicon).matchBefore(s.tokens, end);
      return m && keep(m.value) ? one(m.first) : NONE;
    },
    endsAt: (s, i) => {
      const m = index(s.lexicon).matchAt(s.tokens, i);
      return m && keep(m.value) ? one(m.end) : NONE;
    },
    lastKeys: keys,
    firstKeys: keys,
    zeroWidth: false,
    maxLength: 4,
    table,
  };
}

/**
 * The built-in classes: what a token is, read from the token and the lexicon, never from a
 * word list of their own. Everything language-specific is a class of `dictionaries/rules/classes.tsv`.
 */
const BUILT_IN: Readonly<Record<string, Atom>> = {
  NUM: tokenAtom('NUM', 'num', (s, i) => s.tokens[i]!.type === 'num'),
  WORD: tokenAtom('WORD', 'word', isWord),
  CAP: tokenAtom('CAP', 'word', (s, i) => isWord(s, i) && isUpper(s.tokens[i]!.text), true),
  LOWER: tokenAtom('LOWER', 'word', (s, i) => isWord(s, i) && !isUpper(s.tokens[i]!.text)),
  CODE: tokenAtom('CODE', 'code', (s, i) => s.tokens[i]!.type === 'code'),
  PUNCT: tokenAtom('PUNCT', 'punct', (s, i) => s.tokens[i]!.type === 'punct'),
  TOKEN: tokenAtom('TOKEN', 'any', () => true),
  GLUED: tokenAtom('GLUED', 'any', (s, i) => !s.tokens[i]!.gap),
  NOUN: {
    ...taggedWordAtom('NOUN', (tags) => tags.includes('N')),
    // A noun before a word: the longest dictionary word ending here, or its last syllable, or an unknown word.
    startsBefore: (s, end) => (isNounBefore(s, end - 1) && isWord(s, end - 1) ? one(wordEndingAt(s, end - 1).first) : NONE),
    // A noun after a word: a dictionary noun that is no boundary word ("cho", "của") and no number word.
    endsAt: (s, i) => {
      const t = s.tokens[i];
      if (!t || t.type !== 'word' || s.lexicon.numerals.has(t.lower) || s.lexicon.unitBoundaries.matchAt(s.tokens, i)) return NONE;
      const word = longestWord(s, i);
      return word.tags?.includes('N') ? one(word.end) : NONE;
    },
  },
  // The longest dictionary word ending here is a noun (it may be a verb too): "giá", "sức gió",
  // not the verbs "bố trí", "xử lý"; in a word of another kind its last syllable ("có giá": giá).
  HEAD_NOUN: {
    ...taggedWordAtom('HEAD_NOUN', (tags) => tags.includes('N')),
    startsBefore: (s, end) => {
      if (!isWord(s, end - 1)) return NONE;
      const { first, tags } = wordEndingAt(s, end - 1);
      if (tags === undefined || tags.includes('N')) return one(first);
      if (tags.includes('V')) return NONE;
      return s.lexicon.pos.get(s.tokens[end - 1]!.lower)?.includes('N') ? one(end - 1) : NONE;
    },
  },
  // A noun that is not also a verb: the head of a name ("Hạm đội 7") rather than a predicate.
  NOUN_ONLY: {
    ...taggedWordAtom('NOUN_ONLY', (tags) => tags.includes('N') && !tags.includes('V')),
    startsBefore: (s, end) => {
      if (!isWord(s, end - 1)) return NONE;
      const { first, tags } = wordEndingAt(s, end - 1);
      return tags !== undefined && tags.includes('N') && !tags.includes('V') ? one(first) : NONE;
    },
  },
  // A product or model name: a capitalized Latin word, not all capitals, not Vietnamese ("iPhone", "Galaxy", "Pro").
  MODEL: tokenAtom('MODEL', ['word', 'code'], (s, i) => isModelWord(s, s.tokens[i]!), true),
  // A capitalized Latin word that the lexicon does not know: a foreign name ("Hyundai", "AIM").
  FOREIGN_CAP: tokenAtom('FOREIGN_CAP', 'word', (s, i) => {
    const t = s.tokens[i]!;
    return isWord(s, i) && isAscii(t.text) && isUpper(t.text) && !s.lexicon.pos.has(t.lower);
  }, true),
  VERB: taggedWordAtom('VERB', (tags) => tags.includes('V')),
  // Only an adjective: "cao" may be a noun too, "nhỉnh" is only an adjective; a function word
  // the lexicon also tags A ("đã") is none.
  ADJ: (() => {
    const adjective = taggedWordAtom('ADJ', (tags) => tags.includes('A') && !tags.includes('V') && !tags.includes('N'));
    const functional = (s: SentenceScope, i: number) => s.lexicon.unitBoundaries.matchAt(s.tokens, i) !== null;
    return {
      ...adjective,
      startsBefore: (s, end, d) => adjective.startsBefore(s, end, d).filter((first) => !functional(s, first)),
      endsAt: (s, i, d) => (functional(s, i) ? NONE : adjective.endsAt(s, i, d)),
    } satisfies Atom;
  })(),
  START,
  END,
  UNIT,
  SCALE: tokenAtom('SCALE', 'word', (s, i) => s.lexicon.numerals.get(s.tokens[i]!.lower)?.role === 'scale'),
  CURRENCY: lexiconAtom('CURRENCY', 'units/currencies.tsv', (lex) => lex.currencies as PhraseIndex<unknown>),
  MEASURE: lexiconAtom('MEASURE', 'units/measures.tsv', (lex) => lex.measures as PhraseIndex<unknown>),
  TIME_UNIT: lexiconAtom('TIME_UNIT', 'units/measures.tsv dimension=time', (lex) => lex.measures as PhraseIndex<unknown>, (v) => (v as { dimension: string }).dimension === 'time'),
};
export const BUILT_IN_ATOMS: Readonly<Record<string, Atom>> = Object.fromEntries(Object.entries(BUILT_IN).map(([name, atom]) => [name, shapedAtom(atom)]));

/** `!ATOM`: one word that does not end (backwards) or start (forwards) a match of `atom`. */
export function negatedAtom(atom: Atom): Atom {
  return shapedAtom({
    source: `!${atom.source}`,
    startsBefore: (s, end, d) => (isWord(s, end - 1) && !atom.startsBefore(s, end, d).length ? one(end - 1) : NONE),
    endsAt: (s, i, d) => (isWord(s, i) && !atom.endsAt(s, i, d).length ? one(i + 1) : NONE),
    lastKeys: ['<word>'],
    firstKeys: ['<word>'],
    zeroWidth: false,
    maxLength: 1,
  });
}

/** Alternatives `(a|B|c)`: a match of any. Phrases alone (of one kind of matching) make one index. */
export function eitherAtom(source: string, choices: readonly Atom[]): Atom {
  const flat = choices.flatMap((a) => a.alternatives ?? [a]);
  // The phrases among them, of one kind of matching each, are one index: one lookup, not one per class.
  const phrases = (wholeWords: boolean) => [...new Set(flat.flatMap((a) => (a.phrases?.wholeWords === wholeWords ? a.phrases.list : [])))];
  const indexes = [false, true].filter((w) => phrases(w).length).map((w) => phraseAtom(source, phrases(w), w));
  const atoms = [...indexes, ...flat.filter((a) => !a.phrases)];
  if (atoms.length === 1) return shapedAtom({ ...atoms[0]!, source });
  return shapedAtom({
    source,
    startsBefore: (s, end, d) => startsOfAny(atoms, s, end, d),
    endsAt: (s, i, d) => endsOfAny(atoms, s, i, d),
    lastKeys: [...new Set(atoms.flatMap((a) => a.lastKeys))],
    firstKeys: [...new Set(atoms.flatMap((a) => a.firstKeys))],
    zeroWidth: atoms.some((a) => a.zeroWidth),
    capital: atoms.every((a) => a.capital),
    maxLength: Math.max(...atoms.map((a) => a.maxLength)),
    alternatives: atoms,
  });
}

/** A sequence `[NUM&LIST_JOIN]`: the atoms one after the other, as one item that can repeat. */
export function sequenceAtom(source: string, atoms: readonly Atom[]): Atom {
  const back = (s: SentenceScope, k: number, end: number, d: Draft | undefined, out: Set<number>) => {
    if (k < 0) {
      out.add(end);
      return;
    }
    for (const start of atoms[k]!.startsBefore(s, end, d)) back(s, k - 1, start, d, out);
  };
  const forth = (s: SentenceScope, k: number, i: number, d: Draft | undefined, out: Set<number>) => {
    if (k >= atoms.length) {
      out.add(i);
      return;
    }
    for (const end of atoms[k]!.endsAt(s, i, d)) forth(s, k + 1, end, d, out);
  };
  return shapedAtom({
    source,
    startsBefore: (s, end, d) => {
      const out = new Set<number>();
      back(s, atoms.length - 1, end, d, out);
      return [...out].filter((start) => start < end).sort((a, b) => a - b);
    },
    endsAt: (s, i, d) => {
      const out = new Set<number>();
      forth(s, 0, i, d, out);
      return [...out].filter((end) => end > i).sort((a, b) => b - a);
    },
    lastKeys: atoms[atoms.length - 1]!.lastKeys,
    firstKeys: atoms[0]!.firstKeys,
    zeroWidth: false,
    maxLength: atoms.reduce((n, a) => n + a.maxLength, 0),
  });
}
