import type { Lexicon } from '../lexicon/lexicon.js';

/** A line of the normalized document; `junk` lines are page furniture, not article text. */
export interface Line {
  start: number;
  end: number;
  /** 1-based. */
  number: number;
  junk: boolean;
}

// A database query printed into a page by a broken template.
const SQL = /\b(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM)\b[\s\S]*\b(?:FROM|WHERE|SET|VALUES)\b/;
/** A word (group 1), a number (group 2) or another mark: the group says which, no test of the token after. */
const PAGE_TOKEN = /([\p{L}]+)|(\d+)|[^\s\p{L}\d]/gu;
const DIGIT = /\d/;

/**
 * A row of page links (numbers and arrows, perhaps "Trang"/"Tiếp", and nothing else), or a
 * page number with its page word alone on a line ("Trang 2", "Page 2 of 5"). A bare number
 * alone on a line is left alone: in a table flattened to text it is a cell.
 */
function isPagination(line: string, lexicon: Lexicon): boolean {
  let numbers = 0;
  let words = 0;
  // `exec` in a loop, not `matchAll`, which copies the expression for each line.
  PAGE_TOKEN.lastIndex = 0;
  for (let m = PAGE_TOKEN.exec(line); m !== null; m = PAGE_TOKEN.exec(line)) {
    if (m[2] !== undefined) numbers++;
    else if (m[1] !== undefined) {
      if (!lexicon.paginationWords.has(m[1].toLowerCase())) return false;
      words++;
    }
  }
  return numbers >= 3 || (numbers >= 1 && words > 0 && line.length <= 24);
}

/**
 * The boilerplate lines of the dictionaries, indexed: the phrases a line starts with by their
 * first character, so a line is checked against the few that can match rather than against
 * every phrase. (Whole lines stay a list: comparing strings of other lengths costs nothing,
 * hashing a long line for a set would.)
 */
interface BoilerplateIndex {
  exact: readonly string[];
  prefixes: ReadonlyMap<string, readonly string[]>;
  contains: readonly string[];
}
const boilerplateIndexes = new WeakMap<Lexicon, BoilerplateIndex>();

function boilerplateIndex(lexicon: Lexicon): BoilerplateIndex {
  let index = boilerplateIndexes.get(lexicon);
  if (!index) {
    const of = (match: string) => lexicon.boilerplate.filter((b) => b.match === match).map((b) => b.phrase);
    const prefixes = new Map<string, string[]>();
    // An empty prefix starts every line: it is kept with the phrases contained anywhere.
    for (const phrase of of('prefix')) if (phrase) prefixes.set(phrase[0]!, [...(prefixes.get(phrase[0]!) ?? []), phrase]);
    index = { exact: of('exact'), prefixes, contains: [...of('contains'), ...of('prefix').filter((p) => !p)] };
    boilerplateIndexes.set(lexicon, index);
  }
  return index;
}

function isBoilerplate(line: string, lexicon: Lexicon, { exact, prefixes, contains }: BoilerplateIndex): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  // A pagination row is short, holds a page number and starts with a page word or number; a query
  // holds capitals, and an E (every statement word has one: a search for a letter is the cheapest test).
  if ((trimmed.length < 120 && DIGIT.test(trimmed) && isPagination(trimmed, lexicon)) || (trimmed.includes('E') && /[A-Z]{6}/.test(trimmed) && SQL.test(trimmed))) return true;
  if (exact.includes(trimmed)) return true;
  // Loops, not `some`: no function made per line.
  const starting = prefixes.get(trimmed[0]!);
  if (starting) for (const phrase of starting) if (trimmed.startsWith(phrase)) return true;
  for (const phrase of contains) if (trimmed.includes(phrase)) return true;
  return false;
}

/** Splits the document into lines and marks the boilerplate that scraped pages carry. */
export function splitLines(text: string, lexicon: Lexicon): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  // Looked up once for the document, not once a line.
  const index = boilerplateIndex(lexicon);
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, number, junk: isBoilerplate(text.slice(start, end), lexicon, index) });
    if (newline === -1) break;
    start = newline + 1;
    number++;
  }
  return lines;
}
