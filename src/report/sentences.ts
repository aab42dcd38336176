import type { ClaimRecord } from '../types.js';

// Every record carries its sentence (up to a window of about 1.000 characters around the claim,
// marked with `…`). Embedded as is, a page of a text dense with figures grows with claims ×
// sentence length — 50 KB of "9% " once made a string longer than JavaScript allows. When the
// sentences would add up to more than a few times the texts (`data.ts`), the page embeds each
// text once instead, and each claim says where its sentence stands in it; the page's script
// puts the sentence back into the record (`browser/common.ts`).

/** Where a record's sentence stands in its document's text: `[start, end, "…" before, "…" after]`. */
export type SentencePlace = [start: number, end: number, cutBefore: 0 | 1, cutAfter: 0 | 1];

const CUT = '…';

/** The sentence a place stands for, as the page's script rebuilds it. */
export const sentenceAt = (text: string, [start, end, before, after]: SentencePlace): string =>
  `${before ? CUT : ''}${text.slice(start, end)}${after ? CUT : ''}`;

/** Where `inner` stands in `text` around the claim, looked for only where it could hold the claim (no search of the whole text per claim). */
function find(text: string, inner: string, record: ClaimRecord): number {
  const from = Math.max(0, record.end - inner.length);
  const at = text.slice(from, record.start + inner.length).indexOf(inner);
  return at === -1 || from + at > record.start ? -1 : from + at;
}

/**
 * Where the record's sentence stands in `text`, around the claim: as it is, or without the `…`
 * that mark a window cut out of a longer sentence. Null when it is not there (a record of another
 * text): such a record keeps its sentence. The place always rebuilds the very same string.
 */
export function placeSentence(text: string, record: ClaimRecord): SentencePlace | null {
  const sentence = record.sentence;
  if (typeof sentence !== 'string' || !sentence || !Number.isInteger(record.start) || !Number.isInteger(record.end)) return null;
  for (const before of [0, 1] as const) {
    for (const after of [0, 1] as const) {
      if ((before && !sentence.startsWith(CUT)) || (after && !sentence.endsWith(CUT))) continue;
      const inner = sentence.slice(before, sentence.length - after);
      const at = inner ? find(text, inner, record) : -1;
      const place: SentencePlace = [at, at + inner.length, before, after];
      if (at !== -1 && sentenceAt(text, place) === sentence) return place;
    }
  }
  return null;
}
