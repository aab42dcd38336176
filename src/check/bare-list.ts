import type { PhraseIndex } from '../lexicon/phrase-index.js';
import type { Token } from '../text/token.js';
import type { Breakdown } from './breakdowns.js';
import type { CheckDocument } from './document.js';
import { itemsWithin } from './search.js';
import { endOfNoun } from './surroundings.js';

/** Whether `tokens` are nothing but phrases of `indexes`. */
function onlyPhrases(tokens: readonly Token[], indexes: readonly PhraseIndex<true>[]): boolean {
  for (let i = 0; i < tokens.length;) {
    const match = indexes.map((index) => index.matchAt(tokens, i)).find((m) => m !== null);
    if (!match) return false;
    i = match.end;
  }
  return true;
}

/**
 * Whether the breakdown is a bare list of counts: each with its noun, joined by commas and "và",
 * nothing else ("170 đơn vị hành chính cấp xã, gồm 40 phường, 08 thị trấn và 122 xã").
 */
export function isBareList(doc: CheckDocument, { tokens, items }: Breakdown): boolean {
  const { joiner, 'lead-in': leadIn } = doc.dictionaries.total;
  let from = tokens[0]!.start;
  for (const [k, item] of items.entries()) {
    const gap = itemsWithin(tokens, from, item.start);
    const end = endOfNoun(doc.text, item);
    // Counts with nothing between them are no list: "2 bệ pháo 6 nòng", "2 chiếc tất đựng 20 túi".
    const joined = k === 0 ? onlyPhrases(gap, [leadIn, joiner]) : gap.length > 0 && onlyPhrases(gap, [joiner]);
    if (item.kind !== 'count' || item.change !== null || end === null || !joined) return false;
    from = end;
  }
  return true;
}
