import type { PhraseIndex } from '../lexicon/phrase-index.js';
import { scanTokens } from '../text/scan-tokens.js';
import type { Token } from '../text/token.js';
import type { ClaimRecord } from '../types.js';
import type { CheckDocument, SentenceClaims } from './document.js';
import { firstFrom } from './search.js';

/** The words of a claim's clause on each side of it, up to the next figure or clause break. */
export interface Surroundings {
  /** Nearest last. */
  before: Token[];
  after: Token[];
}

// A clause ends at a full stop, a semicolon or a bracket; a comma does not end it, since commas
// also join the nouns of a subject ("tỷ lệ hộ dân dùng nước sạch, nước hợp vệ sinh đạt …").
const CLAUSE_BREAK = new Set(['.', ';', '!', '?', '(', ')', '[', ']']);
const MAX_BEFORE = 12;
const MAX_AFTER = 8;

/**
 * Where the figures next to `record` in its sentence end and start: the nearest one before it
 * and after it (claims do not overlap, so the nearest is the bound), else the sentence's ends.
 * Found from the record's place among its sentence's records, not by a pass over all of them:
 * a list of thousands of figures is one sentence.
 */
function neighbourBounds(doc: CheckDocument, sentence: SentenceClaims, record: ClaimRecord): { from: number; to: number } {
  const { records } = sentence;
  const at = doc.positionOf.get(record)!;
  let from = sentence.start;
  for (let k = at - 1; k >= 0; k--) {
    if (records[k]!.end <= record.start) {
      from = Math.max(from, records[k]!.end);
      break;
    }
  }
  let to = sentence.end;
  for (let k = at + 1; k < records.length; k++) {
    if (records[k]!.start >= record.end) {
      to = Math.min(to, records[k]!.start);
      break;
    }
  }
  return { from, to };
}

/**
 * The words around `record` in its sentence: back to the previous figure, a clause break or
 * twelve tokens; forward to the next figure, a clause break or eight tokens. Another figure
 * bounds the window so that a word is read with the figure it stands next to
 * ("doanh thu tăng 20%, tỷ lệ … đạt 104%": `tăng` is the 20%'s).
 */
export function surroundingsOf(doc: CheckDocument, record: ClaimRecord): Surroundings {
  const sentence = doc.sentenceOf.get(record);
  if (!sentence) return { before: [], after: [] };
  const { tokens } = sentence;
  const { from, to } = neighbourBounds(doc, sentence, record);
  const before: Token[] = [];
  for (let i = firstFrom(tokens, record.start) - 1; i >= 0 && before.length < MAX_BEFORE; i--) {
    const token = tokens[i]!;
    if (token.start < from || CLAUSE_BREAK.has(token.text)) break;
    if (token.end <= record.start) before.push(token);
  }
  const after: Token[] = [];
  for (let i = firstFrom(tokens, record.end); i < tokens.length && after.length < MAX_AFTER; i++) {
    const token = tokens[i]!;
    if (token.end > to || CLAUSE_BREAK.has(token.text)) break;
    after.push(token);
  }
  return { before: before.reverse(), after };
}

/**
 * The words around a claim with its subject counted among the words before it: the extractor
 * may have found the subject further away than the window reaches
 * ("Lợi nhuận sau thuế của công ty trong quý III năm nay giảm 150%").
 */
export function clauseOf(doc: CheckDocument, record: ClaimRecord): Surroundings {
  const { before, after } = surroundingsOf(doc, record);
  return { before: [...(record.subject ? scanTokens(record.subject) : []), ...before], after };
}

/** Whether the claim is of an amount that can fall below zero (`dictionaries/check/signed-amounts.tsv`). */
export function isSignedAmount(doc: CheckDocument, record: ClaimRecord): boolean {
  const { before, after } = clauseOf(doc, record);
  return signedIn(doc, before) || signedIn(doc, after);
}

/** A signed word among `tokens` that is not part of an expense or a rate (`dictionaries/check/not-signed.tsv`). */
function signedIn(doc: CheckDocument, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const unsigned = doc.dictionaries.notSigned.matchAt(tokens, i);
    if (unsigned) {
      i = unsigned.end - 1;
      continue;
    }
    if (doc.dictionaries.signed.matchAt(tokens, i)) return true;
  }
  return false;
}

const SPACES = /\s*/y;

/** Where a figure's noun ends, when the noun (its `unit`) follows the number directly: "27/30 xã|". */
export function endOfNoun(text: string, record: ClaimRecord): number | null {
  SPACES.lastIndex = record.end;
  SPACES.exec(text);
  const at = SPACES.lastIndex;
  return record.unit && text.startsWith(record.unit, at) ? at + record.unit.length : null;
}

/** Whether a phrase of `index` stands anywhere in `tokens`. */
export function hasPhrase(index: PhraseIndex<true>, tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => index.matchAt(tokens, i) !== null);
}

/** Whether a phrase of `index` ends the run of `tokens` (stands right before what follows them). */
export function endsWithPhrase(index: PhraseIndex<true>, tokens: readonly Token[]): boolean {
  return index.matchBefore(tokens, tokens.length) !== null;
}
