import { scanTokens } from '../text/scan-tokens.js';
import { isUpper, type Token } from '../text/token.js';
import type { ClaimRecord } from '../types.js';
import type { CheckDocument, SentenceClaims } from './document.js';
import { firstFrom } from './search.js';
import { surroundingsOf } from './surroundings.js';

/** The words (no numbers, no punctuation) before a figure in its clause, lower case, nearest last. */
export function contextOf(doc: CheckDocument, record: ClaimRecord): string[] {
  return surroundingsOf(doc, record).before.filter((t) => t.type === 'word').map((t) => t.lower);
}

// How far back, before the figure's sentence, a name still frames it: the sentence before
// often names what the next one describes ("Xperia 10 III … Sản phẩm được trang bị … RAM 8GB").
const LEAD_IN_CHARS = 240;
const SENTENCE_END = /[.!?:;\n"“”]\s*$/;

/** Whether a token opens a sentence or a line, where every word is capitalised. */
export const opensSentence = (text: string, token: Token) => token.start === 0 || SENTENCE_END.test(text.slice(Math.max(0, token.start - 3), token.start));

/** Whether a claim covers `offset`: the one starting last before it is the only one that can (claims do not overlap). */
export function inClaim(doc: CheckDocument, offset: number): boolean {
  const last = doc.records[firstFrom(doc.records, offset + 1) - 1];
  return last !== undefined && offset < last.end;
}

// A sentence's anchors are the same for each of its figures: read once per sentence.
const anchorsBySentence = new WeakMap<SentenceClaims, Set<string>>();

/**
 * What pins a figure to one time, place or thing: the names (capitalised words not opening a
 * sentence) and the numbers that are no claim (years, dates, labels: "năm 2020", "kỳ hạn 5
 * năm") of its sentence and of the text just before it.
 */
export function anchorsOf(doc: CheckDocument, record: ClaimRecord): Set<string> {
  const sentence = doc.sentenceOf.get(record)!;
  const known = anchorsBySentence.get(sentence);
  if (known) return known;
  const from = Math.max(0, sentence.start - LEAD_IN_CHARS);
  const lead = scanTokens(doc.text.slice(from, sentence.start), from).slice(1);
  const anchors = new Set<string>();
  anchorsBySentence.set(sentence, anchors);
  for (const t of [...lead, ...sentence.tokens]) {
    if (inClaim(doc, t.start)) continue;
    const isName = t.type === 'word' && isUpper(t.text) && !opensSentence(doc.text, t);
    if (isName || t.type === 'num' || t.type === 'code') anchors.add(t.lower);
  }
  return anchors;
}

/**
 * Whether two figures' frames each name something the other does not ("Vietcombank" and
 * "Techcombank", "năm 2011" and "năm 2013"). One naming less than the other is no conflict: a
 * lead states less than the body.
 */
export const conflict = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => namesMore(a, b) && namesMore(b, a);

/** Whether `a` holds something `b` does not (a loop that stops at the first, no copy of the set). */
function namesMore(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return true;
  return false;
}
