import type { Token } from '../text/token.js';
import type { ClaimRecord } from '../types.js';
import type { CheckDocument, SentenceClaims } from './document.js';
import { itemsWithin, lastEndingBy, tokensBefore } from './search.js';

/** A whole and the list of its parts: "Tổng số 500 hộ, trong đó 300 hộ nghèo và 250 hộ cận nghèo". */
export interface Breakdown {
  sentence: SentenceClaims;
  /** The figure right before the breakdown word, when one stands there. */
  total: ClaimRecord | null;
  /** The figures of the list, at the list's own bracket depth, in text order. */
  items: ClaimRecord[];
  /** The list's tokens, from after the breakdown word to its end. */
  tokens: Token[];
}

const STOPS = new Set(['.', ';', '!', '?']);
const MAX_GAP = 10;
const TOTAL_WORD_REACH = 4;
/**
 * A list of parts longer than this is no breakdown a reader adds up (a table run into one line):
 * left alone, like any list whose structure is unclear. It also bounds the work per breakdown
 * word, which made `check` of one long list quadratic.
 */
const MAX_LIST_TOKENS = 400;

/** Bracket depth before each token of a sentence. */
function depths(tokens: readonly Token[]): number[] {
  let depth = 0;
  return tokens.map((t) => {
    const before = depth;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    return before;
  });
}

/**
 * The figure a breakdown word follows: the nearest one before it, with only its noun, commas
 * and at most an opening bracket between ("937 tỷ đồng (gồm …"), and no clause break.
 */
function totalBefore(sentence: SentenceClaims, marker: number): ClaimRecord | null {
  const at = sentence.tokens[marker]!.start;
  let total = lastEndingBy(sentence.records, at);
  if (!total) return null;
  let gap = itemsWithin(sentence.tokens, total.end, at);
  // "392.500 tấn (năm 2022 đạt 378.100 tấn), trong đó …": a remark in brackets before the
  // breakdown word is passed over; the total is the figure before it.
  if (gap[0]?.text === ')') {
    const open = lastOpening(sentence, total.start);
    const before = open === null ? null : lastEndingBy(sentence.records, open);
    if (before) (total = before), (gap = itemsWithin(sentence.tokens, total.end, at).filter((t) => t.start < open! || t.start >= gap[0]!.end));
  }
  const breaks = gap.filter((t, i) => STOPS.has(t.text) || t.text === ')' || (t.text === '(' && i < gap.length - 1));
  return gap.length <= MAX_GAP && breaks.length === 0 ? total : null;
}

/** Where the bracket that holds offset `at` opens, or null. */
function lastOpening(sentence: SentenceClaims, at: number): number | null {
  let open: number | null = null;
  for (const t of sentence.tokens) {
    if (t.start >= at) break;
    if (t.text === '(') open = t.start;
    else if (t.text === ')') open = null;
  }
  return open;
}

function hasTotalWord(doc: CheckDocument, sentence: SentenceClaims, total: ClaimRecord): boolean {
  const before = tokensBefore(sentence.tokens, total.start, TOTAL_WORD_REACH);
  return before.some((_, i) => doc.dictionaries.total.total.matchAt(before, i) !== null);
}

/**
 * The list after a breakdown word, at its depth: up to a full stop or semicolon, the bracket
 * that closes around it, or a word that starts a new statement (`list-end`). A second breakdown
 * word in it makes the structure unclear (parts of parts): null; so does a list longer than
 * `MAX_LIST_TOKENS`.
 */
function listAfter(doc: CheckDocument, sentence: SentenceClaims, from: number, depth: readonly number[]): number[] | null {
  const { tokens } = sentence;
  const base = depth[from - 1] ?? 0;
  const list: number[] = [];
  for (let i = from; i < tokens.length; i++) {
    const level = depth[i]!;
    if (level < base || (tokens[i]!.text === ')' && level === base)) break;
    if (level === base && (STOPS.has(tokens[i]!.text) || doc.dictionaries.total['list-end'].matchAt(tokens, i))) break;
    if (level === base && doc.dictionaries.total.breakdown.matchAt(tokens, i)) return null;
    if (list.length === MAX_LIST_TOKENS) return null;
    list.push(i);
  }
  return list;
}

/** Every clear breakdown of the document: a breakdown word ("trong đó", "gồm"), or a colon after a figure marked as a total. */
export function findBreakdowns(doc: CheckDocument): Breakdown[] {
  const found: Breakdown[] = [];
  for (const sentence of doc.sentences) {
    const { tokens } = sentence;
    const depth = depths(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const opener = doc.dictionaries.total.breakdown.matchAt(tokens, i) ?? doc.dictionaries.total.colon.matchAt(tokens, i);
      if (!opener) continue;
      const total = totalBefore(sentence, i);
      const isColon = !doc.dictionaries.total.breakdown.matchAt(tokens, i);
      i = opener.end - 1;
      if (isColon && (!total || !hasTotalWord(doc, sentence, total))) continue;
      const list = listAfter(doc, sentence, opener.end, depth);
      if (!list?.length) continue;
      const listTokens = list.map((k) => tokens[k]!);
      const [first, last] = [listTokens[0]!.start, listTokens[listTokens.length - 1]!.end];
      // Figures in brackets inside the list are parts of a part ("300 hộ nghèo (chiếm 60%)").
      const atDepth = new Set(list.filter((k) => depth[k] === depth[opener.end - 1]).map((k) => tokens[k]!.start));
      const items = itemsWithin(sentence.records, first, last).filter((r) => atDepth.has(r.start));
      found.push({ sentence, total, items, tokens: listTokens });
    }
  }
  return found;
}
