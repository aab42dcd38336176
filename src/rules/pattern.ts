import { eitherAtom, negatedAtom, phraseAtom, sequenceAtom, type Atom } from './atoms.js';
import type { Draft } from '../pipeline/draft.js';
import type { SentenceScope } from '../pipeline/scope.js';
import { NUMBER_TAGS, TAG_BIT, TAG_NEEDS, type NumberTest } from './tags.js';

/** One item of a pattern: an atom repeated `min`..`max` times; `context` items never join the claim's span. */
export interface Item {
  atom: Atom;
  min: number;
  max: number;
  context: boolean;
  /**
   * By rule word id (see `RuleWords`): 1 for each word a match of the atom can end with (an item
   * before the number) or start with (after it), set when the rules are indexed; null when any
   * token may (the atom reads a type of token, or none). The matcher asks it before the atom.
   */
  edgeIds: Uint8Array | null;
}

/** A rule's pattern: the items before the number (in text order), the number's tags, the items after it. */
export interface Pattern {
  source: string;
  before: Item[];
  /** Every tag of the number, as written. */
  tests: { tag: string; test: NumberTest; negated: boolean }[];
  /** The mask tags among them (`tags.ts`): bits the number must have and must not have. */
  need: number;
  forbid: number;
  /** The other tags, tested one by one. */
  otherTests: { tag: string; test: NumberTest; negated: boolean }[];
  after: Item[];
}

/** How many times `*` and `+` may repeat: patterns look at a bounded window around the number. */
export const MAX_REPEAT = 8;
/**
 * The most an explicit `{m,n}` may repeat: a clause-long stretch of context (`~X{0,40}`) as one
 * item, where a chain of shorter ones would be searched in every way of splitting it.
 */
export const MAX_WINDOW = 40;

const CLASS_NAME = /^[A-Z][A-Z0-9_]*$/;
const QUANTIFIER = /^(.+?)(\?|\*|\+|\{(\d+),(\d+)\})$/;

/** Resolves a class name to its atom; undefined for a class that does not exist. */
export type ClassResolver = (name: string) => Atom | undefined;

function parseAtom(text: string, resolve: ClassResolver): Atom {
  if (text.startsWith('!')) return negatedAtom(parseAtom(text.slice(1), resolve));
  if (text.length > 2 && text.startsWith('(') && text.endsWith(')') && text.includes('|')) {
    return eitherAtom(text, text.slice(1, -1).split('|').map((alt) => parseAtom(alt, resolve)));
  }
  if (text.length > 2 && text.startsWith('[') && text.endsWith(']')) {
    return sequenceAtom(text, text.slice(1, -1).split('&').map((part) => parseAtom(part, resolve)));
  }
  if (CLASS_NAME.test(text)) {
    const atom = resolve(text);
    if (!atom) throw new Error(`unknown class \`${text}\``);
    return atom;
  }
  return phraseAtom(text, [text]);
}

function parseItem(text: string, resolve: ClassResolver): Item {
  if (text.includes(' ')) return { atom: phraseAtom(text, [text]), min: 1, max: 1, context: false, edgeIds: null };
  const context = text.startsWith('~');
  const body = context ? text.slice(1) : text;
  const q = body.length > 1 ? QUANTIFIER.exec(body) : null;
  let [min, max] = [1, 1];
  if (q) {
    const mark = q[2]!;
    [min, max] = mark === '?' ? [0, 1] : mark === '*' ? [0, MAX_REPEAT] : mark === '+' ? [1, MAX_REPEAT] : [Number(q[3]), Number(q[4])];
    if (max < min || max > MAX_WINDOW || max === 0) throw new Error(`repetition \`${mark}\` of \`${q[1]}\` must be between 0 and ${MAX_WINDOW}`);
  }
  const atom = parseAtom(q ? q[1]! : body, resolve);
  if (atom.zeroWidth && (min !== 1 || max !== 1)) throw new Error(`\`${atom.source}\` matches no word and cannot repeat`);
  return { atom, min, max, context, edgeIds: null };
}

function parseTags(text: string): Pattern['tests'] {
  if (text === '#') return [];
  const m = /^#\{([^}]*)\}$/.exec(text);
  if (!m) throw new Error(`\`${text}\`: the number is \`#\` or \`#{tag,!tag}\``);
  return m[1]!.split(',').map((raw) => {
    const negated = raw.startsWith('!');
    const tag = negated ? raw.slice(1) : raw;
    if (tag.startsWith('unit=')) {
      // `#{unit=giờ|tiếng}`: the unit the unit stage read is one of these.
      const units = new Set(tag.slice(5).split('|'));
      return { tag, test: (d: Draft) => d.unit !== null && units.has(d.unit), negated };
    }
    if (tag.startsWith('=')) {
      // `#{=một|năm}`: the number is written as one of these words.
      const words = new Set(tag.slice(1).split('|'));
      return { tag, test: (d: Draft, s: SentenceScope) => d.first === d.last && words.has(s.tokens[d.first]!.lower), negated };
    }
    const test = NUMBER_TAGS[tag];
    if (!test) throw new Error(`unknown number tag \`${tag}\` (known: ${Object.keys(NUMBER_TAGS).join(', ')})`);
    return { tag, test, negated };
  });
}

/**
 * Parses a pattern such as `không COMPARATIVE_UP ~LINK* #{!range} trở lên`: words, classes,
 * `(a|b)` alternatives, `[A&B]` a sequence, `!X` (a word that is not X), `~` for context outside the claim's span,
 * `? * + {m,n}` repetition, and `#` the number once. Throws with the reason a pattern cannot match.
 */
export function parsePattern(source: string, resolve: ClassResolver): Pattern {
  const parts = source.trim().split(/\s+/);
  const at = parts.findIndex((p) => p === '#' || p.startsWith('#{'));
  if (at === -1) throw new Error('a pattern needs the number `#`');
  if (parts.findIndex((p, k) => k > at && (p === '#' || p.startsWith('#{'))) !== -1) throw new Error('a pattern holds the number `#` once');
  const tests = parseTags(parts[at]!);
  let need = 0;
  let forbid = 0;
  for (const { tag, negated } of tests) {
    if (!negated) for (const implied of TAG_NEEDS[tag] ?? []) need |= TAG_BIT[implied]!;
    const bit = TAG_BIT[tag];
    if (bit === undefined) continue;
    if (negated) forbid |= bit;
    else need |= bit;
  }
  return {
    source,
    before: joinWords(parts.slice(0, at)).map((p) => parseItem(p, resolve)),
    tests,
    need,
    forbid,
    otherTests: tests.filter(({ tag }) => TAG_BIT[tag] === undefined),
    after: joinWords(parts.slice(at + 1)).map((p) => parseItem(p, resolve)),
  };
}

const isPlainWord = (part: string) => !CLASS_NAME.test(part) && !/^[~!([]/.test(part) && !QUANTIFIER.test(part) && !part.startsWith('#');

/** Plain words next to each other are one phrase ("trở lại"), matched as a whole like a dictionary phrase. */
function joinWords(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && isPlainWord(part) && isPlainWord(last.split(' ')[0]!)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}
