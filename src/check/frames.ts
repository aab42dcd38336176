import { scanTokens } from '../text/scan-tokens.js';
import { isUpper, type Token } from '../text/token.js';
import type { ClaimRecord } from '../types.js';
import type { CheckDocument } from './document.js';
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
const opensSentence = (text: string, token: Token) => token.start === 0 || SENTENCE_END.test(text.slice(Math.max(0, token.start - 3), token.start));

/**
 * What pins a figure to one time, place or thing: the names (capitalised words not opening a
 * sentence) and the numbers that are no claim (years, dates, labels: "năm 2020", "kỳ hạn 5
 * năm") of its sentence and of the text just before it.
 */
export function anchorsOf(doc: CheckDocument, record: ClaimRecord): Set<string> {
  const sentence = doc.sentenceOf.get(record)!;
  const from = Math.max(0, sentence.start - LEAD_IN_CHARS);
  const lead = scanTokens(doc.text.slice(from, sentence.start), from).slice(1);
  const inClaim = (start: number) => doc.records.some((r) => start >= r.start && start < r.end);
  const anchors = new Set<string>();
  for (const t of [...lead, ...sentence.tokens]) {
    if (inClaim(t.start)) continue;
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
export const conflict = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x));
